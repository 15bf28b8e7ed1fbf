import { Router } from 'express';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, routeId, text, type Body } from '../input.ts';
import type { QueueRow } from '../rows.ts';
import { queueJson } from '../serialize.ts';
import { companyPlan } from '../services.ts';

const COLOR = /^#[0-9a-f]{3,6}$/i;

function queueOfCompany(db: Db, companyId: number, id: number): QueueRow {
  const queue = db.one<QueueRow>('SELECT * FROM queues WHERE id = ? AND companyId = ?', id, companyId);
  if (!queue) throw new AppError('ERR_QUEUE_NOT_FOUND', 404);
  return queue;
}

/**
 * Atendechat's CreateQueueService / UpdateQueueService Yup schema, color before name as it reports them.
 * Creating, both are required; updating, the colour is still required (its schema says so) and an absent
 * name is kept. Nothing is trimmed, and colours are compared exactly (Postgres `=`), as there.
 */
function validateQueue(db: Db, body: Body, companyId: number, creating: boolean, selfId = -1) {
  const color = text(body.color);
  const name = text(body.name);
  if (!color || !COLOR.test(color)) throw new AppError('ERR_QUEUE_INVALID_COLOR');
  if (creating || name !== undefined) {
    if (!name || name.length < 2) throw new AppError('ERR_QUEUE_INVALID_NAME');
    if (db.one('SELECT id FROM queues WHERE companyId = ? AND name = ? AND id <> ?', companyId, name, selfId)) {
      throw new AppError('ERR_QUEUE_NAME_ALREADY_EXISTS');
    }
  }
  if (db.one('SELECT id FROM queues WHERE companyId = ? AND color = ? AND id <> ?', companyId, color, selfId)) {
    throw new AppError('ERR_QUEUE_COLOR_ALREADY_EXISTS');
  }
  return { color, name };
}

function orderOf(value: unknown): number | null | undefined {
  if (value === null || value === '') return null;
  const n = Number(value);
  return value === undefined || !Number.isFinite(n) ? undefined : Math.trunc(n);
}

export function queueRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  router.get('/queue', auth, (req, res) => {
    const me = authUser(req);
    // ListQueuesService: `order: [["orderQueue", "ASC"]]`; Postgres puts NULLs last in ascending order.
    const rows = db.all<QueueRow>(
      'SELECT * FROM queues WHERE companyId = ? ORDER BY orderQueue IS NULL, orderQueue, id',
      me.companyId,
    );
    res.json(rows.map(queueJson));
  });

  router.get('/queue/:queueId', auth, (req, res) => {
    const me = authUser(req);
    res.json(queueJson(queueOfCompany(db, me.companyId, routeId(req, 'queueId'))));
  });

  router.post('/queue', auth, (req, res) => {
    const me = authUser(req);
    const plan = companyPlan(db, me.companyId);
    const count = db.one<{ n: number }>('SELECT COUNT(*) AS n FROM queues WHERE companyId = ?', me.companyId)?.n ?? 0;
    if (count >= plan.queues) throw new AppError(`Número máximo de filas já alcançado: ${count}`);
    const body = bodyOf(req);
    const v = validateQueue(db, body, me.companyId, true);
    const now = nowIso();
    const id = db.insert(
      `INSERT INTO queues (name, color, greetingMessage, outOfHoursMessage, schedules, orderQueue, companyId, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      v.name ?? '',
      v.color,
      text(body.greetingMessage) ?? '',
      text(body.outOfHoursMessage) ?? '',
      JSON.stringify(Array.isArray(body.schedules) ? body.schedules : []),
      orderOf(body.orderQueue) ?? null,
      me.companyId,
      now,
      now,
    );
    const json = queueJson(queueOfCompany(db, me.companyId, id));
    // As Atendechat, creation is announced as an "update" (clients upsert).
    ctx.realtime.toCompany(me.companyId, 'queue', { action: 'update', queue: json });
    res.status(200).json(json);
  });

  router.put('/queue/:queueId', auth, (req, res) => {
    const me = authUser(req);
    const before = queueOfCompany(db, me.companyId, routeId(req, 'queueId'));
    const body = bodyOf(req);
    const v = validateQueue(db, body, me.companyId, false, before.id);
    const order = orderOf(body.orderQueue);
    db.run(
      `UPDATE queues SET name = ?, color = ?, greetingMessage = ?, outOfHoursMessage = ?, schedules = ?, orderQueue = ?,
         updatedAt = ? WHERE id = ?`,
      v.name ?? before.name,
      v.color,
      text(body.greetingMessage) ?? before.greetingMessage,
      text(body.outOfHoursMessage) ?? before.outOfHoursMessage,
      Array.isArray(body.schedules) ? JSON.stringify(body.schedules) : before.schedules,
      order === undefined ? before.orderQueue : order,
      nowIso(),
      before.id,
    );
    const json = queueJson(queueOfCompany(db, me.companyId, before.id));
    ctx.realtime.toCompany(me.companyId, 'queue', { action: 'update', queue: json });
    // QueueController.update answers 201 (create answers 200).
    res.status(201).json(json);
  });

  // Tickets of a deleted queue lose it (the database sets queueId to NULL).
  router.delete('/queue/:queueId', auth, (req, res) => {
    const me = authUser(req);
    const queue = queueOfCompany(db, me.companyId, routeId(req, 'queueId'));
    db.run('DELETE FROM queues WHERE id = ?', queue.id);
    ctx.realtime.toCompany(me.companyId, 'queue', { action: 'delete', queueId: queue.id });
    res.status(200).send();
  });

  return router;
}
