/**
 * Quick answers, as Atendechat's quickMessageRoutes (QuickMessageController + services/QuickMessageService):
 * every signed-in user (no admin check), each user's own list (`userId` in the query, as its frontend sends),
 * `company-<id>-quickmessage` events to the company's main channel. Unlike the backend, a quick message of
 * another company is never shown, changed or deleted here (the backend looks ids up without the company).
 */
import { Router } from 'express';
import multer from 'multer';
import { authUser, isAuth } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { fold, nowIso, type Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, pageNumberOf, queryText, routeId, text, type Body } from '../input.ts';
import type { QuickMessageRow } from '../rows.ts';

const PAGE_SIZE = 20;
const MEDIA_FOLDER = 'quickMessage';
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 16 * 1024 * 1024, files: 10 } });

/** The model's toJSON: `mediaPath` is the file's public URL (its getter), or null. */
export function quickMessageJson(q: QuickMessageRow, baseUrl: string) {
  return {
    id: q.id,
    shortcode: q.shortcode,
    message: q.message,
    companyId: q.companyId,
    userId: q.userId,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
    mediaPath: q.mediaPath ? `${baseUrl}/public/${MEDIA_FOLDER}/${q.mediaPath}` : null,
    mediaName: q.mediaName,
  };
}

function quickMessageOfCompany(db: Db, companyId: number, id: number, notFound: string): QuickMessageRow {
  const row = db.one<QuickMessageRow>('SELECT * FROM quick_messages WHERE id = ? AND companyId = ?', id, companyId);
  if (!row) throw new AppError(notFound, 404);
  return row;
}

/** The controller's Yup check, `required()` with Yup's own sentences; Yup reports the last field first. */
function required(body: Body): { shortcode: string; message: string } {
  const shortcode = text(body.shortcode);
  const message = text(body.message);
  if (!message) throw new AppError('message is a required field');
  if (!shortcode) throw new AppError('shortcode is a required field');
  return { shortcode, message };
}

/** The userId of the query; Sequelize 5 turns a missing one into `userId = NULL`, which matches nothing. */
function queryUserId(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) ? n : undefined;
}

