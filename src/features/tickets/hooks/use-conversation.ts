import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useRealtimeRoom, useReconnectEffect } from '../../../lib/realtime/index.ts';
import { messageOf, ticketOf, type Ticket } from '../api/schemas.ts';
import { getMessages, sendTextMessage } from '../api/tickets-api.ts';
import {
  conversationReducer,
  openConversation,
  type ConversationAction,
  type ConversationState,
} from '../model/conversation.ts';

export type ConversationLoad =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; state: ConversationState };

export interface Conversation {
  load: ConversationLoad;
  reload(): void;
  loadOlder(): void;
  loadingOlder: boolean;
  olderError: unknown;
  send(body: string): void;
  retry(key: string): void;
  discard(key: string): void;
  applyTicket(ticket: Ticket): void;
}

type State = { ticketId: number; conversation: ConversationState } | null;

function reducer(
  state: State,
  action: ConversationAction | { type: 'open'; ticketId: number; conversation: ConversationState } | { type: 'close' },
): State {
  if (action.type === 'open') return { ticketId: action.ticketId, conversation: action.conversation };
  if (action.type === 'close') return null;
  return state && { ...state, conversation: conversationReducer(state.conversation, action) };
}

let outgoingSeq = 0;

/**
 * One ticket's conversation, live: its room is joined while open, its messages and ticket changes are applied
 * as they come, a reconnection merges the newest page again. Sent texts show as pending until the socket
 * brings them back.
 */
export function useConversation(ticketId: number): Conversation {
  const api = useApi();
  const [state, dispatch] = useReducer(reducer, null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  const current = state?.ticketId === ticketId ? state.conversation : null;
  const currentRef = useRef(current);
  currentRef.current = current;
  const olderInFlight = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    dispatch({ type: 'close' });
    setError(null);
    setOlderError(null);
    setLoadingOlder(false);
    olderInFlight.current = false;
    getMessages(api, ticketId, 1, controller.signal).then(
      (page) =>
        !controller.signal.aborted && dispatch({ type: 'open', ticketId, conversation: openConversation(page) }),
      (failure: unknown) => !controller.signal.aborted && setError(failure),
    );
    return () => controller.abort();
  }, [api, ticketId, attempt]);

  useRealtimeRoom({ kind: 'chatBox', ticketId });

  useCompanyEvent('appMessage', (event) => {
    const message = messageOf(event.message);
    if (!message || message.ticketId !== ticketId) return;
    dispatch({ type: 'message', message });
    const ticket = ticketOf(event.ticket);
    if (ticket) dispatch({ type: 'ticket', ticket });
  });
  useCompanyEvent('ticket', (event) => {
    if (event.action === 'delete') {
      // Also sent when the ticket merely leaves a list (status or owner changed): the update that follows says so.
      if (event.ticketId === ticketId) dispatch({ type: 'deleted' });
      return;
    }
    const ticket = ticketOf(event.ticket);
    if (ticket?.id === ticketId) dispatch({ type: 'ticket', ticket });
  });
  useReconnectEffect(() => {
    if (!currentRef.current) {
      setAttempt((n) => n + 1);
      return;
    }
    getMessages(api, ticketId, 1).then(
      (page) => dispatch({ type: 'refresh', messages: page.messages, ticket: page.ticket, hasMore: page.hasMore }),
      () => undefined, // the next reconnection tries again; what is shown stays
    );
  });

  const loadOlder = useCallback(() => {
    const conversation = currentRef.current;
    if (!conversation?.hasMore || olderInFlight.current) return;
    olderInFlight.current = true;
    const pageNumber = conversation.page + 1;
    setLoadingOlder(true);
    setOlderError(null);
    getMessages(api, ticketId, pageNumber).then(
      (page) => {
        olderInFlight.current = false;
        setLoadingOlder(false);
        dispatch({ type: 'older', messages: page.messages, hasMore: page.hasMore, pageNumber });
      },
      (failure: unknown) => {
        olderInFlight.current = false;
        setLoadingOlder(false);
        setOlderError(failure);
      },
    );
  }, [api, ticketId]);

  const post = useCallback(
    (key: string, body: string) => {
      sendTextMessage(api, ticketId, body).then(
        () => dispatch({ type: 'sent', key }),
        (failure: unknown) => dispatch({ type: 'failed', key, error: failure }),
      );
    },
    [api, ticketId],
  );

  const send = useCallback(
    (body: string) => {
      const key = `out-${++outgoingSeq}`;
      dispatch({ type: 'send', key, body });
      post(key, body);
    },
    [post],
  );

  const retry = useCallback(
    (key: string) => {
      const item = currentRef.current?.outgoing.find((entry) => entry.key === key);
      if (!item) return;
      dispatch({ type: 'discard', key });
      dispatch({ type: 'send', key, body: item.body });
      post(key, item.body);
    },
    [post],
  );

  const discard = useCallback((key: string) => dispatch({ type: 'discard', key }), []);
  const applyTicket = useCallback((ticket: Ticket) => dispatch({ type: 'ticket', ticket }), []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const load: ConversationLoad = current
    ? { status: 'ready', state: current }
    : error
      ? { status: 'error', error }
      : { status: 'loading' };
  return { load, reload, loadOlder, loadingOlder, olderError, send, retry, discard, applyTicket };
}
