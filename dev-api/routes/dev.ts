/**
 * What WhatsApp would do, simulated: there is no phone behind the stand-in, so demos and browser tests call
 * these to see the frontend react in real time. Mounted only when enabled.
 * - POST /dev/inbound: a customer writes (a text, a file of any kind, a location, a contact card, a reply);
 * - POST /dev/ack: one of our messages is delivered, read, played or failed;
 * - POST /dev/edit: a customer edits a message.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import multer from 'multer';
import type { AppContext } from '../context.ts';
import { nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, flag, optionalId, text, type Body } from '../input.ts';
import { mediaTypeOf } from '../media.ts';
import type { ContactRow, MessageRow, TicketRow, WhatsappRow } from '../rows.ts';
import { contactJson, contactWithExtraJson, messageJson, showTicketJson } from '../serialize.ts';
import { emitTicket, placeOf, reloadTicket, storeMessage, type NewMessage } from '../services.ts';
import { digitsOf } from './contacts.ts';

/** As WhatsApp hands a document's name over: whole, path and all (`../../etc/passwd.pdf` stays that). */
const inboundUpload = multer({
  storage: multer.memoryStorage(),
  preservePath: true,
  limits: { fileSize: 16 * 1024 * 1024, files: 1 },
});

/** A 1×1 PNG: WhatsApp's location thumbnail (jpegThumbnail), which Atendechat puts into the body. */
const LOCATION_THUMBNAIL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** MIME types of contact cards: a .vcf comes as WhatsApp's contactMessage (the body is the vCard). */
const VCARD_TYPES = new Set(['text/vcard', 'text/x-vcard', 'text/directory']);

/** Atendechat's hasCaption: a caption that is only the file's name is none. */
function hasCaption(title: string, fileName: string): boolean {
  if (!title || !fileName) return false;
  const extension = fileName.substring(fileName.lastIndexOf('.') + 1);
  return !fileName.includes(`${title}.${extension}`);
}

/**
 * The message a customer's input makes, as wbotMessageListener stores it: a file's mediaType is its MIME
 * type's first half and its body the caption or `-` (`Áudio` for voice notes, `sticker` for stickers); a
 * location's body is msgLocation's `<thumbnail> | <maps link>|<description>`; a contact card's body is its
 * vCard. lastMessage is the caption, or "Arquivo de mídia".
 */
function inboundContent(
  ctx: AppContext,
  body: Body,
  file: Express.Multer.File | undefined,
): Omit<NewMessage, 'ticket' | 'fromMe'> | undefined {
  const caption = text(body.body) ?? '';
  const latitude = Number(text(body.latitude));
  const longitude = Number(text(body.longitude));
  if (text(body.latitude) !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    const description = text(body.description) ?? `${latitude}, ${longitude}`;
    const located = `data:image/png;base64, ${LOCATION_THUMBNAIL} | https://maps.google.com/maps?q=${latitude}%2C${longitude}&z=17&hl=pt-BR|${description}`;
    return { body: located, mediaType: 'locationMessage' };
  }
  const vcard = text(body.vcard);
  if (vcard !== undefined || (file && VCARD_TYPES.has(file.mimetype))) {
    const card = vcard ?? file?.buffer.toString('utf8') ?? '';
    return { body: card, mediaType: 'contactMessage' };
  }
  if (file) {
    const mediaType = mediaTypeOf(file.mimetype);
    // Only documents keep their name (downloadMedia: `<time>_<fileName>`; others `<time>.<extension>`).
    const keepName = !['image', 'audio', 'video'].includes(mediaType);
    const name = ctx.media.save(file.originalname, file.buffer, { keepName });
    const sticker = flag(body.sticker) === true;
    const raw = sticker ? 'sticker' : mediaType === 'audio' ? 'Áudio' : caption;
    return {
      body: raw && hasCaption(raw, name) ? raw : '-',
      mediaType,
      mediaName: name,
      lastMessage: raw || 'Arquivo de mídia',
    };
  }
  if (caption.trim() === '') return undefined;
  return { body: caption };
}