export function quickMessageRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();
  const json = (row: QuickMessageRow) => quickMessageJson(row, ctx.baseUrl());
  const emit = (companyId: number, payload: Record<string, unknown>) =>
    ctx.realtime.toCompany(companyId, 'quickmessage', payload);

  // FindService: the composer's list, every one of the user's quick answers, with the company.
  router.get('/quick-messages/list', auth, (req, res) => {
    const me = authUser(req);
    const userId = queryUserId(queryText(req, 'userId'));
    const companyId = queryText(req, 'companyId');
    // The backend trusts the query's companyId; here another company's id lists nothing.
    if (userId === undefined || (companyId !== undefined && Number(companyId) !== me.companyId)) {
      res.status(200).json([]);
      return;
    }
    const company = db.one<{ id: number; name: string }>('SELECT id, name FROM companies WHERE id = ?', me.companyId);
    const rows = db.all<QuickMessageRow>(
      'SELECT * FROM quick_messages WHERE companyId = ? AND userId = ? ORDER BY shortcode, id',
      me.companyId,
      userId,
    );
    res.status(200).json(rows.map((row) => ({ ...json(row), company })));
  });

  // ListService: shortcode contains the search (lower-cased, trimmed), 20 a page by shortcode.
  router.get('/quick-messages', auth, (req, res) => {
    const me = authUser(req);
    const userId = queryUserId(queryText(req, 'userId'));
    const search = fold((queryText(req, 'searchParam') ?? '').trim());
    const offset = PAGE_SIZE * (pageNumberOf(req) - 1);
    const mine =
      userId === undefined
        ? []
        : db
            .all<QuickMessageRow>(
              'SELECT * FROM quick_messages WHERE companyId = ? AND userId = ? ORDER BY shortcode, id',
              me.companyId,
              userId,
            )
            .filter((row) => fold(row.shortcode).includes(search));
    const records = mine.slice(offset, offset + PAGE_SIZE);
    res.json({ records: records.map(json), count: mine.length, hasMore: mine.length > offset + records.length });
  });

  router.get('/quick-messages/:id', auth, (req, res) => {
    const me = authUser(req);
    res.status(200).json(json(quickMessageOfCompany(db, me.companyId, routeId(req, 'id'), 'ERR_NO_TICKETNOTE_FOUND')));
  });

  router.post('/quick-messages', auth, (req, res) => {
    const me = authUser(req);
    const body = bodyOf(req);
    const { shortcode, message } = required(body);
    // CreateService's own schema.
    if (shortcode.length < 3 || message.length < 3) throw new AppError('ERR_QUICKMESSAGE_INVALID_NAME');
    const now = nowIso();
    const id = db.insert(
      `INSERT INTO quick_messages (shortcode, message, mediaPath, mediaName, companyId, userId, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      shortcode,
      message,
      // QuickMessage.create(data) takes the body's media fields too (Atendechat's frontend sends mediaPath).
      text(body.mediaPath) || null,
      text(body.mediaName) || null,
      me.companyId,
      me.id,
      now,
      now,
    );
    const record = json(quickMessageOfCompany(db, me.companyId, id, 'ERR_NO_QUICKMESSAGE_FOUND'));
    emit(me.companyId, { action: 'create', record });
    res.status(200).json(record);
  });

  // UpdateService: shortcode, message, and the editor becomes the owner; no length check.
  router.put('/quick-messages/:id', auth, (req, res) => {
    const me = authUser(req);
    const { shortcode, message } = required(bodyOf(req));
    const row = quickMessageOfCompany(db, me.companyId, routeId(req, 'id'), 'ERR_NO_TICKETNOTE_FOUND');
    db.run(
      'UPDATE quick_messages SET shortcode = ?, message = ?, userId = ?, updatedAt = ? WHERE id = ?',
      shortcode,
      message,
      me.id,
      nowIso(),
      row.id,
    );
    const record = json(quickMessageOfCompany(db, me.companyId, row.id, 'ERR_NO_TICKETNOTE_FOUND'));
    emit(me.companyId, { action: 'update', record });
    res.status(200).json(record);
  });

  router.delete('/quick-messages/:id', auth, (req, res) => {
    const me = authUser(req);
    const row = quickMessageOfCompany(db, me.companyId, routeId(req, 'id'), 'ERR_NO_QUICKMESSAGE_FOUND');
    db.run('DELETE FROM quick_messages WHERE id = ?', row.id);
    // The id as the route gave it: a string.
    emit(me.companyId, { action: 'delete', id: String(req.params.id) });
    res.status(200).json({ message: 'Contact deleted' });
  });

  // The file under public/quickMessage/, named as upload.ts names it (no event: the backend sends none).
  router.post('/quick-messages/:id/media-upload', auth, upload.array('file'), (req, res) => {
    const me = authUser(req);
    const row = quickMessageOfCompany(db, me.companyId, routeId(req, 'id'), 'ERR_NO_QUICKMESSAGE_FOUND');
    const file = (req.files as Express.Multer.File[] | undefined)?.[0];
    if (!file) throw new AppError("Cannot read properties of undefined (reading 'filename')");
    const filename = file.originalname.replace('/', '-').replace(/ /g, '_');
    db.run(
      `INSERT INTO media (name, mimetype, data, companyId, createdAt) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET mimetype = excluded.mimetype, data = excluded.data, companyId = excluded.companyId`,
      `${MEDIA_FOLDER}/${filename}`,
      file.mimetype,
      file.buffer,
      me.companyId,
      nowIso(),
    );
    db.run(
      'UPDATE quick_messages SET mediaPath = ?, mediaName = ?, updatedAt = ? WHERE id = ?',
      filename,
      file.originalname,
      nowIso(),
      row.id,
    );
    res.send({ mensagem: 'Arquivo Anexado' });
  });

  router.delete('/quick-messages/:id/media-upload', auth, (req, res) => {
    const me = authUser(req);
    const row = quickMessageOfCompany(db, me.companyId, routeId(req, 'id'), 'ERR_NO_QUICKMESSAGE_FOUND');
    if (row.mediaPath) db.run('DELETE FROM media WHERE name = ?', `${MEDIA_FOLDER}/${row.mediaPath}`);
    db.run(
      'UPDATE quick_messages SET mediaPath = NULL, mediaName = NULL, updatedAt = ? WHERE id = ?',
      nowIso(),
      row.id,
    );
    res.send({ mensagem: 'Arquivo Excluído' });
  });

  router.get(`/public/${MEDIA_FOLDER}/:name`, (req, res) => {
    const media = db.one<{ mimetype: string; data: Buffer }>(
      'SELECT mimetype, data FROM media WHERE name = ?',
      `${MEDIA_FOLDER}/${String(req.params.name)}`,
    );
    if (!media) throw new AppError('ERR_NO_MEDIA_FOUND', 404);
    res.type(media.mimetype).send(media.data);
  });

  return router;
}
