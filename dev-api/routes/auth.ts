import { Router } from 'express';
import {
  createAccessToken,
  createRefreshToken,
  isAuth,
  REFRESH_COOKIE,
  REFRESH_COOKIE_OPTIONS,
  userFromRefreshToken,
  verifyPassword,
} from '../auth.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { bodyOf, text } from '../input.ts';
import type { UserRow } from '../rows.ts';
import { loginUserJson, refreshUserJson } from '../serialize.ts';

function refreshCookie(req: { cookies?: unknown }): string | undefined {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function authRoutes(ctx: AppContext): Router {
  const { db, tokens } = ctx;
  const router = Router();

  router.post('/auth/login', async (req, res) => {
    const body = bodyOf(req);
    const email = text(body.email)?.trim() ?? '';
    const password = text(body.password) ?? '';
    const user = db.one<UserRow>('SELECT * FROM users WHERE email = ?', email);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new AppError('ERR_INVALID_CREDENTIALS', 401);
    }
    // An expired company still logs in, as in Atendechat: refusing it is the frontend's job.
    res.cookie(REFRESH_COOKIE, createRefreshToken(user, tokens), REFRESH_COOKIE_OPTIONS);
    res.status(200).json({ token: createAccessToken(user, tokens), user: loginUserJson(db, user) });
  });

  router.post('/auth/refresh_token', (req, res) => {
    const token = refreshCookie(req);
    if (!token) throw new AppError('ERR_SESSION_EXPIRED', 401);
    const user = userFromRefreshToken(db, token, tokens);
    if (!user) {
      res.clearCookie(REFRESH_COOKIE);
      throw new AppError('ERR_SESSION_EXPIRED', 401);
    }
    res.cookie(REFRESH_COOKIE, createRefreshToken(user, tokens), REFRESH_COOKIE_OPTIONS);
    res.status(200).json({ token: createAccessToken(user, tokens), user: refreshUserJson(db, user) });
  });

  // Atendechat reads the user from the refresh cookie here: without it the recorded answer is a 500.
  router.get('/auth/me', isAuth(db, tokens), (req, res) => {
    const token = refreshCookie(req);
    const user = token ? userFromRefreshToken(db, token, tokens) : null;
    if (!user) throw new AppError('ERR_INTERNAL_SERVER_ERROR', 500);
    res.status(200).json({ id: user.id, profile: user.profile, super: user.super === 1 });
  });

  // As recorded, logout only clears the cookie: an old refresh token stays valid until it expires.
  router.delete('/auth/logout', isAuth(db, tokens), (_req, res) => {
    res.clearCookie(REFRESH_COOKIE);
    res.status(200).send();
  });

  return router;
}
