/**
 * Socket.io 4 as Atendechat's libs/socket.ts: handshake `?token=`, rooms per company and user, the
 * join/leave events, and the per-company events. Every room name here carries the company id, so an
 * emit can only reach that company's sockets.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { userFromAccessToken, type TokenSettings } from './auth.ts';
import type { Db } from './db.ts';
import { INVALID_TOKEN } from './errors.ts';
import type { TicketRow, TicketStatus } from './rows.ts';
import { userQueueIds } from './serialize.ts';

const STATUSES: readonly TicketStatus[] = ['open', 'pending', 'closed'];

export const rooms = {
  main: (companyId: number) => `company-${companyId}-mainchannel`,
  user: (userId: number) => `user-${userId}`,
  ticket: (ticketId: number) => `ticket-${ticketId}`,
  status: (companyId: number, status: string) => `company-${companyId}-${status}`,
  notification: (companyId: number) => `company-${companyId}-notification`,
  queueStatus: (companyId: number, queueId: number | null, status: string) =>
    `company-${companyId}-queue-${queueId ?? 'null'}-${status}`,
  queueNotification: (companyId: number, queueId: number | null) =>
    `company-${companyId}-queue-${queueId ?? 'null'}-notification`,
};

interface SocketUser {
  id: number;
  companyId: number;
}

export interface SocketOptions {
  db: Db;
  tokens: TokenSettings;
  isAllowedOrigin: (origin: string | undefined) => boolean;
}

function tokenFrom(socket: Socket): string | undefined {
  const query = socket.handshake.query.token;
  const fromQuery = Array.isArray(query) ? query[0] : query;
  const fromAuth = (socket.handshake.auth as { token?: unknown }).token;
  return fromQuery || (typeof fromAuth === 'string' ? fromAuth : undefined);
}

function rejection(message: string, status: number): Error {
  return Object.assign(new Error(message), { data: { status, error: message } });
}

/** Ack callbacks are optional and always the last argument (joinNotification has no other). */
function splitAck(args: unknown[]): { arg: unknown; ack: () => void } {
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as () => void) : () => {};
  return { arg: typeof args[0] === 'function' ? undefined : args[0], ack };
}

export function createSocketServer(httpServer: HttpServer, options: SocketOptions): Server {
  const { db } = options;
  const io = new Server(httpServer, {
    cors: {
      origin: (origin, callback) => callback(null, options.isAllowedOrigin(origin) ? origin : false),
      credentials: true,
    },
    // CORS does not cover WebSocket upgrades: refuse a browser origin that is not allowed outright.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      callback(null, origin === undefined || options.isAllowedOrigin(origin));
    },
  });

  io.use((socket, next) => {
    const token = tokenFrom(socket);
    if (!token) return next(rejection('ERR_SESSION_EXPIRED', 401));
    const user = userFromAccessToken(db, token, options.tokens);
    if (!user) return next(rejection(INVALID_TOKEN, 403));
    socket.data.user = { id: user.id, companyId: user.companyId } satisfies SocketUser;
    next();
  });

  io.on('connection', (socket) => {
    const { id: userId, companyId } = socket.data.user as SocketUser;
    void socket.join([rooms.main(companyId), rooms.user(userId)]);

    // Components join the same room independently: leave only when the last one leaves, and leave
    // exactly the rooms that were joined (the user's queues may have changed in between).
    const joined = new Map<string, { count: number; rooms: string[] }>();
    const join = (key: string, targets: () => string[]) => {
      const entry = joined.get(key);
      if (entry) {
        entry.count += 1;
        return;
      }
      const list = targets();
      joined.set(key, { count: 1, rooms: list });
      void socket.join(list);
    };
    const leave = (key: string) => {
      const entry = joined.get(key);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      joined.delete(key);
      for (const room of entry.rooms) void socket.leave(room);
    };

    // Read profile and queues at join time so changes made after connecting apply.
    const current = () => {
      const row = db.one<{ profile: string }>('SELECT profile FROM users WHERE id = ?', userId);
      return { admin: row?.profile === 'admin', queueIds: [...userQueueIds(db, userId), null] };
    };
    const notificationRooms = () => {
      const u = current();
      return u.admin ? [rooms.notification(companyId)] : u.queueIds.map((q) => rooms.queueNotification(companyId, q));
    };
    const statusRooms = (status: string) => () => {
      const u = current();
      if (u.admin) return [rooms.status(companyId, status)];
      // Agents follow pending tickets of their queues; their own open tickets reach them in user-<id>.
      return status === 'pending' ? u.queueIds.map((q) => rooms.queueStatus(companyId, q, status)) : [];
    };
    const ticketRoom = (arg: unknown): string | null => {
      const key = String(arg ?? '');
      const ticket = db.one<Pick<TicketRow, 'id' | 'companyId'>>(
        'SELECT id, companyId FROM tickets WHERE id = ? OR uuid = ?',
        /^\d+$/.test(key) ? Number(key) : -1,
        key,
      );
      return ticket && ticket.companyId === companyId ? rooms.ticket(ticket.id) : null;
    };

    const onJoinChatBox = (...args: unknown[]) => {
      const { arg, ack } = splitAck(args);
      const room = ticketRoom(arg);
      if (room) join(room, () => [room]);
      ack();
    };
    const onLeaveChatBox = (...args: unknown[]) => {
      const { arg, ack } = splitAck(args);
      const room = ticketRoom(arg);
      if (room) leave(room);
      ack();
    };
    const onJoinTickets = (...args: unknown[]) => {
      const { arg, ack } = splitAck(args);
      const status = String(arg);
      if ((STATUSES as readonly string[]).includes(status)) join(`status-${status}`, statusRooms(status));
      ack();
    };
    const onLeaveTickets = (...args: unknown[]) => {
      const { arg, ack } = splitAck(args);
      const status = String(arg);
      leave(`status-${status}`);
      ack();
    };

    socket.on('joinChatBox', onJoinChatBox);
    socket.on('leaveChatBox', onLeaveChatBox);
    socket.on('joinChatBoxLeave', onLeaveChatBox);
    socket.on('joinTickets', onJoinTickets);
    socket.on('leaveTickets', onLeaveTickets);
    socket.on('joinTicketsLeave', onLeaveTickets);
    socket.on('joinNotification', (...args: unknown[]) => {
      join('notification', notificationRooms);
      splitAck(args).ack();
    });
    socket.on('leaveNotification', (...args: unknown[]) => {
      leave('notification');
      splitAck(args).ack();
    });

    socket.emit('ready');
  });

  return io;
}

