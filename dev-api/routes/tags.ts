/**
 * Atendechat's tagRoutes and ticketTagRoutes (TagController, TagServices, TicketTagController). Only
 * `PUT /tags/:tagId` is for admins (the controller's own `profile !== "admin"` check); listing, creating,
 * deleting and syncing a ticket's tags are open to every user, as there.
 */
import { Router } from 'express';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, optionalId, param, pageNumberOf, queryText, routeId, text, type Body } from '../input.ts';
import type { TagRow, TicketTagRow } from '../rows.ts';
import { syncedTicketJson, tagJson, tagListItemJson, ticketTagRows } from '../serialize.ts';
import { ticketOfCompany } from '../services.ts';

/** ListService's page: so large that the list is one page in practice. */
const PAGE_SIZE = 5000;
/** CreateService's default colour. */
const DEFAULT_COLOR = '#A4CCCC';
/** Yup's `string().min(3)` on the name. */
const NAME_MIN = 3;

/** A tag of the company, or 404 (ShowService's code; another company's tag is indistinguishable from none). */
function tagOfCompany(db: Db, companyId: number, id: number): TagRow {
  const tag = db.one<TagRow>('SELECT * FROM tags WHERE id = ? AND companyId = ?', id, companyId);
  if (!tag) throw new AppError('ERR_NO_TAG_FOUND', 404);
  return tag;
}

/** Yup's messages for `name`: `required()` on creation, `min(3)` whenever it is given. */
function validName(value: unknown, required: boolean): string | undefined {
  const name = text(value);
  if (name === undefined || name === '') {
    if (required) throw new AppError('name is a required field');
    if (name === undefined) return undefined;
  }
  if (name.length < NAME_MIN) throw new AppError(`name must be at least ${NAME_MIN} characters`);
  return name;
}

/** The column as given: undefined when absent, null kept, numbers as integers. */
function kanbanOf(value: unknown): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

/** SimpleListService's and ListService's `searchParam`: name or colour contains it (Postgres LIKE: case-sensitive). */
function searchWhere(req: Parameters<typeof queryText>[0]): { sql: string; params: string[] } {
  const search = queryText(req, 'searchParam') ?? '';
  if (search === '') return { sql: '', params: [] };
  return { sql: " AND (instr(g.name, ?) > 0 OR instr(coalesce(g.color, ''), ?) > 0)", params: [search, search] };
}

