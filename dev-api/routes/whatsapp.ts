import { Router, type Request, type Response } from 'express';
import { authUser, isAuth, requireAdmin } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, flag, idList, routeId, text, type Body } from '../input.ts';
import type { WhatsappRow } from '../rows.ts';
import { whatsappJson } from '../serialize.ts';
import { companyPlan } from '../services.ts';

const MESSAGE_FIELDS = [
  'greetingMessage',
  'farewellMessage',
  'complationMessage',
  'outOfHoursMessage',
  'ratingMessage',
] as const;

function whatsappOfCompany(db: Db, companyId: number, id: number): WhatsappRow {
  const row = db.one<WhatsappRow>('SELECT * FROM whatsapps WHERE id = ? AND companyId = ?', id, companyId);
  if (!row) throw new AppError('ERR_NO_WAPP_FOUND', 404);
  return row;
}

function validateName(db: Db, body: Body, companyId: number, required: boolean, selfId = -1): string | undefined {
  const name = text(body.name)?.trim();
  if (name === undefined && !required) return undefined;
  if (!name) throw new AppError('name is a required field');
  if (name.length < 2) throw new AppError('name must be at least 2 characters');
  if (db.one('SELECT id FROM whatsapps WHERE companyId = ? AND name = ? AND id <> ?', companyId, name, selfId)) {
    throw new AppError('Esse nome já está sendo utilizado por outra conexão');
  }
  return name;
}

