import type { Message, Ticket } from '../api/schemas.ts';

/**
 * One conversation: its messages (oldest first), the older pages still to load, and the texts the agent sent
 * that have not come back by socket yet. Pure functions, unit-tested.
 */
export interface Outgoing {
  /** Local id (React key, retry). */
  key: string;
  body: string;
  /** `sending`: the POST is in flight; `sent`: accepted, waiting for the socket; `failed`: the POST failed. */
  state: 'sending' | 'sent' | 'failed';
  error?: unknown;
}

export interface ConversationState {
  ticket: Ticket;
  messages: Message[];
  /** Older pages exist beyond `page`. */
  hasMore: boolean;
  page: number;
  outgoing: Outgoing[];
  /** The backend deleted the ticket while it was open. */
  deleted: boolean;
}

const byTime = (a: Message, b: Message) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/**
 * Messages merged by id (a newer copy replaces an older one), oldest first; returns the ids that were new,
 * which settle the agent's outgoing texts.
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

/** New messages from the agent (ours or a colleague's with the same text) settle the matching sent texts, oldest first. */
function settle(outgoing: Outgoing[], added: Message[]): Outgoing[] {
  let rest = outgoing;
  for (const message of added) {
    if (!message.fromMe) continue;
    const index = rest.findIndex((item) => item.state !== 'failed' && item.body.trim() === message.body.trim());
    if (index >= 0) rest = [...rest.slice(0, index), ...rest.slice(index + 1)];
  }
  return rest;
}

export function openConversation(page: { messages: Message[]; ticket: Ticket; hasMore: boolean }): ConversationState {
  return {
    ticket: page.ticket,
    messages: mergeMessages([], page.messages).messages,
    hasMore: page.hasMore,
    page: 1,
    outgoing: [],
    deleted: false,
  };
}

export type ConversationAction =
  /** The newest page again (after a reconnection): merged; if it does not reach what is shown, it replaces it. */
  | { type: 'refresh'; messages: Message[]; ticket: Ticket; hasMore: boolean }
  | { type: 'older'; messages: Message[]; hasMore: boolean; pageNumber: number }
  /** `appMessage` create (for this ticket) or update. */
  | { type: 'message'; message: Message }
  | { type: 'ticket'; ticket: Ticket }
  | { type: 'deleted' }
  | { type: 'send'; key: string; body: string }
  | { type: 'sent'; key: string }
  | { type: 'failed'; key: string; error: unknown }
  | { type: 'discard'; key: string };

export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
  switch (action.type) {
    case 'refresh': {
      const known = new Set(state.messages.map((message) => message.id));
      const overlaps = action.messages.some((message) => known.has(message.id)) || state.messages.length === 0;
      if (!overlaps && action.hasMore) {
        // More than a page arrived meanwhile: a gap would hide messages, so start over from the newest page.
        const { messages, added } = mergeMessages([], action.messages);
        return {
          ...state,
          ticket: action.ticket,
          messages,
          hasMore: true,
          page: 1,
          outgoing: settle(state.outgoing, added),
        };
      }
      const { messages, added } = mergeMessages(state.messages, action.messages);
      return {
        ...state,
        ticket: action.ticket,
        messages,
        outgoing: settle(state.outgoing, added),
        hasMore: state.page > 1 ? state.hasMore : action.hasMore,
      };
    }
    case 'older': {
      if (action.pageNumber !== state.page + 1) return state;
      const { messages } = mergeMessages(state.messages, action.messages);
      return { ...state, messages, hasMore: action.hasMore, page: action.pageNumber };
    }
    case 'message': {
      if (action.message.ticketId !== state.ticket.id) return state;
      const { messages, added } = mergeMessages(state.messages, [action.message]);
      return { ...state, messages, outgoing: settle(state.outgoing, added) };
    }
    case 'ticket':
      return action.ticket.id === state.ticket.id ? { ...state, ticket: action.ticket, deleted: false } : state;
    case 'deleted':
      return { ...state, deleted: true };
    case 'send':
      return { ...state, outgoing: [...state.outgoing, { key: action.key, body: action.body, state: 'sending' }] };
    case 'sent':
      return {
        ...state,
        outgoing: state.outgoing.map((item) =>
          item.key === action.key ? { key: item.key, body: item.body, state: 'sent' } : item,
        ),
      };
    case 'failed':
      return {
        ...state,
        outgoing: state.outgoing.map((item) =>
          item.key === action.key ? { ...item, state: 'failed', error: action.error } : item,
        ),
      };
    case 'discard':
      return { ...state, outgoing: state.outgoing.filter((item) => item.key !== action.key) };
  }
}
