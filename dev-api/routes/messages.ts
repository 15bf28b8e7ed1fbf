import { Router } from 'express';
import multer from 'multer';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, pageNumberOf, param, routeId, text } from '../input.ts';
import { mediaTypeOf } from '../media.ts';
import type { MessageRow, TicketRow } from '../rows.ts';
import { messageJson, messagesTicketJson } from '../serialize.ts';
import { emitTicket, placeOf, reloadTicket, storeMessage, ticketOfCompany } from '../services.ts';

const PAGE_SIZE = 20;

// Received in memory, then written to the media folder (media.ts). Atendechat's multer has no size limit; this
// one stops at 100 MB (the frontend refuses files over its brand's `maxUploadMb` before uploading).
const MAX_FILE_MB = 100;
export const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_FILE_MB * 1024 * 1024, files: 10 },
});

/**
 * The body the backend stores for a media message it sent (verifyMediaMessage on WhatsApp's echo): a voice note
 * or audio is "Áudio"; otherwise the caption, or "-" when there is none or it is just the file's name.
 */
function mediaBody(file: Express.Multer.File, caption: string): string {
  if (mediaTypeOf(file.mimetype) === 'audio') return 'Áudio';
  const trimmed = caption.trim();
  if (trimmed === '' || trimmed === file.originalname || trimmed === file.originalname.replace(/\.[^.]*$/, ''))
    return '-';
  return trimmed;
}

/** `body` pairs with `medias` by index when several files are sent, as MessageController.store reads it. */
function captionOf(body: unknown, index: number): string {
  const value = Array.isArray(body) ? (body as unknown[])[index] : body;
  return text(value) ?? '';
}

/** The frontend sends the replied-to message as an object (JSON) or its JSON text (multipart). */
function quotedIdOf(value: unknown): string | undefined {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      // Not JSON: the id itself.
    }
  }
  if (v && typeof v === 'object' && 'id' in v) return text((v as { id: unknown }).id);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function messageRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  // Pages count from the newest: page 1 is the latest 20, each page in chronological order.
  router.get('/messages/:ticketId', auth, (req, res) => {
    const me = authUser(req);
    let ticket = ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'));
    const count = db.one<{ n: number }>('SELECT COUNT(*) AS n FROM messages WHERE ticketId = ?', ticket.id)?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<MessageRow>(
      'SELECT * FROM messages WHERE ticketId = ? ORDER BY createdAt DESC, rowid DESC LIMIT ? OFFSET ?',
      ticket.id,
      PAGE_SIZE,
      offset,
    );
    // Opening a conversation reads it (Atendechat's SetTicketMessagesAsRead).
    if (ticket.unreadMessages !== 0) {
      const before = ticket;
      db.run('UPDATE messages SET read = 1 WHERE ticketId = ? AND read = 0', ticket.id);
      db.run('UPDATE tickets SET unreadMessages = 0 WHERE id = ?', ticket.id);
      ticket = reloadTicket(db, ticket.id);
      if ((before.unreadMessages ?? 0) > 0) {
        // As SetTicketMessagesAsRead: `updateUnread` to the whole company (and, beyond it, the ticket's update).
        ctx.realtime.toCompany(me.companyId, 'ticket', { action: 'updateUnread', ticketId: ticket.id });
        emitTicket(ctx, ticket);
      }
    }
    res.json({
      count,
      messages: rows.reverse().map((m) => messageJson(db, m, ctx.baseUrl())),
      ticket: messagesTicketJson(db, ticket),
      hasMore: count > offset + rows.length,
    });
  });

  // Sending: the message is stored as sent by us and arrives by socket; the answer is an empty 200.
  router.post('/messages/:ticketId', auth, upload.array('medias'), (req, res) => {
    const me = authUser(req);
    const ticket = ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'));
    const body = bodyOf(req);
    const files = Array.isArray(req.files) ? req.files : [];

    if (files.length === 0) {
      const textBody = text(body.body) ?? '';
      if (textBody.trim() === '') throw new AppError('ERR_SENDING_WAPP_MSG');
      // Only a text carries the quote (SendWhatsAppMessage); SendWhatsAppMedia ignores quotedMsg.
      const quoted = quotedIdOf(body.quotedMsg);
      const quotedMsgId =
        quoted && db.one('SELECT id FROM messages WHERE id = ? AND ticketId = ?', quoted, ticket.id) ? quoted : null;
      storeMessage(ctx, { ticket, body: textBody, fromMe: true, quotedMsgId });
    }
    files.forEach((file, index) => {
      // Only documents keep their name, as the backend stores what WhatsApp echoes back.
      const name = ctx.media.save(file.originalname, file.buffer, {
        keepName: mediaTypeOf(file.mimetype) === 'application',
      });
      storeMessage(ctx, {
        ticket: reloadTicket(db, ticket.id),
        body: mediaBody(file, captionOf(body.body, index)),
        fromMe: true,
        mediaType: mediaTypeOf(file.mimetype),
        mediaName: name,
      });
    });
    const updated = reloadTicket(db, ticket.id);
    emitTicket(ctx, updated, ticket);
    res.status(200).send();
  });

  router.delete('/messages/:messageId', auth, (req, res) => {
    const me = authUser(req);
    const message = db.one<MessageRow>(
      'SELECT * FROM messages WHERE id = ? AND companyId = ?',
      param(req, 'messageId'),
      me.companyId,
    );
    if (!message) throw new AppError('ERR_NO_MESSAGE_FOUND', 404);
    db.run('UPDATE messages SET isDeleted = 1, updatedAt = ? WHERE id = ?', nowIso(), message.id);
    const updated = db.one<MessageRow>('SELECT * FROM messages WHERE id = ?', message.id);
    const ticket = db.one<TicketRow>('SELECT * FROM tickets WHERE id = ?', message.ticketId);
    if (updated && ticket) ctx.realtime.messageUpdated(placeOf(ticket), messageJson(db, updated, ctx.baseUrl()));
    res.status(200).send();
  });

  return router;
}
