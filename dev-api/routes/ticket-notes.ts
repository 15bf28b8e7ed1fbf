/**
 * Atendechat's ticketNoteRoutes (TicketNoteController, TicketNoteService; codatendechat db04b8c): the team's
 * internal notes on a ticket. A note is a row of its own, never a message: nothing reaches WhatsApp and the
 * backend emits no socket event for notes (the frontend reloads the list when it opens it). Only deleting is
 * for admins (the controller's own `profile !== "admin"` check). Knowing difference: the real services look
 * notes up by id alone, whatever the company; here every route keeps to the caller's company.
 */
import { Router } from 'express';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, optionalId, pageNumberOf, queryText, routeId, text } from '../input.ts';
import type { ContactRow, TicketNoteRow, TicketRow, UserRow } from '../rows.ts';

/** ListTicketNotesService's page. */
const PAGE_SIZE = 20;
/** CreateTicketNoteService's `min(3)`. */
const NOTE_MIN = 3;

/** The row as Sequelize answers it (POST, PUT, GET /ticket-notes/:id, the index). */
export function ticketNoteJson(n: TicketNoteRow) {
  return {
    id: n.id,
    note: n.note,
    userId: n.userId,
    contactId: n.contactId,
    ticketId: n.ticketId,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

/** FindNotesByContactIdAndTicketId's includes: the author (id, name, email), the contact, the ticket. */
function listedNoteJson(db: Db, n: TicketNoteRow) {
  const user = n.userId === null ? undefined : db.one<UserRow>('SELECT * FROM users WHERE id = ?', n.userId);
  const contact =
    n.contactId === null ? undefined : db.one<ContactRow>('SELECT * FROM contacts WHERE id = ?', n.contactId);
  const ticket = n.ticketId === null ? undefined : db.one<TicketRow>('SELECT * FROM tickets WHERE id = ?', n.ticketId);
  return {
    ...ticketNoteJson(n),
    user: user ? { id: user.id, name: user.name, email: user.email } : null,
    contact: contact ? { id: contact.id, name: contact.name } : null,
    ticket: ticket ? { id: ticket.id, status: ticket.status, createdAt: ticket.createdAt } : null,
  };
}

function noteOfCompany(db: Db, companyId: number, id: number): TicketNoteRow {
  const note = db.one<TicketNoteRow>('SELECT * FROM ticket_notes WHERE id = ? AND companyId = ?', id, companyId);
  if (!note) throw new AppError('ERR_NO_TICKETNOTE_FOUND', 404);
  return note;
}

/** A contact or ticket id of the company, or null (the model's foreign keys allow none). */
function idOfCompany(db: Db, table: 'contacts' | 'tickets', value: unknown, companyId: number): number | null {
  const id = optionalId(value);
  if (typeof id !== 'number' || id === 0) return null;
  if (!db.one(`SELECT id FROM ${table} WHERE id = ? AND companyId = ?`, id, companyId)) {
    throw new AppError(table === 'contacts' ? 'ERR_NO_CONTACT_FOUND' : 'ERR_NO_TICKET_FOUND', 404);
  }
  return id;
}

export function ticketNoteRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  // FindNotesByContactIdAndTicketId: what the conversation's contact panel lists, newest first.
  router.get('/ticket-notes/list', auth, (req, res) => {
    const me = authUser(req);
    const contactId = optionalId(queryText(req, 'contactId'));
    const ticketId = optionalId(queryText(req, 'ticketId'));
    const rows = db.all<TicketNoteRow>(
      'SELECT * FROM ticket_notes WHERE companyId = ? AND contactId IS ? AND ticketId IS ? ORDER BY createdAt DESC, id DESC',
      me.companyId,
      typeof contactId === 'number' ? contactId : null,
      typeof ticketId === 'number' ? ticketId : null,
    );
    res.status(200).json(rows.map((n) => listedNoteJson(db, n)));
  });

  // ListTicketNotesService: the note contains `searchParam` (lower-cased), 20 a page, newest first.
  router.get('/ticket-notes', auth, (req, res) => {
    const me = authUser(req);
    const search = (queryText(req, 'searchParam') ?? '').toLowerCase().trim();
    const where = 'companyId = ? AND instr(lower(note), ?) > 0';
    const count =
      db.one<{ n: number }>(`SELECT COUNT(*) AS n FROM ticket_notes WHERE ${where}`, me.companyId, search)?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<TicketNoteRow>(
      `SELECT * FROM ticket_notes WHERE ${where} ORDER BY createdAt DESC, id DESC LIMIT ? OFFSET ?`,
      me.companyId,
      search,
      PAGE_SIZE,
      offset,
    );
    res.json({ ticketNotes: rows.map(ticketNoteJson), count, hasMore: count > offset + rows.length });
  });

  router.get('/ticket-notes/:id', auth, (req, res) => {
    const me = authUser(req);
    res.status(200).json(ticketNoteJson(noteOfCompany(db, me.companyId, routeId(req, 'id'))));
  });

  // The controller's Yup `note: required()`, then the service's `min(3)`; the author is the caller.
  router.post('/ticket-notes', auth, (req, res) => {
    const me = authUser(req);
    const body = bodyOf(req);
    const note = text(body.note);
    if (note === undefined || note === '') throw new AppError('note is a required field');
    if (note.length < NOTE_MIN) throw new AppError('ERR_TICKETNOTE_INVALID_NAME');
    const contactId = idOfCompany(db, 'contacts', body.contactId, me.companyId);
    const ticketId = idOfCompany(db, 'tickets', body.ticketId, me.companyId);
    const now = nowIso();
    const id = db.insert(
      'INSERT INTO ticket_notes (note, userId, contactId, ticketId, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
      note,
      me.id,
      contactId,
      ticketId,
      me.companyId,
      now,
      now,
    );
    res.status(200).json(ticketNoteJson(noteOfCompany(db, me.companyId, id)));
  });

  // UpdateTicketNoteService takes the note's id from the body (the path's id is not read), as there.
  router.put('/ticket-notes/:id', auth, (req, res) => {
    const me = authUser(req);
    const body = bodyOf(req);
    const before = noteOfCompany(db, me.companyId, optionalId(body.id) ?? -1);
    const note = text(body.note);
    db.run('UPDATE ticket_notes SET note = ?, updatedAt = ? WHERE id = ?', note ?? before.note, nowIso(), before.id);
    res.status(200).json(ticketNoteJson(noteOfCompany(db, me.companyId, before.id)));
  });

  router.delete('/ticket-notes/:id', auth, (req, res) => {
    const me = authUser(req);
    if (me.profile !== 'admin') throw new AppError('ERR_NO_PERMISSION', 403);
    const note = noteOfCompany(db, me.companyId, routeId(req, 'id'));
    db.run('DELETE FROM ticket_notes WHERE id = ?', note.id);
    res.status(200).json({ message: 'Observação removida' });
  });

  return router;
}
