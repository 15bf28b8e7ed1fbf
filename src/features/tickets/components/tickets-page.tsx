import { useCallback, useState } from 'react';
import { useBrand } from '../../../config/brand-context.tsx';
import { browserStorage, storageKey } from '../../../lib/storage.ts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { useIsAdmin } from '../../../lib/auth/permissions.ts';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import { isTicketTab, type Ticket, type TicketTab } from '../api/schemas.ts';
import { useTicketEvents, useTicketLists } from '../api/tickets.ts';
import { queueIdsToList, readFilters, writeFilters, type TicketFilters } from '../model/list-filters.ts';
import { ConversationPane } from './conversation-pane.tsx';
import { TicketFiltersBar } from './ticket-filters.tsx';
import { TicketListPane } from './ticket-list-pane.tsx';

const storage = browserStorage();

/** The ticket id in `/tickets/:ticketId`: null without one, NaN when it is not a number. */
function parseTicketId(param: string | undefined): number | null {
  if (param === undefined) return null;
  return /^\d+$/.test(param) ? Number(param) : Number.NaN;
}

/**
 * The main screen: the ticket lists and the open conversation, side by side on wide screens and as two
 * steps (list, then conversation) on narrow ones. The URL says which ticket is open.
 */
export function TicketsPage() {
  const { t } = useTranslation('tickets');
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const user = useUser();
  const isAdmin = useIsAdmin();
  const params = useParams();
  const openTicketId = parseTicketId(params.ticketId);
  const validOpenId = openTicketId !== null && !Number.isNaN(openTicketId) ? openTicketId : null;

  const [tab, setTab] = useState<TicketTab>('open');
  // The filters (queues, tags, mine/all) are remembered per brand.
  const filtersKey = storageKey(useBrand().id, 'ticket-filters');
  const [filters, setFilters] = useState(() => readFilters(storage, filtersKey));
  const changeFilters = (next: TicketFilters) => {
    setFilters(next);
    writeFilters(storage, filtersKey, next);
  };
  const showAll = filters.showAll;
  const setShowAll = (value: boolean) => changeFilters({ ...filters, showAll: value });
  const search = useSearchParam();
  const lists = useTicketLists({
    showAll: isAdmin && showAll,
    search: search.term,
    queueIds: queueIdsToList(
      filters,
      user.queues.map((queue) => queue.id),
      isAdmin,
    ),
    tagIds: filters.tagIds,
  });
  useTicketEvents();

  // After accepting, closing or reopening (the cache has the ticket already), the list follows it to its tab.
  const onTicketChanged = useCallback((ticket: Ticket) => {
    if (isTicketTab(ticket.status)) setTab(ticket.status);
  }, []);

  const listPane = (
    <TicketListPane
      lists={lists}
      tab={tab}
      onTabChange={setTab}
      search={search}
      {...(isAdmin && { showAll: { value: showAll, onChange: setShowAll } })}
      openTicketId={validOpenId}
      filters={
        <TicketFiltersBar
          filters={filters}
          onChange={changeFilters}
          offerNoQueue={isAdmin}
          queues={user.queues.map((queue) => ({ id: queue.id, name: queue.name ?? `#${queue.id}` }))}
        />
      }
    />
  );

  let conversationPane;
  if (openTicketId === null) {
    conversationPane = (
      <Box sx={{ height: '100%', display: 'grid', placeItems: 'center', p: 3 }}>
        <Typography sx={{ color: 'text.secondary', textAlign: 'center' }} data-testid="conversation-placeholder">
          {t('conversation.select')}
        </Typography>
      </Box>
    );
  } else if (validOpenId === null) {
    conversationPane = (
      <Box sx={{ p: 3 }}>
        <Typography sx={{ color: 'text.secondary' }} data-testid="conversation-invalid">
          {t('conversation.invalid')}
        </Typography>
      </Box>
    );
  } else {
    conversationPane = (
      <ConversationPane key={validOpenId} ticketId={validOpenId} showBack={!wide} onTicketChanged={onTicketChanged} />
    );
  }

  return (
    <Paper
      variant="outlined"
      data-testid="tickets-screen"
      data-layout={wide ? 'split' : 'steps'}
      sx={{
        display: 'flex',
        overflow: 'hidden',
        // The screen fills the space under the app bar (56/64 px) inside the shell's padding (16/24 px).
        height: { xs: 'calc(100dvh - 56px - 32px)', sm: 'calc(100dvh - 64px - 48px)' },
        minHeight: 360,
      }}
    >
      {wide ? (
        <>
          <Box
            component="section"
            aria-label={t('title')}
            sx={{ width: { md: 320, lg: 380 }, flexShrink: 0, borderRight: 1, borderColor: 'divider', minHeight: 0 }}
          >
            {listPane}
          </Box>
          <Box component="section" sx={{ flex: 1, minWidth: 0, minHeight: 0 }}>
            {conversationPane}
          </Box>
        </>
      ) : (
        <Box sx={{ flex: 1, minWidth: 0, minHeight: 0 }}>{openTicketId === null ? listPane : conversationPane}</Box>
      )}
    </Paper>
  );
}
