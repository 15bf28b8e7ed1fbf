import { parseConnection, type Connection } from '../api/connection-schema.ts';

/** How the page shows a connection's status, and which session actions it offers. */
export type StatusKind = 'connected' | 'qrcode' | 'opening' | 'disconnected' | 'timeout' | 'unknown';

export function statusKind(status: string): StatusKind {
  switch (status) {
    case 'CONNECTED':
      return 'connected';
    case 'qrcode':
      return 'qrcode';
    case 'OPENING':
    case 'PAIRING':
      return 'opening';
    case 'DISCONNECTED':
      return 'disconnected';
    case 'TIMEOUT':
      return 'timeout';
    default:
      return 'unknown';
  }
}

/** The QR code to show, if the connection is waiting to be paired and the backend sent one. */
export function pairingCode(connection: Connection): string | undefined {
  return connection.status === 'qrcode' && connection.qrcode ? connection.qrcode : undefined;
}

const byId = (a: Connection, b: Connection) => a.id - b.id;

/** An older copy (an event overtaken by a newer one or by the list) must not win. */
function isOlder(incoming: Connection, current: Connection): boolean {
  if (!incoming.updatedAt || !current.updatedAt) return false;
  return Date.parse(incoming.updatedAt) < Date.parse(current.updatedAt);
}

/** Adds the connection, or updates the one with its id (fields the copy lacks are kept). */
export function upsertConnection(list: readonly Connection[], incoming: Connection): readonly Connection[] {
  const current = list.find((connection) => connection.id === incoming.id);
  if (!current) return [...list, incoming].sort(byId);
  if (isOlder(incoming, current)) return list;
  return list.map((connection) => (connection.id === incoming.id ? { ...connection, ...incoming } : connection));
}

function record(payload: unknown): Record<string, unknown> | undefined {
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : undefined;
}

/**
 * `company-<id>-whatsapp`: `{action: "update" | "create", whatsapp}` adds or replaces (Atendechat announces a
 * new connection as "update"), `{action: "delete", whatsappId}` removes. Anything else leaves the list alone.
 */
export function applyWhatsappEvent(list: readonly Connection[], payload: unknown): readonly Connection[] {
  const event = record(payload);
  if (!event) return list;
  if (event.action === 'delete') {
    const id = Number(event.whatsappId);
    return Number.isFinite(id) ? list.filter((connection) => connection.id !== id) : list;
  }
  if (event.action === 'update' || event.action === 'create') {
    const connection = parseConnection(event.whatsapp);
    return connection ? upsertConnection(list, connection) : list;
  }
  return list;
}

/** `company-<id>-whatsappSession`: `{action: "update", session}`: the status and QR code while pairing. */
export function applySessionEvent(list: readonly Connection[], payload: unknown): readonly Connection[] {
  const event = record(payload);
  if (!event || event.action !== 'update') return list;
  const connection = parseConnection(event.session);
  return connection ? upsertConnection(list, connection) : list;
}
