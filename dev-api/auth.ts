import { randomBytes, scrypt as scryptCallback, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { CookieOptions, NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import type { TokenClock } from './clock.ts';
import type { Db } from './db.ts';
import { AppError, INVALID_TOKEN } from './errors.ts';
import type { UserRow } from './rows.ts';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const KEY_LENGTH = 32;

export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${scryptSync(password, salt, KEY_LENGTH).toString('hex')}`;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await scrypt(password, salt, KEY_LENGTH)).toString('hex')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scrypt(password, Buffer.from(saltHex, 'hex'), expected.length);
  return timingSafeEqual(actual, expected);
}

export interface TokenSettings {
  jwtSecret: string;
  jwtRefreshSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Issues and checks every token's lifetime (tests move it to expire tokens). */
  clock: TokenClock;
}

/** Same payloads as Atendechat, so a frontend decoding them sees the same fields. */
export function createAccessToken(user: UserRow, s: TokenSettings): string {
  return jwt.sign(
    { username: user.name, profile: user.profile, id: user.id, companyId: user.companyId, iat: s.clock.nowSeconds() },
    s.jwtSecret,
    { expiresIn: s.accessTokenTtlSeconds },
  );
}

export function createRefreshToken(user: UserRow, s: TokenSettings): string {
  return jwt.sign(
    { id: user.id, tokenVersion: user.tokenVersion, companyId: user.companyId, iat: s.clock.nowSeconds() },
    s.jwtRefreshSecret,
    { expiresIn: s.refreshTokenTtlSeconds },
  );
}

/** Verifies signature and lifetime; "now" is the settings' clock. */
function verify(token: string, secret: string, clock: TokenClock): jwt.JwtPayload | string {
  return jwt.verify(token, secret, { algorithms: ['HS256'], clockTimestamp: clock.nowSeconds() });
}

function idFromToken(token: string, s: TokenSettings): number | null {
  try {
    const decoded = verify(token, s.jwtSecret, s.clock);
    if (typeof decoded === 'object' && typeof decoded.id === 'number') return decoded.id;
  } catch {
    // Malformed, expired or wrongly signed: all the same to the caller.
  }
  return null;
}

/** The user a valid access token belongs to, or null. */
export function userFromAccessToken(db: Db, token: string, s: TokenSettings): UserRow | null {
  const id = idFromToken(token, s);
  return id === null ? null : (db.one<UserRow>('SELECT * FROM users WHERE id = ?', id) ?? null);
}

/** The user a valid refresh token belongs to, or null (also when its tokenVersion is stale). */
export function userFromRefreshToken(db: Db, token: string, s: TokenSettings): UserRow | null {
  let decoded: jwt.JwtPayload | string;
  try {
    decoded = verify(token, s.jwtRefreshSecret, s.clock);
  } catch {
    return null;
  }
  if (typeof decoded !== 'object' || typeof decoded.id !== 'number') return null;
  const user = db.one<UserRow>('SELECT * FROM users WHERE id = ?', decoded.id);
  if (!user || user.tokenVersion !== decoded.tokenVersion) return null;
  return user;
}

export const REFRESH_COOKIE = 'jrt';
// Atendechat sets only HttpOnly (Path=/ is Express's default): no SameSite, no Secure.
export const REFRESH_COOKIE_OPTIONS: CookieOptions = { httpOnly: true };

export interface AuthUser {
  id: number;
  companyId: number;
  profile: string;
  super: boolean;
}

const authenticated = new WeakMap<Request, AuthUser>();

/** The user isAuth attached to the request; routes behind isAuth only. */
export function authUser(req: Request): AuthUser {
  const user = authenticated.get(req);
  if (!user) throw new AppError('ERR_SESSION_EXPIRED', 401);
  return user;
}

/** Atendechat's isAuth: no header → 401, any bad token → 403 (the frontend's cue to refresh). */
export function isAuth(db: Db, tokens: TokenSettings) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const header = req.headers.authorization;
    if (!header) throw new AppError('ERR_SESSION_EXPIRED', 401);
    const [, token] = header.split(' ');
    // A deleted user's token is as good as a forged one.
    const user = token ? userFromAccessToken(db, token, tokens) : null;
    if (!user) throw new AppError(INVALID_TOKEN, 403);
    authenticated.set(req, {
      id: user.id,
      companyId: user.companyId,
      profile: user.profile,
      super: user.super === 1,
    });
    next();
  };
}

export function requireAdmin(req: Request): AuthUser {
  const user = authUser(req);
  if (user.profile !== 'admin') throw new AppError('ERR_NO_PERMISSION', 403);
  return user;
}
