import { Router } from 'express';
import { authUser, isAuth, requireAdmin } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../db.ts';
import { AppError } from '../errors.ts';
import { bodyOf, param, text } from '../input.ts';
import type { SettingRow } from '../rows.ts';
import { companySettings, settingJson } from '../serialize.ts';

export function settingRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  router.get('/settings', auth, (req, res) => {
    res.json(companySettings(db, authUser(req).companyId));
  });

  // As Atendechat's UpdateSettingService: an unknown key is created for the company.
  router.put('/settings/:settingKey', auth, (req, res) => {
    const me = requireAdmin(req);
    const key = param(req, 'settingKey');
    const value = text(bodyOf(req).value);
    if (value === undefined) throw new AppError('ERR_SETTING_VALUE_REQUIRED');
    const now = nowIso();
    db.run(
      `INSERT INTO settings (key, value, companyId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (companyId, key) DO UPDATE SET value = excluded.value, updatedAt = excluded.updatedAt`,
      key,
      value,
      me.companyId,
      now,
      now,
    );
    const row = db.one<SettingRow>('SELECT * FROM settings WHERE companyId = ? AND key = ?', me.companyId, key);
    if (!row) throw new AppError('ERR_NO_SETTING_FOUND', 404);
    const json = settingJson(row);
    ctx.realtime.toCompany(me.companyId, 'settings', { action: 'update', setting: json });
    res.status(200).json(json);
  });

  return router;
}