export function tagRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  const emit = (companyId: number, payload: Record<string, unknown>) =>
    ctx.realtime.toCompanyRoom(companyId, 'tag', payload);

  // SimpleListService: every column, by name; what the ticket's tag picker and the list filter load.
  router.get('/tags/list', auth, (req, res) => {
    const me = authUser(req);
    const where = searchWhere(req);
    const rows = db.all<TagRow>(
      `SELECT g.* FROM tags g WHERE g.companyId = ?${where.sql} ORDER BY g.name, g.id`,
      me.companyId,
      ...where.params,
    );
    res.json(rows.map(tagJson));
  });

  // ListService: id, name, color and how many tickets carry the tag, by name.
  router.get('/tags', auth, (req, res) => {
    const me = authUser(req);
    const where = searchWhere(req);
    const count =
      db.one<{ n: number }>(
        `SELECT COUNT(*) AS n FROM tags g WHERE g.companyId = ?${where.sql}`,
        me.companyId,
        ...where.params,
      )?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<TagRow & { ticketsCount: number }>(
      `SELECT g.*, (SELECT COUNT(*) FROM ticket_tags tt WHERE tt.tagId = g.id) AS ticketsCount
       FROM tags g WHERE g.companyId = ?${where.sql} ORDER BY g.name, g.id LIMIT ? OFFSET ?`,
      me.companyId,
      ...where.params,
      PAGE_SIZE,
      offset,
    );
    res.json({ tags: rows.map(tagListItemJson), count, hasMore: count > offset + rows.length });
  });

  // KanbanListService: the kanban board's columns.
  router.get('/tags/kanban', auth, (req, res) => {
    const me = authUser(req);
    const rows = db.all<TagRow>('SELECT * FROM tags WHERE kanban = 1 AND companyId = ? ORDER BY id', me.companyId);
    res.json({ lista: rows.map(tagJson) });
  });

  // CreateService: findOrCreate on (name, color, companyId, kanban), so the same tag twice is the same row.
  router.post('/tags', auth, (req, res) => {
    const me = authUser(req);
    const body: Body = bodyOf(req);
    const name = validName(body.name, true) ?? '';
    const color = body.color === undefined ? DEFAULT_COLOR : body.color === null ? null : (text(body.color) ?? null);
    const kanban = kanbanOf(body.kanban) ?? 0;
    const existing = db.one<TagRow>(
      'SELECT * FROM tags WHERE companyId = ? AND name = ? AND color IS ? AND kanban IS ?',
      me.companyId,
      name,
      color,
      kanban,
    );
    const now = nowIso();
    const id =
      existing?.id ??
      db.insert(
        'INSERT INTO tags (name, color, kanban, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
        name,
        color,
        kanban,
        me.companyId,
        now,
        now,
      );
    const tag = tagJson(tagOfCompany(db, me.companyId, id));
    emit(me.companyId, { action: 'create', tag });
    res.status(200).json(tag);
  });

  router.get('/tags/:tagId', auth, (req, res) => {
    const me = authUser(req);
    res.status(200).json(tagJson(tagOfCompany(db, me.companyId, routeId(req, 'tagId'))));
  });

  // The one admin-only tag route: the controller refuses other profiles before anything else.
  router.put('/tags/:tagId', auth, (req, res) => {
    const me = authUser(req);
    if (me.profile !== 'admin') throw new AppError('ERR_NO_PERMISSION', 403);
    const before = tagOfCompany(db, me.companyId, routeId(req, 'tagId'));
    const body = bodyOf(req);
    const name = validName(body.name, false);
    const color = body.color === undefined ? undefined : body.color === null ? null : (text(body.color) ?? null);
    const kanban = kanbanOf(body.kanban);
    db.run(
      'UPDATE tags SET name = ?, color = ?, kanban = ?, updatedAt = ? WHERE id = ?',
      name ?? before.name,
      color === undefined ? before.color : color,
      kanban === undefined ? before.kanban : kanban,
      nowIso(),
      before.id,
    );
    const tag = tagJson(tagOfCompany(db, me.companyId, before.id));
    emit(me.companyId, { action: 'update', tag });
    res.status(200).json(tag);
  });

  // The tickets lose the tag with it (TicketTags cascade).
  router.delete('/tags/:tagId', auth, (req, res) => {
    const me = authUser(req);
    const tag = tagOfCompany(db, me.companyId, routeId(req, 'tagId'));
    db.run('DELETE FROM tags WHERE id = ?', tag.id);
    // As the controller: the id as it came in the path, a string.
    emit(me.companyId, { action: 'delete', tagId: param(req, 'tagId') });
    res.status(200).json({ message: 'Tag deleted' });
  });

  /**
   * SyncTagsService: the ticket's tags become exactly `tags` (`[{id}, …]`). It answers the ticket as it was
   * read before the change (its reload is not awaited) and emits nothing.
   */
  router.post('/tags/sync', auth, (req, res) => {
    const me = authUser(req);
    const body = bodyOf(req);
    const ticket = ticketOfCompany(db, me.companyId, optionalId(body.ticketId) ?? -1);
    // `tags.map` on anything else throws in the service: a 500.
    if (!Array.isArray(body.tags)) throw new AppError('ERR_INTERNAL_SERVER_ERROR', 500);
    const ids = body.tags.map((item: unknown) =>
      item !== null && typeof item === 'object' ? optionalId((item as Body).id) : undefined,
    );
    // A tag without an id breaks the insert (tagId NOT NULL): a 500 too.
    if (ids.some((id) => typeof id !== 'number')) throw new AppError('ERR_INTERNAL_SERVER_ERROR', 500);
    const tagIds = [...new Set(ids as number[])];
    for (const id of tagIds) tagOfCompany(db, me.companyId, id);
    const before = ticketTagRows(db, ticket.id);
    const now = nowIso();
    db.tx(() => {
      db.run('DELETE FROM ticket_tags WHERE ticketId = ?', ticket.id);
      for (const tagId of tagIds) {
        db.run(
          'INSERT INTO ticket_tags (ticketId, tagId, createdAt, updatedAt) VALUES (?, ?, ?, ?)',
          ticket.id,
          tagId,
          now,
          now,
        );
      }
    });
    res.json(syncedTicketJson(ticket, before));
  });

  // TicketTagController.store: one tag onto a ticket; twice is a unique violation, answered as its catch does.
  router.put('/ticket-tags/:ticketId/:tagId', auth, (req, res) => {
    const me = authUser(req);
    const ticket = ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'));
    const tag = tagOfCompany(db, me.companyId, routeId(req, 'tagId'));
    if (db.one('SELECT 1 FROM ticket_tags WHERE ticketId = ? AND tagId = ?', ticket.id, tag.id)) {
      res.status(500).json({ error: 'Failed to store ticket tag.' });
      return;
    }
    const now = nowIso();
    db.run(
      'INSERT INTO ticket_tags (ticketId, tagId, createdAt, updatedAt) VALUES (?, ?, ?, ?)',
      ticket.id,
      tag.id,
      now,
      now,
    );
    const link = db.one<TicketTagRow>('SELECT * FROM ticket_tags WHERE ticketId = ? AND tagId = ?', ticket.id, tag.id);
    res.status(201).json({
      ticketId: ticket.id,
      tagId: tag.id,
      updatedAt: link?.updatedAt ?? now,
      createdAt: link?.createdAt ?? now,
    });
  });

  // TicketTagController.remove: takes only the ticket's kanban tags off (it moves a card off the board).
  router.delete('/ticket-tags/:ticketId', auth, (req, res) => {
    const me = authUser(req);
    const ticket = ticketOfCompany(db, me.companyId, routeId(req, 'ticketId'));
    db.run('DELETE FROM ticket_tags WHERE ticketId = ? AND tagId IN (SELECT id FROM tags WHERE kanban = 1)', ticket.id);
    res.status(200).json({ message: 'Ticket tags removed successfully.' });
  });

  return router;
}
