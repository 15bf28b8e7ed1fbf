/** Operations shared by several routers (tickets, messages, the inbound simulator). */
import { randomBytes } from 'node:crypto';
import type { AppContext } from './context.ts';
import { nowIso, type Db } from './db.ts';
import { AppError } from './errors.ts';
import type { ContactRow, MessageRow, PlanRow, TicketRow } from './rows.ts';
import { contactJson, messageJson, showTicketJson } from './serialize.ts';
import type { TicketPlace } from './socket.ts';

/** A ticket of the company, or 404: another company's ticket is indistinguishable from none. */
export function ticketOfCompany(db: Db, companyId: number, id: number): TicketRow {
  const ticket = db.one<TicketRow>('SELECT * FROM tickets WHERE id = ? AND companyId = ?', id, companyId);
  if (!ticket) throw new AppError('ERR_NO_TICKET_FOUND', 404);
  return ticket;
}

export function reloadTicket(db: Db, id: number): TicketRow {
  const ticket = db.one<TicketRow>('SELECT * FROM tickets WHERE id = ?', id);
  if (!ticket) throw new AppError('ERR_NO_TICKET_FOUND', 404);
  return ticket;
}

export function placeOf(t: TicketRow): TicketPlace {
  return { id: t.id, companyId: t.companyId, status: t.status, queueId: t.queueId, userId: t.userId };
}

export function emitTicket(ctx: AppContext, ticket: TicketRow, before?: TicketRow): void {
  ctx.realtime.ticketUpdated(showTicketJson(ctx.db, ticket), placeOf(ticket), before && placeOf(before));
}

export function companyPlan(db: Db, companyId: number): PlanRow {
  const plan = db.one<PlanRow>('SELECT p.* FROM plans p JOIN companies c ON c.planId = p.id WHERE c.id = ?', companyId);
  if (!plan) throw new AppError('ERR_NO_PLAN_FOUND', 404);
  return plan;
}

/** A WhatsApp-style message id (the real ones are opaque strings too). */
export function newMessageId(): string {
  return `3EB0${randomBytes(8).toString('hex').toUpperCase()}`;
}

export interface NewMessage {
  ticket: TicketRow;
  body: string;
  fromMe: boolean;
  mediaType?: string | null;
  mediaName?: string | null;
  quotedMsgId?: string | null;
  /** WhatsApp's status (default: 1, pending, for ours; 0 for the customer's). */
  ack?: number;
  /** The ticket's lastMessage, when it is not the body (Atendechat: the caption, or "Arquivo de mídia"). */
  lastMessage?: string;
}

/**
 * Stores a message, moves the ticket's lastMessage/updatedAt (and unread count for incoming ones)
 * and emits `company-<id>-appMessage` create with the message, the ticket and the contact.
 */
export function storeMessage(ctx: AppContext, m: NewMessage): MessageRow {
  const { db } = ctx;
  const now = nowIso();
  const id = newMessageId();
  const contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', m.ticket.contactId);
  db.tx(() => {
    db.run(
      `INSERT INTO messages (id, body, ack, read, fromMe, mediaType, mediaUrl, quotedMsgId, remoteJid, ticketId,
         contactId, companyId, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      m.body,
      m.ack ?? (m.fromMe ? 1 : 0),
      m.fromMe ? 1 : 0,
      m.fromMe ? 1 : 0,
      m.mediaType ?? (m.mediaName ? 'application' : 'conversation'),
      m.mediaName ?? null,
      m.quotedMsgId ?? null,
      contact ? `${contact.number}@s.whatsapp.net` : null,
      m.ticket.id,
      m.ticket.contactId,
      m.ticket.companyId,
      now,
      now,
    );
    db.run(
      `UPDATE tickets SET lastMessage = ?, updatedAt = ?,
         unreadMessages = CASE WHEN ? THEN COALESCE(unreadMessages, 0) + 1 ELSE COALESCE(unreadMessages, 0) END
       WHERE id = ?`,
      m.lastMessage ?? m.body,
      now,
      m.fromMe ? 0 : 1,
      m.ticket.id,
    );
  });
  const message = db.one<MessageRow>('SELECT * FROM messages WHERE id = ?', id);
  if (!message) throw new Error('message vanished');
  const ticket = reloadTicket(db, m.ticket.id);
  ctx.realtime.messageCreated(placeOf(ticket), {
    message: messageJson(db, message, ctx.baseUrl()),
    ticket: showTicketJson(db, ticket),
    contact: contact ? contactJson(contact) : null,
  });
  return message;
}
