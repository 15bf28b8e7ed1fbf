// @vitest-environment node
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, expectSameShape, INVALID_TOKEN, jrtCookie, login, recorded, SEED, start } from './helpers.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await start();
});
afterAll(() => api.close());

describe('POST /auth/login', () => {
  it('answers the token, the user with company and settings, and an HttpOnly jrt cookie without SameSite', async () => {
    const res = await call(api, 'POST', '/auth/login', { body: { email: 'admin@admin.com', password: '123456' } });
    expect(res.status).toBe(200);
    expect(res.cookies).toHaveLength(1);
    expect(res.cookies[0]).toMatch(/^jrt=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; HttpOnly$/);
    expect(jwt.decode(res.json.token)).toMatchObject({ id: 1, companyId: 1, profile: 'admin', username: 'Admin' });
    expect(res.json.user).toMatchObject({
      id: 1,
      email: 'admin@admin.com',
      profile: 'admin',
      companyId: 1,
      super: true,
    });
    expect(res.json.user.company.settings).toHaveLength(14);
    expectSameShape(res.json, '02_auth_login');
  });

  it('refuses a wrong password or an unknown email with 401 ERR_INVALID_CREDENTIALS and no cookie', async () => {
    for (const body of [
      { email: 'admin@admin.com', password: 'wrong' },
      { email: 'nobody@example.com', password: '123456' },
      {},
    ]) {
      const res = await call(api, 'POST', '/auth/login', { body });
      expect(res.status).toBe(401);
      expect(res.json).toEqual(recorded('01_auth_login_bad_password'));
      expect(res.cookies).toEqual([]);
    }
  });

  it("lets an expired company's admin log in: dueDate in the past is the frontend's to refuse", async () => {
    const res = await call(api, 'POST', '/auth/login', {
      body: { email: SEED.expiredAdmin.email, password: '123456' },
    });
    expect(res.status).toBe(200);
    expect(res.json.user.company.name).toBe('Empresa Vencida');
    expect(Date.parse(res.json.user.company.dueDate)).toBeLessThan(Date.now());
    expectSameShape(res.json, '02_auth_login');
  });
});

