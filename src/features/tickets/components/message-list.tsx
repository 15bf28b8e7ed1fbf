import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import type { Message } from '../api/schemas.ts';
import type { OutgoingTexts } from '../hooks/use-outgoing.ts';
import { useVirtualRows } from '../hooks/use-virtual-rows.ts';
import type { Outgoing } from '../model/conversation.ts';
import { estimatedBubbleHeight, unseenCount } from '../model/message-list.ts';
import { timelineOf } from '../model/timeline.ts';
import { BubbleStyles, bubbleClasses } from './message/bubble-styles.tsx';
import { BubbleTextsProvider, useBubbleTexts } from './message/bubble-texts.tsx';
import { DaySeparator } from './message/day-separator.tsx';
import { ListScrolling } from './message/media-preload.tsx';
import { MessageActionsButton } from './message-actions.tsx';
import { MessageBubble, OutgoingBubble } from './message-bubble.tsx';

/** How close to the top (px) scrolling fetches older messages. */
const LOAD_OLDER_MARGIN = 120;
/** Within this distance of the bottom (px) the agent is "at the bottom": new messages keep the view there. */
const STICK_TO_BOTTOM = 120;
/** A conversation this short is rendered whole (cheap, and the browser's find-in-page sees all of it). */
const RENDER_WHOLE = 60;
/** Rows rendered beyond each edge of the view in a longer one. */
const OVERSCAN = 3;
/** A date separator's height; a bubble's is guessed by what it shows. Rows are measured once drawn. */
const DAY_ROW = 42;
const TEXT_ROW = 52;
/** The list's own padding and the space between bubbles (px). */
const PADDING = 16;
const GAP = 6;

/** The older pages of the conversation: the parts of its infinite query the message list uses. */
export interface OlderPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: (options: { cancelRefetch: boolean }) => Promise<unknown>;
}

/**
 * The drawn rows, in the page's own flow (one after another, GAP apart), moved as one to where the first of
 * them starts: a row measured above the view changes one transform, not one per row, and the browser has one
 * moved layer to paint rather than a layer per row.
 */
const ROWS_STYLE = {
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  display: 'flex',
  flexDirection: 'column',
  gap: GAP,
} as const;
/** A row: a column, so a bubble sits left or right (its alignSelf). */
const ROW_STYLE = { display: 'flex', flexDirection: 'column' } as const;

/** A bubble (with its menu) is drawn again only when its message changes, not at every scroll step. */
const Bubble = memo(function Bubble({ message, contactName }: { message: Message; contactName: string }) {
  return (
    <MessageBubble message={message} contactName={contactName} actions={<MessageActionsButton message={message} />} />
  );
});

type Row =
  | { key: string; message: Message; item?: never; day?: never }
  | { key: string; item: Outgoing; message?: never; day?: never }
  /** A date separator before the first message of a day. */
  | { key: string; day: string; message?: never; item?: never };

interface MessageListProps {
  messages: Message[];
  outgoing: OutgoingTexts;
  older: OlderPages;
  contactName: string;
  label: string;
}

/**
 * The conversation's messages, virtualised (TanStack Virtual, end-anchored): only the bubbles in view and a
 * few more are in the DOM, whatever the length; each row is measured as drawn. Opens at the newest message;
 * scrolling up fetches older pages, which are prepended without moving what the agent reads. A new message
 * follows the view down only when the agent was at the bottom (or sent it); otherwise a "new messages"
 * button says how many arrived and goes down to them.
 */
export function MessageList(props: MessageListProps) {
  return (
    <BubbleTextsProvider>
      <BubbleStyles />
      <ScrolledMessages {...props} />
    </BubbleTextsProvider>
  );
}

/**
 * The list itself, drawn again at every scroll step (the rows in view change): plain elements styled by the
 * stylesheet, its texts from the bubbles' context, and the buttons over it memoised, so a step renders the
 * rows and nothing else (no `sx` worked out again, no translation hook set up again).
 */
