import { memo, useMemo, useState, type ReactNode, type UIEvent } from 'react';
import Avatar from '@mui/material/Avatar';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import ListItem from '@mui/material/ListItem';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { ListStatus, type ListQuery } from '../../../components/list-status.tsx';
import { SearchField } from '../../../components/search-field.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { TICKET_TABS, type Ticket, type TicketTab } from '../api/schemas.ts';
import type { useTicketLists } from '../api/tickets.ts';
import { formatWhen, initialOf } from '../model/format.ts';
import { countOf, ticketsOf, unreadOf } from '../model/ticket-lists.ts';
import { TicketRowTags } from './ticket-row-tags.tsx';
import { TicketRows } from './ticket-rows.tsx';

/** How close to the end of the list (px) scrolling fetches the next page. */
const LOAD_MORE_MARGIN = 240;

type TicketLists = ReturnType<typeof useTicketLists>;
type TicketListQuery = TicketLists[TicketTab];

interface TicketListPaneProps {
  lists: TicketLists;
  tab: TicketTab;
  onTabChange: (tab: TicketTab) => void;
  /** The search box and the term the lists were fetched with (useSearchParam). */
  search: { input: string; setInput: (value: string) => void; term: string };
  /** Only for admins: undefined hides the switch. */
  showAll?: { value: boolean; onChange: (value: boolean) => void };
  openTicketId: number | null;
  /** The queue and tag filters, under the search. */
  filters?: ReactNode;
}

/** A failed next page is said under the list, next to its button; any other failure is the list's error. */
const failedToLoad = (query: TicketListQuery) => query.isError && !query.isFetchNextPageError;

/**
 * The three lists as one for ListStatus: the tabs show the three counts, so the pane is loading until all
 * three first pages are there, and failed if one failed (a retry fetches those again).
 */
function combined(lists: TicketLists): ListQuery {
  const queries = TICKET_TABS.map((status) => lists[status]);
  const failed = queries.filter(failedToLoad);
  return {
    isPending: queries.some((query) => query.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error,
    isFetching: queries.some((query) => query.isFetching && !query.isFetchNextPageError && !query.isFetchingNextPage),
    refetch: () => Promise.all(failed.map((query) => query.refetch())),
  };
}

/** Search, the three tabs with their counts, and the current tab's tickets, paged as the agent scrolls. */
export function TicketListPane({
  lists,
  tab,
  onTabChange,
  search,
  showAll,
  openTicketId,
  filters,
}: TicketListPaneProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const list = lists[tab];
  const tickets = useMemo(() => ticketsOf(list.data), [list.data]);
  const status = combined(lists);
  const ready = TICKET_TABS.every((each) => lists[each].data !== undefined);
  // State, not a ref: the rows (a child) lay out before a parent's ref is set, and must see the element.
  const [panel, setPanel] = useState<HTMLDivElement | null>(null);

  const loadMore = () => {
    // Never cancels a fetch under way (a refetch, the same page asked for twice while scrolling).
    if (list.hasNextPage) void list.fetchNextPage({ cancelRefetch: false });
  };
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    if (box.scrollHeight - box.scrollTop - box.clientHeight < LOAD_MORE_MARGIN) loadMore();
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
      <Box sx={{ display: 'flex', px: 2, py: 1.5 }}>
        <SearchField
          label={t('search.label')}
          value={search.input}
          onChange={search.setInput}
          testId="tickets-search"
        />
      </Box>
      {filters}
      <Tabs
        value={tab}
        onChange={(_, value: TicketTab) => onTabChange(value)}
        variant="fullWidth"
        aria-label={t('tabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 56 }}
      >
        {TICKET_TABS.map((each) => (
          <Tab
            key={each}
            value={each}
            id={`tickets-tab-${each}`}
            aria-controls="tickets-tabpanel"
            data-testid={`tickets-tab-${each}`}
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
                {t(`tabs.${each}`)}
                {ready && (
                  <Chip
                    component="span"
                    size="small"
                    label={countOf(lists[each].data)}
                    data-testid={`tickets-count-${each}`}
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
        ref={setPanel}
        onScroll={onScroll}
        data-testid="ticket-list"
        aria-busy={status.isPending}
        sx={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowAnchor: 'none' }}
      >
        <ListStatus
          query={status}
          isEmpty={tickets.length === 0}
          emptyText={search.term ? t('list.noMatch', { search: search.term }) : t('list.empty')}
          errorText={t('list.loadFailed')}
          testId="tickets"
        >
          <TicketRows
            tickets={tickets}
            total={countOf(list.data)}
            scrollElement={panel}
            label={t('list.label', { status: t(`tabs.${tab}`) })}
            renderTicket={(ticket) => (
              <TicketItem
                ticket={ticket}
                selected={ticket.id === openTicketId}
                unread={unreadOf(ticket, openTicketId)}
              />
            )}
          />
          {list.hasNextPage && (
            <Box sx={{ p: 2, display: 'grid', gap: 1, justifyItems: 'center' }}>
              {list.isFetchNextPageError && (
                <ErrorPanel message={`${t('list.loadMoreFailed')} ${errorText(list.error)}`} />
              )}
              <Button
                variant="text"
                onClick={loadMore}
                disabled={list.isFetchingNextPage}
                startIcon={list.isFetchingNextPage ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="tickets-load-more"
              >
                {t('list.loadMore')}
              </Button>
            </Box>
          )}
        </ListStatus>
      </Box>
    </Box>
  );
}

/** Drawn again only when its ticket, selection or unread count changes (not at every scroll step). */
const TicketItem = memo(function TicketItem({
  ticket,
  selected,
  unread,
}: {
  ticket: Ticket;
  selected: boolean;
  unread: number;
}) {
  const { t, i18n } = useTranslation('tickets');
  // The list's search stays in the address (`?q=`) while a conversation is open.
  const { search } = useLocation();
  const name = ticket.contact?.name || ticket.contact?.number || `#${ticket.id}`;
  return (
    // The row's <li> is TicketRows' (the virtualised list places it).
    <ListItem component="div" disablePadding divider>
      <ListItemButton
        component={RouterLink}
        to={{ pathname: `/tickets/${ticket.id}`, search }}
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
          <TicketRowTags ticket={ticket} />
        </Box>
      </ListItemButton>
    </ListItem>
  );
});