/** Where ticket-related events go: the conversation, the lists and notifications, the agents. */
function ticketAudience(t: Pick<TicketRow, 'id' | 'companyId' | 'status' | 'queueId' | 'userId'>): string[] {
  const c = t.companyId;
  const list = [
    rooms.ticket(t.id),
    rooms.status(c, t.status),
    rooms.notification(c),
    rooms.queueStatus(c, t.queueId, t.status),
    rooms.queueNotification(c, t.queueId),
  ];
  if (t.userId !== null) list.push(rooms.user(t.userId));
  return list;
}

export type TicketPlace = Pick<TicketRow, 'id' | 'companyId' | 'status' | 'queueId' | 'userId'>;

/** The events of the API, named and shaped as in the contract. */
export class Realtime {
  constructor(private readonly io: Server) {}

  /** `company-<id>-<resource>` to every socket of the company (contact, user, whatsapp, queue, settings…). */
  toCompany(companyId: number, resource: string, payload: Record<string, unknown>): void {
    this.io.to(rooms.main(companyId)).emit(`company-${companyId}-${resource}`, payload);
  }

  /**
   * `event` as named, without the company prefix, to every socket of the company: Atendechat's TagController
   * emits a bare `tag` to `company-<id>-mainchannel`.
   */
  toCompanyRoom(companyId: number, event: string, payload: Record<string, unknown>): void {
    this.io.to(rooms.main(companyId)).emit(event, payload);
  }

  /**
   * A ticket changed. If it left a list (status, queue or owner changed), the old list gets a
   * delete first, as Atendechat's UpdateTicketService does.
   */
  ticketUpdated(ticket: Record<string, unknown>, now: TicketPlace, before?: TicketPlace): void {
    const event = `company-${now.companyId}-ticket`;
    if (before && (before.status !== now.status || before.queueId !== now.queueId || before.userId !== now.userId)) {
      const old = [
        rooms.status(before.companyId, before.status),
        rooms.queueStatus(before.companyId, before.queueId, before.status),
      ];
      if (before.userId !== null) old.push(rooms.user(before.userId));
      this.io.to(old).emit(event, { action: 'delete', ticketId: now.id });
    }
    const audience = ticketAudience(now);
    if (before?.userId != null) audience.push(rooms.user(before.userId));
    this.io.to(audience).emit(event, { action: 'update', ticket });
  }

  ticketDeleted(place: TicketPlace): void {
    this.io
      .to(ticketAudience(place))
      .emit(`company-${place.companyId}-ticket`, { action: 'delete', ticketId: place.id });
  }

  messageCreated(place: TicketPlace, payload: { message: unknown; ticket: unknown; contact: unknown }): void {
    this.io.to(ticketAudience(place)).emit(`company-${place.companyId}-appMessage`, { action: 'create', ...payload });
  }

  /** WhatsApp's status of a message moved: only to the conversation's room, as Atendechat's handleMsgAck. */
  messageAck(place: TicketPlace, message: unknown): void {
    this.io.to(rooms.ticket(place.id)).emit(`company-${place.companyId}-appMessage`, { action: 'update', message });
  }

  messageUpdated(place: TicketPlace, message: unknown): void {
    this.io.to(ticketAudience(place)).emit(`company-${place.companyId}-appMessage`, { action: 'update', message });
  }
}