function ScrolledMessages({ messages, outgoing, older, contactName, label }: MessageListProps) {
  const { t, language } = useBubbleTexts();
  const { hasNextPage: hasMore, fetchNextPage, isFetchNextPageError: olderFailed, isFetchingNextPage } = older;
  const box = useRef<HTMLDivElement>(null);

  // Built again only when the messages change: a new key function makes the virtualizer re-place every row.
  const rows = useMemo<Row[]>(
    () => [
      ...timelineOf(messages, language).map((row) =>
        row.kind === 'day' ? { key: row.key, day: row.label } : { key: row.message.id, message: row.message },
      ),
      ...outgoing.items.map((item) => ({ key: `outgoing-${item.key}`, item })),
    ],
    [messages, outgoing.items, language],
  );
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback(
    (index: number) => {
      const row = rows[index];
      return row?.message ? estimatedBubbleHeight(row.message) : row?.day !== undefined ? DAY_ROW : TEXT_ROW;
    },
    [rows],
  );
  const { items, totalSize, isScrolling, virtualizer } = useVirtualRows({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize,
    getItemKey,
    overscan: rows.length <= RENDER_WHOLE ? RENDER_WHOLE : OVERSCAN,
    paddingStart: PADDING,
    paddingEnd: PADDING,
    gap: GAP,
    // Chat: a prepended page keeps the visible message in place; appended ones are followed only from the end.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: STICK_TO_BOTTOM,
  });

  // Whether the agent is at the bottom, and the newest message they saw there: the button counts from it.
  const [atBottom, setAtBottom] = useState(true);
  const [seenId, setSeenId] = useState<string | null>(null);
  // Near the top: the button for older messages shows (scrolling there also fetches them).
  const [nearTop, setNearTop] = useState(false);
  const lastId = messages.at(-1)?.id ?? null;
  const unseen = atBottom ? 0 : unseenCount(messages, seenId);

  // Never cancels a fetch under way (a refetch, the same page asked for twice while scrolling).
  const loadOlder = useCallback(() => {
    if (hasMore) void fetchNextPage({ cancelRefetch: false });
  }, [hasMore, fetchNextPage]);

  // At the bottom the view stays pinned there, whatever grows: rows measured taller than estimated, and the
  // list's own box shrinking as the header above it fills in (tags, an alert). The virtualizer follows appended
  // rows but not a viewport that changes size, so the pin is ours. Scrolling away from the bottom lets go.
  const pinned = useRef(true);
  const pinToBottom = useCallback(() => {
    const element = box.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, []);
  useLayoutEffect(pinToBottom, [totalSize, pinToBottom]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(pinToBottom);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pinToBottom]);

  // The agent's own text goes to the bottom even when they were reading older messages.
  const lastOutgoing = outgoing.items.at(-1)?.key;
  useLayoutEffect(() => {
    if (lastOutgoing === undefined) return;
    pinned.current = true;
    virtualizer.scrollToEnd();
  }, [lastOutgoing, virtualizer]);

  // Not enough messages to scroll: fetch older ones while there are (not again and again after a failure).
  useLayoutEffect(() => {
    const element = box.current;
    // Taller than the window: it cannot fit in the list, and reading the list's size would force a layout
    // at every row measured while scrolling.
    if (!element || olderFailed || totalSize > window.innerHeight) return;
    if (element.scrollHeight <= element.clientHeight) loadOlder();
  }, [totalSize, olderFailed, loadOlder]);

  // The message the agent reads (the first bubble at the top of the view) and how far the view is into it.
  // An older page keeps it in place. The virtualizer anchors prepends itself, but on the row at the top,
  // which is often a day separator: that row stays first when the page is of the same day, and the view
  // would jump by the whole page. So the place is kept by a message, here.
  const reading = useRef<{ key: string; offset: number } | null>(null);
  const noteReading = (scrollTop: number) => {
    const item = virtualizer.getVirtualItems().find((row) => row.end > scrollTop && rows[row.index]?.message);
    reading.current = item ? { key: String(item.key), offset: scrollTop - item.start } : null;
  };
  const firstId = messages[0]?.id;
  const anchoredFirstId = useRef(firstId);
  useLayoutEffect(() => {
    // Only when the first message changed: an older page arrived.
    if (anchoredFirstId.current === firstId) return;
    anchoredFirstId.current = firstId;
    const element = box.current;
    const place = reading.current;
    if (!element || !place || pinned.current) return;
    const index = rows.findIndex((row) => row.key === place.key);
    // The row's new start (offsets of rows not drawn yet are estimates; measuring them keeps the view).
    const start = index < 0 ? undefined : virtualizer.getOffsetForIndex(index, 'start')?.[0];
    if (start !== undefined && Math.abs(element.scrollTop - (start + place.offset)) > 1) {
      element.scrollTop = start + place.offset;
    }
  });

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    noteReading(element.scrollTop);
    const bottom = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM;
    pinned.current = bottom;
    setAtBottom(bottom);
    // At the bottom everything is seen; leaving it, what was there is the last seen.
    if (bottom || atBottom) setSeenId(lastId);
    setNearTop(element.scrollTop < 2 * LOAD_OLDER_MARGIN);
    if (element.scrollTop < LOAD_OLDER_MARGIN) loadOlder();
  };

  const toBottom = useCallback(() => {
    pinned.current = true;
    virtualizer.scrollToEnd();
    box.current?.focus();
  }, [virtualizer]);

  const empty = rows.length === 0;
  return (
    <div className={bubbleClasses.list}>
      <div
        ref={box}
        onScroll={onScroll}
        role="log"
        aria-label={label}
        aria-busy={isFetchingNextPage}
        tabIndex={0}
        data-testid="conversation-messages"
        data-rows={messages.length}
        className={bubbleClasses.listScroller}
      >
        {empty ? (
          <Typography sx={{ m: 'auto', color: 'text.secondary' }} data-testid="conversation-empty">
            {t('conversation.empty')}
          </Typography>
        ) : (
          <ListScrolling scrolling={isScrolling}>
            <div className={bubbleClasses.listCanvas} style={{ height: totalSize }}>
              <div style={{ ...ROWS_STYLE, transform: `translateY(${items[0]?.start ?? 0}px)` }}>
                {items.map((virtual) => {
                  const row = rows[virtual.index];
                  if (!row) return null;
                  return (
                    <div
                      key={virtual.key}
                      ref={virtualizer.measureElement}
                      data-index={virtual.index}
                      style={ROW_STYLE}
                    >
                      {row.day !== undefined ? (
                        <DaySeparator label={row.day} />
                      ) : row.message ? (
                        <Bubble message={row.message} contactName={contactName} />
                      ) : (
                        <OutgoingBubble
                          item={row.item}
                          onRetry={() => outgoing.retry(row.item.key)}
                          onDiscard={() => outgoing.discard(row.item.key)}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
            </div>
          </ListScrolling>
        )}
      </div>
      <OlderMessagesButton
        shown={hasMore && (nearTop || isFetchingNextPage || olderFailed)}
        fetching={isFetchingNextPage}
        failed={olderFailed}
        error={older.error}
        onLoad={loadOlder}
      />
      <NewMessagesButton count={unseen} onClick={toBottom} />
    </div>
  );
}

/** Over the top of the list (showing or hiding it never moves the messages): fetch older ones, and why it failed. */
const OlderMessagesButton = memo(function OlderMessagesButton({
  shown,
  fetching,
  failed,
  error,
  onLoad,
}: {
  shown: boolean;
  fetching: boolean;
  /** The last fetch failed, with this error. */
  failed: boolean;
  error: unknown;
  onLoad: () => void;
}) {
  const { t } = useBubbleTexts();
  const { errorText } = useErrorText();
  if (!shown) return null;
  return (
    <Box
      sx={{
        position: 'absolute',
        top: 8,
        left: 0,
        right: 0,
        display: 'grid',
        justifyItems: 'center',
        gap: 1,
        pointerEvents: 'none',
        '& > *': { pointerEvents: 'auto' },
      }}
    >
      {failed && <ErrorPanel message={`${t('conversation.loadOlderFailed')} ${errorText(error)}`} />}
      <Button
        size="small"
        variant="contained"
        color="inherit"
        onClick={onLoad}
        disabled={fetching}
        startIcon={fetching ? <CircularProgress size={14} color="inherit" disableShrink /> : undefined}
        data-testid="load-older-messages"
        sx={{ bgcolor: 'background.paper', boxShadow: 1 }}
      >
        {t('conversation.loadOlder')}
      </Button>
    </Box>
  );
});

/** How many messages arrived below the view, going down to them; a live region, so the count is announced. */
const NewMessagesButton = memo(function NewMessagesButton({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useBubbleTexts();
  return (
    <Box aria-live="polite" sx={{ position: 'absolute', right: 16, bottom: 16 }}>
      {count > 0 && (
        <Button
          variant="contained"
          size="small"
          onClick={onClick}
          startIcon={<ArrowDownward />}
          data-testid="new-messages"
          data-count={count}
        >
          {t('conversation.newMessages', { count })}
        </Button>
      )}
    </Box>
  );
});