export function whatsappRoutes(ctx: AppContext): Router {
  const { db, pairing } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  const emitWhatsapp = (companyId: number, id: number) => {
    const row = db.one<WhatsappRow>('SELECT * FROM whatsapps WHERE id = ?', id);
    if (row) ctx.realtime.toCompany(companyId, 'whatsapp', { action: 'update', whatsapp: whatsappJson(db, row) });
  };

  const setQueues = (whatsappId: number, companyId: number, queueIds: number[]) => {
    const now = nowIso();
    db.run('DELETE FROM whatsapp_queues WHERE whatsappId = ?', whatsappId);
    for (const queueId of queueIds) {
      if (!db.one('SELECT id FROM queues WHERE id = ? AND companyId = ?', queueId, companyId)) {
        throw new AppError('ERR_QUEUE_NOT_FOUND', 404);
      }
      db.run(
        'INSERT INTO whatsapp_queues (whatsappId, queueId, createdAt, updatedAt) VALUES (?, ?, ?, ?)',
        whatsappId,
        queueId,
        now,
        now,
      );
    }
  };

  /** Only one default connection per company; returns the one that lost the flag. */
  const takeDefault = (companyId: number, exceptId: number): number | undefined => {
    const old = db.one<{ id: number }>(
      'SELECT id FROM whatsapps WHERE companyId = ? AND isDefault = 1 AND id <> ?',
      companyId,
      exceptId,
    );
    if (old) db.run('UPDATE whatsapps SET isDefault = 0, updatedAt = ? WHERE id = ?', nowIso(), old.id);
    return old?.id;
  };

  router.get('/whatsapp', auth, (req, res) => {
    const me = authUser(req);
    const rows = db.all<WhatsappRow>('SELECT * FROM whatsapps WHERE companyId = ? ORDER BY id', me.companyId);
    res.json(rows.map((w) => whatsappJson(db, w)));
  });

  router.get('/whatsapp/:whatsappId', auth, (req, res) => {
    const me = authUser(req);
    res.json(whatsappJson(db, whatsappOfCompany(db, me.companyId, routeId(req, 'whatsappId'))));
  });

  router.post('/whatsapp', auth, (req, res) => {
    const me = authUser(req);
    // The plan limit comes before validation, as recorded.
    const plan = companyPlan(db, me.companyId);
    const count =
      db.one<{ n: number }>('SELECT COUNT(*) AS n FROM whatsapps WHERE companyId = ?', me.companyId)?.n ?? 0;
    if (count >= plan.connections) throw new AppError(`Número máximo de conexões já alcançado: ${count}`);
    const body = bodyOf(req);
    const name = validateName(db, body, me.companyId, true) ?? '';
    // The first connection of a company is its default, whatever was asked.
    const isDefault = count === 0 || flag(body.isDefault) === true;
    const now = nowIso();
    let oldDefault: number | undefined;
    const id = db.tx(() => {
      const newId = db.insert(
        `INSERT INTO whatsapps (name, status, qrcode, isDefault, greetingMessage, farewellMessage, complationMessage,
           outOfHoursMessage, ratingMessage, token, companyId, createdAt, updatedAt)
         VALUES (?, 'OPENING', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        name,
        isDefault ? 1 : 0,
        ...MESSAGE_FIELDS.map((f) => text(body[f]) ?? ''),
        text(body.token) ?? '',
        me.companyId,
        now,
        now,
      );
      setQueues(newId, me.companyId, idList(body.queueIds));
      if (isDefault) oldDefault = takeDefault(me.companyId, newId);
      return newId;
    });
    const json = whatsappJson(db, whatsappOfCompany(db, me.companyId, id));
    // Atendechat announces a new connection as an "update", then starts its session right away.
    ctx.realtime.toCompany(me.companyId, 'whatsapp', { action: 'update', whatsapp: json });
    if (oldDefault !== undefined) emitWhatsapp(me.companyId, oldDefault);
    res.status(200).json(json);
    setImmediate(() => {
      if (db.raw.open && db.one('SELECT id FROM whatsapps WHERE id = ?', id)) pairing.start(id);
    });
  });

  router.put('/whatsapp/:whatsappId', auth, (req, res) => {
    const me = authUser(req);
    const before = whatsappOfCompany(db, me.companyId, routeId(req, 'whatsappId'));
    const body = bodyOf(req);
    const name = validateName(db, body, me.companyId, false, before.id) ?? before.name;
    const isDefault = flag(body.isDefault) ?? before.isDefault === 1;
    let oldDefault: number | undefined;
    db.tx(() => {
      db.run(
        `UPDATE whatsapps SET name = ?, isDefault = ?, greetingMessage = ?, farewellMessage = ?, complationMessage = ?,
           outOfHoursMessage = ?, ratingMessage = ?, token = ?, updatedAt = ? WHERE id = ?`,
        name,
        isDefault ? 1 : 0,
        ...MESSAGE_FIELDS.map((f) => text(body[f]) ?? before[f]),
        text(body.token) ?? before.token,
        nowIso(),
        before.id,
      );
      if ('queueIds' in body) setQueues(before.id, me.companyId, idList(body.queueIds));
      if (isDefault) oldDefault = takeDefault(me.companyId, before.id);
    });
    const json = whatsappJson(db, whatsappOfCompany(db, me.companyId, before.id));
    ctx.realtime.toCompany(me.companyId, 'whatsapp', { action: 'update', whatsapp: json });
    if (oldDefault !== undefined) emitWhatsapp(me.companyId, oldDefault);
    res.status(200).json(json);
  });

  router.delete('/whatsapp/:whatsappId', auth, (req, res) => {
    const me = requireAdmin(req);
    const row = whatsappOfCompany(db, me.companyId, routeId(req, 'whatsappId'));
    pairing.cancel(row.id);
    db.run('DELETE FROM whatsapps WHERE id = ?', row.id);
    ctx.realtime.toCompany(me.companyId, 'whatsapp', { action: 'delete', whatsappId: row.id });
    res.status(200).json({ message: 'Whatsapp deleted.' });
  });

  // Session control: start and restart both (re)pair; delete disconnects.
  const startSession = (req: Request, res: Response) => {
    const me = authUser(req);
    const row = whatsappOfCompany(db, me.companyId, routeId(req, 'whatsappId'));
    pairing.start(row.id);
    res.status(200).json({ message: 'Starting session.' });
  };
  router.post('/whatsappsession/:whatsappId', auth, startSession);
  router.put('/whatsappsession/:whatsappId', auth, startSession);

  router.delete('/whatsappsession/:whatsappId', auth, (req, res) => {
    const me = authUser(req);
    const row = whatsappOfCompany(db, me.companyId, routeId(req, 'whatsappId'));
    pairing.disconnect(row.id);
    res.status(200).json({ message: 'Session disconnected.' });
  });

  return router;
}
