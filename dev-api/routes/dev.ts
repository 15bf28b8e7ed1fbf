/**
 * POST /dev/inbound: a customer writes on WhatsApp. There is no phone behind the stand-in, so demos
 * and browser tests call this to see the frontend react in real time. Mounted only when enabled.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, optionalId, text } from '../input.ts';
import type { ContactRow, TicketRow, WhatsappRow } from '../rows.ts';
import { contactJson, contactWithExtraJson, messageJson, showTicketJson } from '../serialize.ts';
import { emitTicket, reloadTicket, storeMessage } from '../services.ts';
import { digitsOf } from './contacts.ts';

/** The connection an incoming message arrives on: the default connected one, else any. */
function receivingWhatsapp(db: Db, companyId: number): WhatsappRow {
  const row = db.one<WhatsappRow>(
    `SELECT * FROM whatsapps WHERE companyId = ?
     ORDER BY status = 'CONNECTED' DESC, isDefault DESC, id LIMIT 1`,
    companyId,
  );
  if (!row) throw new AppError('ERR_NO_DEF_WAPP_FOUND');
  return row;
}

export function devRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const router = Router();

  router.post('/dev/inbound', (req, res) => {
    const body = bodyOf(req);
    const messageBody = text(body.body) ?? '';
    if (messageBody.trim() === '') throw new AppError('body is a required field');

    let ticket: TicketRow | undefined;
    let before: TicketRow | undefined;
    const ticketId = optionalId(body.ticketId);
    if (typeof ticketId === 'number') {
      ticket = db.one<TicketRow>('SELECT * FROM tickets WHERE id = ?', ticketId);
      if (!ticket) throw new AppError('ERR_NO_TICKET_FOUND', 404);
    } else {
      const number = digitsOf(body.contactNumber);
      if (!number) throw new AppError('ticketId or contactNumber is required');
      const companyId = optionalId(body.companyId) ?? 1;
      if (!db.one('SELECT id FROM companies WHERE id = ?', companyId)) throw new AppError('ERR_NO_COMPANY_FOUND', 404);
      const now = nowIso();
      let contact = db.one<ContactRow>('SELECT * FROM contacts WHERE companyId = ? AND number = ?', companyId, number);
      if (!contact) {
        const id = db.insert(
          'INSERT INTO contacts (name, number, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)',
          text(body.contactName)?.trim() || number,
          number,
          companyId,
          now,
          now,
        );
        contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', id);
        if (!contact) throw new Error('contact vanished');
        ctx.realtime.toCompany(companyId, 'contact', { action: 'create', contact: contactWithExtraJson(db, contact) });
      }
      ticket = db.one<TicketRow>(
        "SELECT * FROM tickets WHERE contactId = ? AND status IN ('open', 'pending') ORDER BY updatedAt DESC LIMIT 1",
        contact.id,
      );
      if (!ticket) {
        const whatsapp = receivingWhatsapp(db, companyId);
        // Like Atendechat, a connection with a single queue routes new tickets to it.
        const queues = db.all<{ queueId: number }>(
          'SELECT queueId FROM whatsapp_queues WHERE whatsappId = ?',
          whatsapp.id,
        );
        const id = db.insert(
          `INSERT INTO tickets (uuid, status, unreadMessages, userId, contactId, whatsappId, queueId, companyId, createdAt, updatedAt)
           VALUES (?, 'pending', 0, NULL, ?, ?, ?, ?, ?, ?)`,
          randomUUID(),
          contact.id,
          whatsapp.id,
          queues.length === 1 ? (queues[0]?.queueId ?? null) : null,
          companyId,
          now,
          now,
        );
        ticket = reloadTicket(db, id);
      }
    }

    // A customer writing to a closed conversation reopens it, waiting for an agent.
    if (ticket.status === 'closed') {
      before = ticket;
      db.run("UPDATE tickets SET status = 'pending', userId = NULL, updatedAt = ? WHERE id = ?", nowIso(), ticket.id);
      ticket = reloadTicket(db, ticket.id);
    }

    const message = storeMessage(ctx, { ticket, body: messageBody, fromMe: false });
    const updated = reloadTicket(db, ticket.id);
    emitTicket(ctx, updated, before);
    const contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', updated.contactId);
    res.status(200).json({
      message: messageJson(db, message, ctx.baseUrl()),
      ticket: showTicketJson(db, updated),
      contact: contact ? contactJson(contact) : null,
    });
  });

  return router;
}
