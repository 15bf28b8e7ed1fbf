import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useReconnectEffect } from '../../../lib/realtime/index.ts';
import { listConnections, type Connection } from '../api/connections-api.ts';
import { applySessionEvent, applyWhatsappEvent } from '../connections-state.ts';

export type ConnectionsState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'success'; list: readonly Connection[] };

export interface ConnectionsStore {
  state: ConnectionsState;
  /** Loads again from scratch (the retry of a failed load). */
  reload: () => void;
  /** Fetches again and swaps the list in without a loading state (after a reconnection or a refusal). */
  refresh: () => void;
  /** Applies what this page just did, ahead of (or without) its socket event. */
  update: (change: (list: readonly Connection[]) => readonly Connection[]) => void;
}

/**
 * The company's connections, kept live: `company-<id>-whatsapp` adds, replaces and removes them,
 * `company-<id>-whatsappSession` brings the status and QR code while pairing, and a reconnection of the
 * socket refetches the list (events may have been missed).
 */
export function useConnections(): ConnectionsStore {
  const api = useApi();
  const [state, setState] = useState<ConnectionsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listConnections(api, controller.signal).then(
      (list) => !controller.signal.aborted && setState({ status: 'success', list }),
      // A quiet refresh that fails keeps the list it had; a load that fails shows the error.
      (error: unknown) =>
        !controller.signal.aborted &&
        setState((current) => (current.status === 'success' ? current : { status: 'error', error })),
    );
    return () => controller.abort();
  }, [api, attempt]);

  const update = useCallback((change: (list: readonly Connection[]) => readonly Connection[]) => {
    setState((current) => (current.status === 'success' ? { status: 'success', list: change(current.list) } : current));
  }, []);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useCompanyEvent('whatsapp', (event) => update((list) => applyWhatsappEvent(list, event)));
  useCompanyEvent('whatsappSession', (event) => update((list) => applySessionEvent(list, event)));
  useReconnectEffect(refresh);

  return { state, reload, refresh, update };
}
