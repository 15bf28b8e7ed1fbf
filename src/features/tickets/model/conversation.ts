import type { InfiniteData } from '@tanstack/react-query';
import type { Message, MessagePage, Ticket } from '../api/schemas.ts';
import type { QuotedMessage } from './send.ts';

/**
 * One conversation as the query cache holds it (page 1 the newest messages, each page oldest first), how
 * socket events update it, and the texts the agent sent that have not come back by socket yet. Pure
 * functions, unit-tested.
 */
export type MessagesData = InfiniteData<MessagePage>;

/** What the conversation pane shows. */
export interface Conversation {
  ticket: Ticket;
  /** Every loaded message, oldest first, each once. */
  messages: Message[];
  /** The backend deleted the ticket while it was open. */
  deleted: boolean;
}

const byTime = (a: Message, b: Message) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/**
 * Messages merged by id (a newer copy replaces an older one), oldest first; returns the ones that were new.
 */
export function mergeMessages(current: Message[], incoming: Message[]): { messages: Message[]; added: Message[] } {
  const byId = new Map(current.map((message) => [message.id, message]));
  const added: Message[] = [];
  for (const message of incoming) {
    if (!byId.has(message.id)) added.push(message);
    byId.set(message.id, message);
  }
  // A stable sort keeps the backend's order for messages created in the same millisecond.
  return { messages: [...byId.values()].sort(byTime), added };
}

/** The last merge for a newest page: the pages it covered, their messages oldest first, and their ids. */
interface MergedPages {
  pages: MessagePage[];
  messages: Message[];
  ids: Set<string>;
}
const mergedByNewestPage = new WeakMap<MessagePage, MergedPages>();

function mergePages(pages: MessagePage[]): MergedPages {
  const messages = mergeMessages(
    [],
    [...pages].reverse().flatMap((page) => page.messages),
  ).messages;
  return { pages, messages, ids: new Set(messages.map((message) => message.id)) };
}

/**
 * An older page arrived (the same pages plus more at the end): its messages go before the loaded ones, when
 * they are all older and new. Costs the page, not the history (a merge and sort of 5,000 messages at every
 * page made scrolling up a long conversation stutter). Anything else: undefined, and the pages are merged anew.
 */
function withOlderPages(previous: MergedPages, pages: MessagePage[]): MergedPages | undefined {
  const known = previous.pages;
  if (pages.length <= known.length || known.some((page, i) => pages[i] !== page)) return undefined;
  const older = pages
    .slice(known.length)
    .reverse()
    .flatMap((page) => page.messages);
  const oldestLoaded = previous.messages[0];
  for (let i = 0; i < older.length; i++) {
    const message = older[i];
    const next = older[i + 1] ?? oldestLoaded;
    if (!message || previous.ids.has(message.id) || (next && byTime(message, next) > 0)) return undefined;
  }
  // The set grows in place: only the newest merge of this page is ever read again.
  for (const message of older) previous.ids.add(message.id);
  return { pages, messages: [...older, ...previous.messages], ids: previous.ids };
}

/**
 * The loaded pages as one conversation. Pages refetched after new messages arrived overlap (a message moves
 * from page 1 to page 2): each message shows once.
 */
export function conversationOf(data: MessagesData): Conversation {
  const newest = data.pages[0];
  if (!newest) throw new Error('a conversation has at least its first page');
  const previous = mergedByNewestPage.get(newest);
  const merged = (previous && withOlderPages(previous, data.pages)) ?? mergePages(data.pages);
  mergedByNewestPage.set(newest, merged);
  return { ticket: newest.ticket, messages: merged.messages, deleted: !!newest.deleted };
}

/**
 * Backend pages fetched together (newest first, as numbered) as one page of the cache: their messages oldest
 * first, up to the first page that says nothing older is left.
 */
export function joinPages(pages: MessagePage[]): MessagePage {
  const first = pages[0];
  if (!first) throw new Error('joinPages: expected at least one page');
  const end = pages.findIndex((page) => !page.hasMore);
  const kept = end < 0 ? pages : pages.slice(0, end + 1);
  return {
    messages: [...kept].reverse().flatMap((page) => page.messages),
    ticket: first.ticket,
    hasMore: kept.at(-1)?.hasMore ?? false,
  };
}

function updateNewest(data: MessagesData, update: (page: MessagePage) => MessagePage): MessagesData {
  const [newest, ...older] = data.pages;
  return newest ? { ...data, pages: [update(newest), ...older] } : data;
}

/**
 * `appMessage` create or update for this ticket: a message already loaded is replaced where it is (an edit,
 * a deletion, an ack), a new one joins the newest page.
 */
