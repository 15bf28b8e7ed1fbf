import { Router } from 'express';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { fold, nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, likeTerm, pageNumberOf, queryText, routeId, text } from '../input.ts';
import type { ContactRow } from '../rows.ts';
import { contactJson, contactWithExtraJson } from '../serialize.ts';

const PAGE_SIZE = 20;

function contactOfCompany(db: Db, companyId: number, id: number): ContactRow {
  const contact = db.one<ContactRow>('SELECT * FROM contacts WHERE id = ? AND companyId = ?', id, companyId);
  if (!contact) throw new AppError('ERR_NO_CONTACT_FOUND', 404);
  return contact;
}

/** "+55 (11) 99999-8888" → "5511999998888", as the recorded backend stores numbers. */
export function digitsOf(value: unknown): string {
  return (text(value) ?? '').replace(/\D/g, '');
}

function extraInfoOf(value: unknown): { name: string; value: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { name, value: v } = item as { name?: unknown; value?: unknown };
    const n = text(name)?.trim();
    return n ? [{ name: n, value: text(v) ?? '' }] : [];
  });
}

export function contactRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  const saveExtraInfo = (contactId: number, fields: { name: string; value: string }[]) => {
    const now = nowIso();
    db.run('DELETE FROM contact_custom_fields WHERE contactId = ?', contactId);
    for (const f of fields) {
      db.run(
        'INSERT INTO contact_custom_fields (name, value, contactId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)',
        f.name,
        f.value,
        contactId,
        now,
        now,
      );
    }
  };

  router.get('/contacts', auth, (req, res) => {
    const me = authUser(req);
    const search = fold(queryText(req, 'searchParam')?.trim() ?? '');
    const where = "companyId = ? AND (? = '' OR fold(name) LIKE ? ESCAPE '\\' OR number LIKE ? ESCAPE '\\')";
    const params = [me.companyId, search, likeTerm(search), likeTerm(search)];
    const count = db.one<{ n: number }>(`SELECT COUNT(*) AS n FROM contacts WHERE ${where}`, ...params)?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<ContactRow>(
      `SELECT * FROM contacts WHERE ${where} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?`,
      ...params,
      PAGE_SIZE,
      offset,
    );
    res.json({ contacts: rows.map(contactJson), count, hasMore: count > offset + rows.length });
  });

  router.get('/contacts/:contactId', auth, (req, res) => {
    const me = authUser(req);
    res.json(contactWithExtraJson(db, contactOfCompany(db, me.companyId, routeId(req, 'contactId'))));
  });

  // Order as recorded: field validation (number first), then the connected-WhatsApp check, then duplicates.
  router.post('/contacts', auth, (req, res) => {
    const me = authUser(req);
    const body = bodyOf(req);
    const number = digitsOf(body.number);
    const name = text(body.name)?.trim() ?? '';
    if (!number) throw new AppError('number is a required field');
    if (!name) throw new AppError('name is a required field');
    const connected = db.one("SELECT id FROM whatsapps WHERE companyId = ? AND status = 'CONNECTED'", me.companyId);
    if (!connected) throw new AppError('Nenhum número de Whatsapp foi configurado para essa empresa');
    if (db.one('SELECT id FROM contacts WHERE companyId = ? AND number = ?', me.companyId, number)) {
      throw new AppError('ERR_DUPLICATED_CONTACT');
    }
    const now = nowIso();
    const id = db.tx(() => {
      const newId = db.insert(
        'INSERT INTO contacts (name, number, email, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
        name,
        number,
        text(body.email)?.trim() ?? '',
        me.companyId,
        now,
        now,
      );
      saveExtraInfo(newId, extraInfoOf(body.extraInfo));
      return newId;
    });
    const contact = contactOfCompany(db, me.companyId, id);
    const json = contactWithExtraJson(db, contact);
    ctx.realtime.toCompany(me.companyId, 'contact', { action: 'create', contact: json });
    res.status(200).json(json);
  });

  router.put('/contacts/:contactId', auth, (req, res) => {
    const me = authUser(req);
    const before = contactOfCompany(db, me.companyId, routeId(req, 'contactId'));
    const body = bodyOf(req);
    const number = 'number' in body ? digitsOf(body.number) : before.number;
    const name = 'name' in body ? (text(body.name)?.trim() ?? '') : before.name;
    if (!number) throw new AppError('number is a required field');
    if (!name) throw new AppError('name is a required field');
    if (
      db.one('SELECT id FROM contacts WHERE companyId = ? AND number = ? AND id <> ?', me.companyId, number, before.id)
    ) {
      throw new AppError('ERR_DUPLICATED_CONTACT');
    }
    db.tx(() => {
      db.run(
        'UPDATE contacts SET name = ?, number = ?, email = ?, updatedAt = ? WHERE id = ?',
        name,
        number,
        'email' in body ? (text(body.email)?.trim() ?? '') : before.email,
        nowIso(),
        before.id,
      );
      if ('extraInfo' in body) saveExtraInfo(before.id, extraInfoOf(body.extraInfo));
    });
    const json = contactWithExtraJson(db, contactOfCompany(db, me.companyId, before.id));
    ctx.realtime.toCompany(me.companyId, 'contact', { action: 'update', contact: json });
    res.status(200).json(json);
  });

  // The contact's tickets and messages go with it (the database cascades).
  router.delete('/contacts/:contactId', auth, (req, res) => {
    const me = authUser(req);
    const contact = contactOfCompany(db, me.companyId, routeId(req, 'contactId'));
    db.run('DELETE FROM contacts WHERE id = ?', contact.id);
    ctx.realtime.toCompany(me.companyId, 'contact', { action: 'delete', contactId: contact.id });
    res.status(200).json({ message: 'Contact deleted' });
  });

  return router;
}
