import { useRef, type UIEvent } from 'react';
import Avatar from '@mui/material/Avatar';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { TICKET_TABS, type Ticket, type TicketTab } from '../api/schemas.ts';
import type { TicketListsState } from '../hooks/use-ticket-lists.ts';
import { formatWhen, initialOf } from '../model/format.ts';
import { unreadOf } from '../model/ticket-lists.ts';

/** How close to the end of the list (px) scrolling fetches the next page. */
const LOAD_MORE_MARGIN = 240;

interface TicketListPaneProps {
  lists: TicketListsState;
  tab: TicketTab;
  onTabChange: (tab: TicketTab) => void;
  searchInput: string;
  onSearchChange: (value: string) => void;
  /** The search the lists were fetched with (the input, debounced). */
  search: string;
  /** Only for admins: undefined hides the switch. */
  showAll?: { value: boolean; onChange: (value: boolean) => void };
  openTicketId: number | null;
}

/** Search, the three tabs with their counts, and the current tab's tickets, paged as the agent scrolls. */
export function TicketListPane({
  lists,
  tab,
  onTabChange,
  searchInput,
  onSearchChange,
  search,
  showAll,
  openTicketId,
}: TicketListPaneProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const scroller = useRef<HTMLDivElement>(null);
  const list = lists.lists[tab];
  const ready = lists.load.status === 'ready';

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    if (box.scrollHeight - box.scrollTop - box.clientHeight < LOAD_MORE_MARGIN) lists.loadMore(tab);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', px: 2, pt: 2 }}>
        <Typography component="h1" variant="h6" sx={{ flexGrow: 1 }}>
          {t('title')}
        </Typography>
        {showAll && (
          <FormControlLabel
            control={
              <Switch
                size="small"
                checked={showAll.value}
                onChange={(event) => showAll.onChange(event.target.checked)}
                slotProps={{ input: { 'data-testid': 'tickets-show-all' } as object }}
              />
            }
            label={t('showAll')}
            sx={{ mr: 0 }}
          />
        )}
      </Box>
      <Box sx={{ px: 2, py: 1.5 }}>
        <TextField
          fullWidth
          size="small"
          type="search"
          label={t('search.label')}
          value={searchInput}
          onChange={(event) => onSearchChange(event.target.value)}
          slotProps={{
            htmlInput: { 'data-testid': 'tickets-search' },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      </Box>
      <Tabs
        value={tab}
        onChange={(_, value: TicketTab) => onTabChange(value)}
        variant="fullWidth"
        aria-label={t('tabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 56 }}
      >
        {TICKET_TABS.map((status) => (
          <Tab
            key={status}
            value={status}
            id={`tickets-tab-${status}`}
            aria-controls="tickets-tabpanel"
            data-testid={`tickets-tab-${status}`}
            sx={{
              minHeight: 56,
              minWidth: 0,
              px: 0.5,
              py: 0.75,
              textTransform: 'none',
              color: 'text.secondary',
              '&.Mui-selected': { color: 'text.primary', fontWeight: 600 },
            }}
            label={
              // Label over count: three tabs fit a 320 px column in every language.
              <Box
                component="span"
                sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center', gap: 0.25 }}
              >
                {t(`tabs.${status}`)}
                {ready && (
                  <Chip
                    component="span"
                    size="small"
                    label={lists.lists[status].count}
                    data-testid={`tickets-count-${status}`}
                    sx={{ height: 20, fontSize: '0.75rem', '& .MuiChip-label': { px: 0.75 } }}
                  />
                )}
              </Box>
            }
          />
        ))}
      </Tabs>
      <Box
        id="tickets-tabpanel"
        role="tabpanel"
        aria-labelledby={`tickets-tab-${tab}`}
        ref={scroller}
        onScroll={onScroll}
        data-testid="ticket-list"
        aria-busy={lists.load.status === 'loading'}
        sx={{ flex: 1, minHeight: 0, overflowY: 'auto' }}
      >
        {lists.load.status === 'loading' && <ListSkeleton />}
        {lists.load.status === 'error' && (
          <Box sx={{ p: 2 }}>
            <ErrorPanel message={`${t('list.loadFailed')} ${errorText(lists.load.error)}`} onRetry={lists.reload} />
          </Box>
        )}
        {ready && list.tickets.length === 0 && (
          <Typography sx={{ p: 3, color: 'text.secondary', textAlign: 'center' }} data-testid="tickets-empty">
            {search.trim() ? t('list.noMatch', { search: search.trim() }) : t('list.empty')}
          </Typography>
        )}
        {ready && list.tickets.length > 0 && (
          <List disablePadding aria-label={t('list.label', { status: t(`tabs.${tab}`) })}>
            {list.tickets.map((ticket) => (
              <TicketItem
                key={ticket.id}
                ticket={ticket}
                selected={ticket.id === openTicketId}
                unread={unreadOf(ticket, openTicketId)}
              />
            ))}
          </List>
        )}
        {ready && list.hasMore && (
          <Box sx={{ p: 2, display: 'grid', gap: 1, justifyItems: 'center' }}>
            {lists.moreError[tab] !== undefined && (
              <ErrorPanel message={`${t('list.loadMoreFailed')} ${errorText(lists.moreError[tab])}`} />
            )}
            <Button
              variant="text"
              onClick={() => lists.loadMore(tab)}
              disabled={lists.loadingMore[tab]}
              startIcon={lists.loadingMore[tab] ? <CircularProgress size={16} color="inherit" /> : undefined}
              data-testid="tickets-load-more"
            >
              {t('list.loadMore')}
            </Button>
          </Box>
        )}
      </Box>
    </Box>
  );
}

function TicketItem({ ticket, selected, unread }: { ticket: Ticket; selected: boolean; unread: number }) {
  const { t, i18n } = useTranslation('tickets');
  const name = ticket.contact?.name || ticket.contact?.number || `#${ticket.id}`;
  return (
    <ListItem disablePadding divider>
      <ListItemButton
        component={RouterLink}
        to={`/tickets/${ticket.id}`}
        selected={selected}
        aria-current={selected ? 'page' : undefined}
        data-testid={`ticket-item-${ticket.id}`}
        sx={{ gap: 1.5, alignItems: 'flex-start', py: 1.25 }}
      >
        <ListItemAvatar sx={{ minWidth: 0, mt: 0.25 }}>
          <Avatar
            aria-hidden
            sx={{ width: 40, height: 40, bgcolor: 'action.selected', color: 'text.primary' }}
            src={ticket.contact?.profilePicUrl || undefined}
          >
            {initialOf(name)}
          </Avatar>
        </ListItemAvatar>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
            <Typography
              component="span"
              sx={{ fontWeight: unread > 0 ? 700 : 500, flex: 1, minWidth: 0 }}
              noWrap
              data-testid="ticket-item-name"
            >
              {name}
            </Typography>
            <Typography component="span" variant="caption" sx={{ color: 'text.secondary', flexShrink: 0 }}>
              {formatWhen(ticket.updatedAt, i18n.language)}
            </Typography>
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.25 }}>
            <Typography
              component="span"
              variant="body2"
              sx={{ color: 'text.secondary', flex: 1, minWidth: 0 }}
              noWrap
              data-testid="ticket-item-last"
            >
              {ticket.lastMessage || t('list.noMessage')}
            </Typography>
            {unread > 0 && (
              <Badge
                badgeContent={unread}
                color="primary"
                max={999}
                slotProps={{
                  badge: {
                    'aria-label': t('list.unread', { count: unread }),
                    'data-testid': `ticket-unread-${ticket.id}`,
                  } as object,
                }}
                sx={{ mr: 1.25, '& .MuiBadge-badge': { position: 'static', transform: 'none' } }}
              />
            )}
          </Box>
          {(ticket.queue || ticket.user) && (
            <Typography
              component="span"
              variant="caption"
              sx={{ color: 'text.secondary', display: 'block', mt: 0.25 }}
              noWrap
            >
              {[
                ticket.queue?.name,
                ticket.user?.name ?? (ticket.status === 'pending' ? undefined : t('list.unassigned')),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          )}
        </Box>
      </ListItemButton>
    </ListItem>
  );
}

function ListSkeleton() {
  return (
    <Box aria-hidden sx={{ px: 2 }}>
      {[0, 1, 2, 3, 4].map((index) => (
        <Box key={index} sx={{ display: 'flex', gap: 1.5, py: 1.5 }}>
          <Skeleton variant="circular" width={40} height={40} />
          <Box sx={{ flex: 1 }}>
            <Skeleton width="60%" />
            <Skeleton width="85%" />
          </Box>
        </Box>
      ))}
    </Box>
  );
}
