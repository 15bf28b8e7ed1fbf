import { Router } from 'express';
import { authUser, hashPassword, isAuth, requireAdmin } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { fold, nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, idList, likeTerm, pageNumberOf, queryText, routeId, text, type Body } from '../input.ts';
import type { TicketRow, UserRow } from '../rows.ts';
import { listUserJson, savedUserJson, showUserJson, userQueues } from '../serialize.ts';
import { companyPlan, emitTicket, reloadTicket } from '../services.ts';

const PAGE_SIZE = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function userOfCompany(db: Db, companyId: number, id: number): UserRow {
  const user = db.one<UserRow>('SELECT * FROM users WHERE id = ? AND companyId = ?', id, companyId);
  if (!user) throw new AppError('ERR_NO_USER_FOUND', 404);
  return user;
}

/**
 * Yup's messages, checked in the order the recorded backend reports them (Yup walks the fields
 * last-declared first): password, email, name; the uniqueness test is asynchronous, so it comes last.
 */
function validateUser(db: Db, body: Body, creating: boolean, selfId?: number) {
  const password = text(body.password);
  const email = text(body.email)?.trim();
  const name = text(body.name)?.trim();
  if (creating || password) {
    if (!password) throw new AppError('password is a required field');
    if (password.length < 5) throw new AppError('password must be at least 5 characters');
  }
  if (creating || email !== undefined) {
    if (!email) throw new AppError('email is a required field');
    if (!EMAIL.test(email)) throw new AppError('email must be a valid email');
  }
  if (creating || name !== undefined) {
    if (!name) throw new AppError('name is a required field');
    if (name.length < 2) throw new AppError('name must be at least 2 characters');
  }
  if (email && db.one('SELECT id FROM users WHERE email = ? AND id <> ?', email, selfId ?? -1)) {
    throw new AppError('An user with this email already exists.');
  }
  const profile = text(body.profile);
  if (profile !== undefined && profile !== 'admin' && profile !== 'user') throw new AppError('ERR_INVALID_PROFILE');
  return { password, email, name, profile };
}

export function userRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  const setQueues = (userId: number, companyId: number, queueIds: number[]) => {
    const now = nowIso();
    db.run('DELETE FROM user_queues WHERE userId = ?', userId);
    for (const queueId of queueIds) {
      if (!db.one('SELECT id FROM queues WHERE id = ? AND companyId = ?', queueId, companyId)) {
        throw new AppError('ERR_QUEUE_NOT_FOUND', 404);
      }
      db.run(
        'INSERT INTO user_queues (userId, queueId, createdAt, updatedAt) VALUES (?, ?, ?, ?)',
        userId,
        queueId,
        now,
        now,
      );
    }
  };

  router.get('/users', auth, (req, res) => {
    const me = authUser(req);
    const search = fold(queryText(req, 'searchParam')?.trim() ?? '');
    const where = "companyId = ? AND (? = '' OR fold(name) LIKE ? ESCAPE '\\' OR fold(email) LIKE ? ESCAPE '\\')";
    const params = [me.companyId, search, likeTerm(search), likeTerm(search)];
    const count = db.one<{ n: number }>(`SELECT COUNT(*) AS n FROM users WHERE ${where}`, ...params)?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<UserRow>(
      `SELECT * FROM users WHERE ${where} ORDER BY createdAt DESC, id DESC LIMIT ? OFFSET ?`,
      ...params,
      PAGE_SIZE,
      offset,
    );
    res.json({ users: rows.map((u) => listUserJson(db, u)), count, hasMore: count > offset + rows.length });
  });

  // Unpaged list for pickers (transfer dialogs), as Atendechat's /users/list (SimpleListService: name, id,
  // email and the user's queues, by id; not admin-only).
  router.get('/users/list', auth, (req, res) => {
    const me = authUser(req);
    const rows = db.all<UserRow>('SELECT * FROM users WHERE companyId = ? ORDER BY id', me.companyId);
    res.json(
      rows.map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        queues: userQueues(db, u.id),
      })),
    );
  });

  router.get('/users/:userId', auth, (req, res) => {
    const me = authUser(req);
    res.json(showUserJson(db, userOfCompany(db, me.companyId, routeId(req, 'userId'))));
  });

  router.post('/users', auth, async (req, res) => {
    const me = requireAdmin(req);
    const body = bodyOf(req);
    // The plan limit comes before any validation, as recorded.
    const plan = companyPlan(db, me.companyId);
    const count = db.one<{ n: number }>('SELECT COUNT(*) AS n FROM users WHERE companyId = ?', me.companyId)?.n ?? 0;
    if (count >= plan.users) throw new AppError(`Número máximo de usuários já alcançado: ${count}`);
    const v = validateUser(db, body, true);
    const passwordHash = await hashPassword(v.password ?? '');
    const now = nowIso();
    const id = db.tx(() => {
      const newId = db.insert(
        `INSERT INTO users (name, email, passwordHash, profile, companyId, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        v.name ?? '',
        v.email ?? '',
        passwordHash,
        v.profile ?? 'admin',
        me.companyId,
        now,
        now,
      );
      setQueues(newId, me.companyId, idList(body.queueIds));
      return newId;
    });
    const json = savedUserJson(db, userOfCompany(db, me.companyId, id));
    ctx.realtime.toCompany(me.companyId, 'user', { action: 'create', user: json });
    res.status(200).json(json);
  });

  router.put('/users/:userId', auth, async (req, res) => {
    const me = requireAdmin(req);
    const before = userOfCompany(db, me.companyId, routeId(req, 'userId'));
    const body = bodyOf(req);
    const v = validateUser(db, body, false, before.id);
    const passwordHash = v.password ? await hashPassword(v.password) : before.passwordHash;
    db.tx(() => {
      db.run(
        'UPDATE users SET name = ?, email = ?, profile = ?, passwordHash = ?, updatedAt = ? WHERE id = ?',
        v.name ?? before.name,
        v.email ?? before.email,
        v.profile ?? before.profile,
        passwordHash,
        nowIso(),
        before.id,
      );
      if ('queueIds' in body) setQueues(before.id, me.companyId, idList(body.queueIds));
    });
    const json = savedUserJson(db, userOfCompany(db, me.companyId, before.id));
    ctx.realtime.toCompany(me.companyId, 'user', { action: 'update', user: json });
    res.status(200).json(json);
  });

  // Like Atendechat, the user's open tickets go back to pending for someone else to take.
  router.delete('/users/:userId', auth, (req, res) => {
    const me = requireAdmin(req);
    const user = userOfCompany(db, me.companyId, routeId(req, 'userId'));
    const reopened = db.all<TicketRow>("SELECT * FROM tickets WHERE userId = ? AND status = 'open'", user.id);
    db.tx(() => {
      db.run(
        "UPDATE tickets SET status = 'pending', userId = NULL, updatedAt = ? WHERE userId = ? AND status = 'open'",
        nowIso(),
        user.id,
      );
      db.run('DELETE FROM users WHERE id = ?', user.id);
    });
    for (const before of reopened) emitTicket(ctx, reloadTicket(db, before.id), before);
    ctx.realtime.toCompany(me.companyId, 'user', { action: 'delete', userId: user.id });
    res.status(200).json({ message: 'User deleted' });
  });

  return router;
}
