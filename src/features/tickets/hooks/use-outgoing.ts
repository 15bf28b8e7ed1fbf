import { useCallback, useMemo, useReducer } from 'react';
import { useSendMessage } from '../api/messages.ts';
import type { Message } from '../api/schemas.ts';
import { outgoingReducer, unsettled, type Outgoing } from '../model/conversation.ts';
import type { QuotedMessage } from '../model/send.ts';

let outgoingSeq = 0;

export interface OutgoingTexts {
  /** The texts sent from this screen that the socket has not brought back yet (sending, sent, failed). */
  items: Outgoing[];
  /** Sends `body`, as a reply to `quoted` when given. */
  send(body: string, quoted?: QuotedMessage): void;
  retry(key: string): void;
  discard(key: string): void;
}

/**
 * What the agent sends in one conversation, shown as pending below `messages` until its echo arrives among
 * them; a failed text stays, with its error, for a retry (nothing typed is lost).
 */
export function useOutgoing(ticketId: number, messages: Message[]): OutgoingTexts {
  const { mutateAsync } = useSendMessage(ticketId);
  const [outgoing, dispatch] = useReducer(outgoingReducer, []);
  const items = useMemo(() => unsettled(outgoing, messages), [outgoing, messages]);
  const newest = messages.at(-1);

  const post = useCallback(
    (key: string, body: string, quoted: QuotedMessage | undefined) => {
      dispatch({ type: 'send', key, body, after: newest, quoted });
      // Per call (mutate's own callbacks fire for the latest call only): several texts may be in flight.
      mutateAsync({ body, quoted }).then(
        () => dispatch({ type: 'sent', key }),
        (error: unknown) => dispatch({ type: 'failed', key, error }),
      );
    },
    [mutateAsync, newest],
  );

  const send = useCallback(
    (body: string, quoted?: QuotedMessage) => post(`out-${++outgoingSeq}`, body, quoted),
    [post],
  );
  const retry = useCallback(
    (key: string) => {
      const item = outgoing.find((entry) => entry.key === key);
      if (item) post(key, item.body, item.quoted);
    },
    [outgoing, post],
  );
  const discard = useCallback((key: string) => dispatch({ type: 'discard', key }), []);

  return { items, send, retry, discard };
}