export function addMessage(data: MessagesData, message: Message): MessagesData {
  const newest = data.pages[0];
  if (!newest || message.ticketId !== newest.ticket.id) return data;
  const loaded = data.pages.some((page) => page.messages.some((item) => item.id === message.id));
  if (!loaded) return updateNewest(data, (page) => ({ ...page, messages: [...page.messages, message] }));
  return updateMessage(data, message);
}

/**
 * `appMessage` update (an ack moved, a message was deleted or edited): replaces the message where it is
 * loaded; a message not loaded stays unloaded (an old message's receipt must not join the newest page).
 */
export function updateMessage(data: MessagesData, message: Message): MessagesData {
  const index = data.pages.findIndex((page) => page.messages.some((item) => item.id === message.id));
  if (index < 0) return data;
  return {
    ...data,
    pages: data.pages.map((page, i) =>
      i === index
        ? { ...page, messages: page.messages.map((item) => (item.id === message.id ? message : item)) }
        : page,
    ),
  };
}

/** The ticket changed (status, agent, queue): a delete followed by an update was a move, not a deletion. */
export function setTicket(data: MessagesData, ticket: Ticket): MessagesData {
  if (data.pages[0]?.ticket.id !== ticket.id) return data;
  return updateNewest(data, (page) => ({ ...page, ticket, deleted: false }));
}

/** Our own `DELETE /messages/:id` answered: the message shows deleted where it is (the socket's update agrees). */
export function markMessageDeleted(data: MessagesData, messageId: string): MessagesData {
  if (!data.pages.some((page) => page.messages.some((message) => message.id === messageId))) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.messages.some((message) => message.id === messageId)
        ? {
            ...page,
            messages: page.messages.map((message) =>
              message.id === messageId ? { ...message, isDeleted: true } : message,
            ),
          }
        : page,
    ),
  };
}

/** `company-<id>-ticket` delete for the open ticket. */
export function markDeleted(data: MessagesData): MessagesData {
  return updateNewest(data, (page) => ({ ...page, deleted: true }));
}

// --- texts being sent -----------------------------------------------------------------------------------

export interface Outgoing {
  /** Local id (React key, retry). */
  key: string;
  body: string;
  /** The message this text replies to (sent again with a retry). */
  quoted?: QuotedMessage;
  /** `sending`: the POST is in flight; `sent`: accepted, waiting for the socket; `failed`: the POST failed. */
  state: 'sending' | 'sent' | 'failed';
  error?: unknown;
  /** The newest message shown when it was sent: only messages after it can be its echo. */
  after?: { id: string; createdAt: string };
}

export type OutgoingAction =
  | { type: 'send'; key: string; body: string; after: Message | undefined; quoted?: QuotedMessage | undefined }
  | { type: 'sent'; key: string }
  | { type: 'failed'; key: string; error: unknown }
  | { type: 'discard'; key: string };

export function outgoingReducer(outgoing: Outgoing[], action: OutgoingAction): Outgoing[] {
  switch (action.type) {
    case 'send': {
      const item: Outgoing = { key: action.key, body: action.body, state: 'sending' };
      if (action.quoted) item.quoted = action.quoted;
      if (action.after) item.after = { id: action.after.id, createdAt: action.after.createdAt };
      // A retry sends again under the same key, at the end.
      return [...outgoing.filter((other) => other.key !== action.key), item];
    }
    case 'sent':
      return outgoing.map((item) =>
        item.key === action.key && item.state === 'sending' ? { ...item, state: 'sent' } : item,
      );
    case 'failed':
      return outgoing.map((item) =>
        item.key === action.key ? { ...item, state: 'failed', error: action.error } : item,
      );
    case 'discard':
      return outgoing.filter((item) => item.key !== action.key);
  }
}

function isAfter(message: Message, after: Outgoing['after']): boolean {
  if (!after) return true;
  return message.createdAt > after.createdAt || (message.createdAt === after.createdAt && message.id !== after.id);
}

/**
 * The texts still to show: a message from the agent (ours, or a colleague's with the same text) newer than
 * what was shown at sending settles the oldest matching text, once. Failed texts stay until retried or
 * discarded.
 */
export function unsettled(outgoing: Outgoing[], messages: Message[]): Outgoing[] {
  const used = new Set<string>();
  return outgoing.filter((item) => {
    if (item.state === 'failed') return true;
    const echo = messages.find(
      (message) =>
        message.fromMe &&
        !used.has(message.id) &&
        isAfter(message, item.after) &&
        message.body.trim() === item.body.trim(),
    );
    if (!echo) return true;
    used.add(echo.id);
    return false;
  });
}