describe('POST /auth/refresh_token', () => {
  it('renews the token with the jrt cookie and sets a new cookie', async () => {
    const { cookie } = await login(api, 'admin@admin.com');
    const res = await call(api, 'POST', '/auth/refresh_token', { cookie });
    expect(res.status).toBe(200);
    expect(jrtCookie(res)).toMatch(/^jrt=/);
    expect(res.json.user).toMatchObject({ id: 1, tokenVersion: 0, company: { id: 1, name: 'Empresa 1' } });
    expectSameShape(res.json, '03_auth_refresh_token');
    const users = await call(api, 'GET', '/users', { token: res.json.token });
    expect(users.status).toBe(200);
  });

  it('answers 401 ERR_SESSION_EXPIRED without a cookie, and does not touch cookies', async () => {
    const res = await call(api, 'POST', '/auth/refresh_token');
    expect(res.status).toBe(401);
    expect(res.json).toEqual(recorded('03b_auth_refresh_token_no_cookie'));
    expect(res.cookies).toEqual([]);
  });

  it('answers 401 and clears the cookie when it is not a valid refresh token', async () => {
    const { token } = await login(api, 'admin@admin.com');
    // Garbage, and an access token passed off as a refresh token (other secret).
    for (const cookie of ['jrt=not.a.valid.jwt', `jrt=${token}`]) {
      const res = await call(api, 'POST', '/auth/refresh_token', { cookie });
      expect(res.status).toBe(401);
      expect(res.json).toEqual(recorded('13e_refresh_bad_cookie'));
      expect(res.cookies).toEqual(['jrt=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
    }
  });
});

describe('GET /auth/me', () => {
  it('answers id, profile and super with the bearer token and the cookie', async () => {
    const admin = await login(api, 'admin@admin.com');
    const me = await call(api, 'GET', '/auth/me', { token: admin.token, cookie: admin.cookie });
    expect(me.status).toBe(200);
    expect(me.json).toEqual(recorded('04_auth_me'));
    const agent = await login(api, 'agente@admin.com');
    const agentMe = await call(api, 'GET', '/auth/me', { token: agent.token, cookie: agent.cookie });
    expect(agentMe.json).toEqual({ id: 2, profile: 'user', super: false });
  });

  it('answers 401 with the cookie alone and 500 with the bearer alone, as recorded', async () => {
    const admin = await login(api, 'admin@admin.com');
    const cookieOnly = await call(api, 'GET', '/auth/me', { cookie: admin.cookie });
    expect(cookieOnly.status).toBe(401);
    expect(cookieOnly.json).toEqual(recorded('04c_auth_me_cookie_only_no_bearer'));
    const bearerOnly = await call(api, 'GET', '/auth/me', { token: admin.token });
    expect(bearerOnly.status).toBe(500);
    expect(bearerOnly.json).toEqual(recorded('04b_auth_me_no_cookie'));
  });
});

describe('DELETE /auth/logout', () => {
  it("clears the cookie; a browser's next refresh then fails; old tokens behave as recorded", async () => {
    const session = await login(api, 'admin@admin.com');
    const res = await call(api, 'DELETE', '/auth/logout', { token: session.token, cookie: session.cookie });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.cookies).toEqual(['jrt=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);

    // The browser dropped the cookie: refresh has nothing to go on (19b).
    const refresh = await call(api, 'POST', '/auth/refresh_token');
    expect(refresh.status).toBe(401);
    expect(refresh.json).toEqual(recorded('19b_refresh_after_logout_cookie_jar'));

    // Atendechat does not revoke tokens at logout (19c, 19d).
    const oldJrt = await call(api, 'POST', '/auth/refresh_token', { cookie: session.cookie });
    expect(oldJrt.status).toBe(200);
    const me = await call(api, 'GET', '/auth/me', { token: session.token, cookie: session.cookie });
    expect(me.status).toBe(200);
  });

  it('answers 401 without a token', async () => {
    const res = await call(api, 'DELETE', '/auth/logout');
    expect(res.status).toBe(401);
    expect(res.json).toEqual(recorded('19e_logout_without_token'));
  });
});

describe('access token checks', () => {
  it('answers 401 ERR_SESSION_EXPIRED without an Authorization header', async () => {
    const res = await call(api, 'GET', '/users');
    expect(res.status).toBe(401);
    expect(res.json).toEqual(recorded('13d_no_token'));
  });

  it("answers 403 'Invalid token…' for malformed, wrongly signed or unsigned tokens", async () => {
    const forged = jwt.sign({ id: 1, companyId: 1, profile: 'admin', username: 'Admin' }, 'not-the-secret', {
      expiresIn: 900,
    });
    const unsigned = jwt.sign({ id: 1, companyId: 1, profile: 'admin' }, '', { algorithm: 'none' });
    for (const token of ['garbage.token.value', forged, unsigned]) {
      const res = await call(api, 'GET', '/users', { token });
      expect(res.status, token).toBe(403);
      expect(res.json).toEqual({ error: INVALID_TOKEN });
    }
    expect((await call(api, 'GET', '/users', { token: forged })).json).toEqual(recorded('13c_wrong_secret_token'));
    expect((await call(api, 'GET', '/users', { headers: { Authorization: 'Bearer' } })).status).toBe(403);
  });

  it('answers 403 once the access token has expired, and the refresh cookie still renews it', async () => {
    const own = await start({ accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 600 });
    try {
      const session = await login(own, 'admin@admin.com');
      own.clock.advance(59);
      expect((await call(own, 'GET', '/users', { token: session.token })).status).toBe(200);
      own.clock.advance(2);
      const expired = await call(own, 'GET', '/users', { token: session.token });
      expect(expired.status).toBe(403);
      expect(expired.json).toEqual(recorded('13b_expired_token'));
      // The socket handshake refuses it the same way.
      await expect(connect(own, session.token)).rejects.toThrow(INVALID_TOKEN);
      const refreshed = await call(own, 'POST', '/auth/refresh_token', { cookie: session.cookie });
      expect(refreshed.status).toBe(200);
      expect((await call(own, 'GET', '/users', { token: refreshed.json.token })).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('ends the session once the refresh token has expired too', async () => {
    const own = await start({ accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 600 });
    try {
      const session = await login(own, 'admin@admin.com');
      own.clock.advance(601);
      const refresh = await call(own, 'POST', '/auth/refresh_token', { cookie: session.cookie });
      expect(refresh.status).toBe(401);
      expect(refresh.json).toEqual({ error: 'ERR_SESSION_EXPIRED' });
    } finally {
      await own.close();
    }
  });

  it('answers 403 for the token of a user that was deleted', async () => {
    const own = await start();
    try {
      const admin = await login(own, 'admin@admin.com');
      const agent = await login(own, 'agente@admin.com');
      expect((await call(own, 'DELETE', '/users/2', { token: admin.token })).status).toBe(200);
      const res = await call(own, 'GET', '/tickets?status=open', { token: agent.token });
      expect(res.status).toBe(403);
      const refresh = await call(own, 'POST', '/auth/refresh_token', { cookie: agent.cookie });
      expect(refresh.status).toBe(401);
    } finally {
      await own.close();
    }
  });
});
