import * as z from 'zod/mini';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';
import { applySessionEvent, applyWhatsappEvent, upsertConnection } from '../model/connections-state.ts';
import { connectionSchema, type Connection } from './connection-schema.ts';

export type { Connection } from './connection-schema.ts';

// --- requests -------------------------------------------------------------------------------------------

export async function listConnections(api: ApiClient, signal?: AbortSignal): Promise<Connection[]> {
  const response = await api.get<unknown>('/whatsapp', signal ? { signal } : undefined);
  return parseAnswer(z.array(connectionSchema), response.data, 'GET /whatsapp');
}

/** A new connection; the backend starts pairing it right away (its QR code arrives by socket). */
export async function createConnection(api: ApiClient, name: string): Promise<Connection> {
  const response = await api.post<unknown>('/whatsapp', { name: name.trim(), isDefault: false, queueIds: [] });
  return parseAnswer(connectionSchema, response.data, 'POST /whatsapp');
}

/**
 * What renaming sends. Atendechat's update re-applies the queues and messages it is given (missing queue
 * ids would detach every queue), so the connection's current settings go along with the new name.
 */
export function renameBody(connection: Connection, name: string) {
  return {
    name: name.trim(),
    isDefault: connection.isDefault ?? false,
    greetingMessage: connection.greetingMessage ?? '',
    farewellMessage: connection.farewellMessage ?? '',
    complationMessage: connection.complationMessage ?? '',
    outOfHoursMessage: connection.outOfHoursMessage ?? '',
    ratingMessage: connection.ratingMessage ?? '',
    queueIds: (connection.queues ?? []).map((queue) => queue.id),
  };
}

export async function renameConnection(api: ApiClient, connection: Connection, name: string): Promise<Connection> {
  const response = await api.put<unknown>(`/whatsapp/${connection.id}`, renameBody(connection, name));
  return parseAnswer(connectionSchema, response.data, `PUT /whatsapp/${connection.id}`);
}

export async function deleteConnection(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/whatsapp/${id}`);
}

/** Starts pairing (a new QR code). */
export async function startSession(api: ApiClient, id: number): Promise<void> {
  await api.post(`/whatsappsession/${id}`);
}

/** Restarts the session (a new QR code if the phone must pair again). */
export async function restartSession(api: ApiClient, id: number): Promise<void> {
  await api.put(`/whatsappsession/${id}`);
}

/** Disconnects the phone. */
export async function disconnectSession(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/whatsappsession/${id}`);
}

// --- cache ----------------------------------------------------------------------------------------------

export const connectionKeys = { all: ['connections'] as const };

export function connectionsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: connectionKeys.all, queryFn: ({ signal }) => listConnections(api, signal) });
}

type ConnectionList = readonly Connection[];

// --- hooks ----------------------------------------------------------------------------------------------

/** The company's connections with their status (kept live by useConnectionEvents). */
export function useConnections() {
  return useQuery(connectionsQueryOptions(useApi()));
}

/**
 * Creates (`connection` undefined) or renames a connection. The answer goes into the list at once (the
 * socket may have announced a new one and its QR code already: that copy is newer and stays); the list is
 * fetched again after either way.
 */
export function useSaveConnection() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ connection, name }: { connection: Connection | undefined; name: string }) =>
      connection === undefined ? createConnection(api, name) : renameConnection(api, connection, name),
    onSuccess: (saved, { connection }) =>
      client.setQueryData<ConnectionList>(connectionKeys.all, (list) => {
        if (!list) return list;
        if (connection === undefined)
          return list.some((known) => known.id === saved.id) ? list : upsertConnection(list, saved);
        return list.map((known) => (known.id === saved.id ? { ...known, name: saved.name } : known));
      }),
    onSettled: () => client.invalidateQueries({ queryKey: connectionKeys.all }),
  });
}

export function useDeleteConnection() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteConnection(api, id),
    onSuccess: (_, id) =>
      client.setQueryData<ConnectionList>(connectionKeys.all, (list) => list?.filter((known) => known.id !== id)),
    onSettled: () => client.invalidateQueries({ queryKey: connectionKeys.all }),
  });
}

export type SessionAction = 'start' | 'restart' | 'disconnect';

const SESSION_REQUESTS: Record<SessionAction, (api: ApiClient, id: number) => Promise<void>> = {
  start: startSession,
  restart: restartSession,
  disconnect: disconnectSession,
};

/** Starts pairing, restarts or disconnects a connection's session; the new status comes by socket. */
export function useSessionAction() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: SessionAction }) => SESSION_REQUESTS[action](api, id),
  });
}

/**
 * `company-<id>-whatsapp` adds, replaces and removes connections, `company-<id>-whatsappSession` brings the
 * status and QR code while pairing: both go into the cached list as they come (model/connections-state.ts).
 */
export function useConnectionEvents(): void {
  const client = useQueryClient();
  const apply = (change: (list: ConnectionList) => ConnectionList) =>
    client.setQueryData<ConnectionList>(connectionKeys.all, (list) => (list ? change(list) : list));
  useCompanyEvent('whatsapp', (event) => apply((list) => applyWhatsappEvent(list, event)));
  useCompanyEvent('whatsappSession', (event) => apply((list) => applySessionEvent(list, event)));
}
