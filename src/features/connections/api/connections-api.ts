import * as z from 'zod/mini';
import type { ApiClient } from '../../../lib/api-client.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';

const connectionSchema = z.object({
  id: z.number(),
  name: z.string(),
  /** "CONNECTED" | "qrcode" | "OPENING" | "DISCONNECTED" | "TIMEOUT" | "PAIRING" | … as the backend says. */
  status: z.string(),
  /** The pairing reference to show as a QR code while `status` is "qrcode"; empty or null otherwise. */
  qrcode: z.optional(z.nullable(z.string())),
  isDefault: z.optional(z.boolean()),
  greetingMessage: z.optional(z.nullable(z.string())),
  farewellMessage: z.optional(z.nullable(z.string())),
  complationMessage: z.optional(z.nullable(z.string())),
  outOfHoursMessage: z.optional(z.nullable(z.string())),
  ratingMessage: z.optional(z.nullable(z.string())),
  queues: z.optional(z.array(z.object({ id: z.number() }))),
  updatedAt: z.optional(z.string()),
});

export type Connection = z.infer<typeof connectionSchema>;

export function parseConnection(data: unknown): Connection | undefined {
  const parsed = connectionSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

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
