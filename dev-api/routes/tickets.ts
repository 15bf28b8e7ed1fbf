import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { fold, nowIso } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, idList, likeTerm, optionalId, pageNumberOf, param, queryText, routeId, text } from '../input.ts';
import type { TicketRow, TicketStatus } from '../rows.ts';
import { createdTicketJson, listTicketJson, showTicketJson, userQueueIds } from '../serialize.ts';
import { emitTicket, placeOf, reloadTicket, storeMessage, ticketOfCompany } from '../services.ts';

const PAGE_SIZE = 40;
const STATUSES: readonly string[] = ['open', 'pending', 'closed'];

function statusOf(value: unknown): TicketStatus | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  if (!STATUSES.includes(s)) throw new AppError('ERR_INVALID_TICKET_STATUS');
  return s as TicketStatus;
}

export function ticketRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  /** A referenced row must belong to the caller's company; null clears the reference. */
  const ensureInCompany = (
    table: 'users' | 'queues' | 'contacts',
    id: number | null | undefined,
    companyId: number,
    error: string,
  ) => {
    if (id === undefined || id === null) return;
    if (!db.one(`SELECT id FROM ${table} WHERE id = ? AND companyId = ?`, id, companyId))
      throw new AppError(error, 404);
  };

  // Atendechat's ListTicketsService: only tickets without a queue or in `queueIds` are listed.
  router.get('/tickets', auth, (req, res) => {
    const me = authUser(req);
    const status = queryText(req, 'status') || undefined;
    const showAll = queryText(req, 'showAll') === 'true';
    const withUnread = queryText(req, 'withUnreadMessages') === 'true';
    const search = fold(queryText(req, 'searchParam')?.trim() ?? '');
    const users = idList(req.query.users);
    const tags = idList(req.query.tags);
    let queueIds = idList(req.query.queueIds);

    const where: string[] = ['t.companyId = ?'];
    const params: (string | number)[] = [me.companyId];
    if (withUnread) {
      // The notifications menu: the user's own queues and unread tickets, whatever else was asked.
      queueIds = userQueueIds(db, me.id);
      where.push("(t.userId = ? OR t.status = 'pending')", 't.unreadMessages > 0');
      params.push(me.id);
    } else {
      if (!showAll) {
        where.push("(t.userId = ? OR t.status = 'pending')");
        params.push(me.id);
      }
      if (status) {
        where.push('t.status = ?');
        params.push(status);
      }
    }
    where.push(
      queueIds.length > 0
        ? `(t.queueId IN (${queueIds.map(() => '?').join(',')}) OR t.queueId IS NULL)`
        : 't.queueId IS NULL',
    );
    params.push(...queueIds);
    if (users.length > 0) {
      where.push(`t.userId IN (${users.map(() => '?').join(',')})`);
      params.push(...users);
    }
    // Tickets carrying every one of `tags` (the intersection ListTicketsService computes).
    for (const tagId of tags) {
      where.push('EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.ticketId = t.id AND tt.tagId = ?)');
      params.push(tagId);
    }
    if (search) {
      const term = likeTerm(search);
      where.push(`(fold(c.name) LIKE ? ESCAPE '\\' OR c.number LIKE ? ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM messages m WHERE m.ticketId = t.id AND fold(m.body) LIKE ? ESCAPE '\\'))`);
      params.push(term, term, term);
    }

    const from = `FROM tickets t JOIN contacts c ON c.id = t.contactId WHERE ${where.join(' AND ')}`;
    const count = db.one<{ n: number }>(`SELECT COUNT(*) AS n ${from}`, ...params)?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<TicketRow>(
      `SELECT t.* ${from} ORDER BY t.updatedAt DESC, t.id DESC LIMIT ? OFFSET ?`,
      ...params,
      PAGE_SIZE,
      offset,
    );
    res.json({ tickets: rows.map((t) => listTicketJson(db, t)), count, hasMore: count > offset + rows.length });
  });

  router.get('/tickets/u/:uuid', auth, (req, res) => {
    const me = authUser(req);
    const ticket = db.one<TicketRow>(
      'SELECT * FROM tickets WHERE uuid = ? AND companyId = ?',
      param(req, 'uuid'),
      me.companyId,
    );
    if (!ticket) throw new AppError('ERR_NO_TICKET_FOUND', 404);
    res.json(showTicketJson(db, ticket));
  });

  router.get('/tickets/:ticketId', auth, (req, res) => {
    const me = authUser(req);
    res.json(showTicketJson(db, ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'))));
  });

  router.post('/tickets', auth, (req, res) => {
    const me = authUser(req);
    const body = bodyOf(req);
    const whatsappId = optionalId(body.whatsappId);
    // Recorded: Atendechat crashes (500) when no connection is given.
    if (whatsappId === undefined || whatsappId === null) throw new AppError('ERR_INTERNAL_SERVER_ERROR', 500);
    if (!db.one('SELECT id FROM whatsapps WHERE id = ? AND companyId = ?', whatsappId, me.companyId)) {
      throw new AppError('ERR_NO_WAPP_FOUND', 404);
    }
    const contactId = optionalId(body.contactId);
    if (typeof contactId !== 'number') throw new AppError('ERR_NO_CONTACT_FOUND', 404);
    ensureInCompany('contacts', contactId, me.companyId, 'ERR_NO_CONTACT_FOUND');
    const userId = optionalId(body.userId) ?? null;
    ensureInCompany('users', userId, me.companyId, 'ERR_NO_USER_FOUND');
    const queueId = optionalId(body.queueId) ?? null;
    ensureInCompany('queues', queueId, me.companyId, 'ERR_QUEUE_NOT_FOUND');
    const status = statusOf(body.status) ?? 'pending';

    const busy = db.one(
      "SELECT id FROM tickets WHERE contactId = ? AND whatsappId = ? AND status IN ('open', 'pending')",
      contactId,
      whatsappId,
    );
    if (busy) throw new AppError('ERR_OTHER_OPEN_TICKET');

    const now = nowIso();
    const id = db.insert(
      `INSERT INTO tickets (uuid, status, unreadMessages, lastMessage, userId, contactId, whatsappId, queueId, companyId,
         createdAt, updatedAt) VALUES (?, ?, NULL, '', ?, ?, ?, ?, ?, ?, ?)`,
      randomUUID(),
      status,
      userId,
      contactId,
      whatsappId,
      queueId,
      me.companyId,
      now,
      now,
    );
    const ticket = reloadTicket(db, id);
    emitTicket(ctx, ticket);
    res.status(200).json(createdTicketJson(db, ticket));
  });

  // Accept, close, reopen and transfer are all this: set status, userId, queueId (whatsappId).
  router.put('/tickets/:ticketId', auth, (req, res) => {
    const me = authUser(req);
    const before = ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'));
    const body = bodyOf(req);
    const status = statusOf(body.status) ?? before.status;
    const userId = 'userId' in body ? (optionalId(body.userId) ?? null) : before.userId;
    const queueId = 'queueId' in body ? (optionalId(body.queueId) ?? null) : before.queueId;
    const whatsappId = 'whatsappId' in body ? (optionalId(body.whatsappId) ?? before.whatsappId) : before.whatsappId;
    ensureInCompany('users', userId, me.companyId, 'ERR_NO_USER_FOUND');
    ensureInCompany('queues', queueId, me.companyId, 'ERR_QUEUE_NOT_FOUND');
    if (
      whatsappId !== null &&
      !db.one('SELECT id FROM whatsapps WHERE id = ? AND companyId = ?', whatsappId, me.companyId)
    ) {
      throw new AppError('ERR_NO_WAPP_FOUND', 404);
    }
    // UpdateTicketService: closing sends the connection's completion message (its `complationMessage`,
    // after U+200E) to the contact whenever one is set; the backend has no option to close without it.
    if (body.status === 'closed' && before.whatsappId !== null) {
      const farewell = db.one<{ complationMessage: string }>(
        'SELECT complationMessage FROM whatsapps WHERE id = ?',
        before.whatsappId,
      )?.complationMessage;
      if (farewell) storeMessage(ctx, { ticket: before, body: `\u200e${farewell}`, fromMe: true });
    }
    db.run(
      'UPDATE tickets SET status = ?, userId = ?, queueId = ?, whatsappId = ?, updatedAt = ? WHERE id = ?',
      status,
      userId,
      queueId,
      whatsappId,
      nowIso(),
      before.id,
    );
    const ticket = reloadTicket(db, before.id);
    emitTicket(ctx, ticket, before);
    res.status(200).json(showTicketJson(db, ticket));
  });

  router.delete('/tickets/:ticketId', auth, (req, res) => {
    const me = authUser(req);
    const ticket = ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'));
    db.run('DELETE FROM tickets WHERE id = ?', ticket.id);
    ctx.realtime.ticketDeleted(placeOf(ticket));
    res.status(200).json({ message: 'ticket deleted' });
  });

  return router;
}