/** A message of the company (any ticket) by id, or 404. */
function messageOf(ctx: AppContext, id: unknown): MessageRow {
  const message = ctx.db.one<MessageRow>('SELECT * FROM messages WHERE id = ?', text(id) ?? '');
  if (!message) throw new AppError('ERR_NO_MESSAGE_FOUND', 404);
  return message;
}

function emitMessageUpdate(ctx: AppContext, id: string, ackOnly: boolean): MessageRow {
  const message = messageOf(ctx, id);
  const ticket = reloadTicket(ctx.db, message.ticketId);
  const json = messageJson(ctx.db, message, ctx.baseUrl());
  if (ackOnly) ctx.realtime.messageAck(placeOf(ticket), json);
  else ctx.realtime.messageUpdated(placeOf(ticket), json);
  return message;
}

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

  // JSON, or multipart with the file in `media` (and the other fields as form fields).
  router.post('/dev/inbound', inboundUpload.single('media'), (req, res) => {
    const body = bodyOf(req);
    const file = req.file;
    // Checked before a contact or ticket is created for it.
    const empty = !file && text(body.latitude) === undefined && text(body.vcard) === undefined;
    if (empty && (text(body.body) ?? '').trim() === '') throw new AppError('body is a required field');

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

    const content = inboundContent(ctx, body, file);
    if (!content) throw new AppError('body is a required field');
    const quoted = text(body.quotedMsgId);
    const quotedMsgId =
      quoted && db.one('SELECT id FROM messages WHERE id = ? AND ticketId = ?', quoted, ticket.id) ? quoted : null;
    const message = storeMessage(ctx, { ...content, ticket, fromMe: false, quotedMsgId });
    const updated = reloadTicket(db, ticket.id);
    emitTicket(ctx, updated, before);
    const contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', updated.contactId);
    res.status(200).json({
      message: messageJson(db, message, ctx.baseUrl()),
      ticket: showTicketJson(db, updated),
      contact: contact ? contactJson(contact) : null,
    });
  });

  // WhatsApp's status of a message moved (Baileys' messages.update): 0 error, 1 pending, 2 sent, 3 delivered,
  // 4 read, 5 played. Emitted to the conversation's room only, as Atendechat's handleMsgAck.
  router.post('/dev/ack', (req, res) => {
    const body = bodyOf(req);
    const ack = Number(text(body.ack));
    if (!Number.isInteger(ack) || ack < 0 || ack > 5) throw new AppError('ack must be an integer from 0 to 5');
    const message = messageOf(ctx, body.messageId);
    db.run('UPDATE messages SET ack = ?, updatedAt = ? WHERE id = ?', ack, nowIso(), message.id);
    const updated = emitMessageUpdate(ctx, message.id, true);
    res.status(200).json(messageJson(db, updated, ctx.baseUrl()));
  });

  // A customer edits a message: as Atendechat's verifyMessage for an editedMessage, the same id is upserted
  // with the new body and isEdited, and emitted as a create.
  router.post('/dev/edit', (req, res) => {
    const body = bodyOf(req);
    const message = messageOf(ctx, body.messageId);
    const edited = text(body.body) ?? '';
    if (edited.trim() === '') throw new AppError('body is a required field');
    db.run('UPDATE messages SET body = ?, isEdited = 1, updatedAt = ? WHERE id = ?', edited, nowIso(), message.id);
    db.run('UPDATE tickets SET lastMessage = ? WHERE id = ?', edited, message.ticketId);
    const updated = messageOf(ctx, message.id);
    const ticket = reloadTicket(db, message.ticketId);
    const contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', ticket.contactId);
    ctx.realtime.messageCreated(placeOf(ticket), {
      message: messageJson(db, updated, ctx.baseUrl()),
      ticket: showTicketJson(db, ticket),
      contact: contact ? contactJson(contact) : null,
    });
    res.status(200).json(messageJson(db, updated, ctx.baseUrl()));
  });

  return router;
}
