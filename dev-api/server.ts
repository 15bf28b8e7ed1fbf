/**
 * The stand-in Atendechat backend: Express 5 + socket.io 4 on one HTTP server, SQLite storage.
 * Tests start it in-process with startApi({ port: 0, dbFile: ":memory:" }); defaults mirror the
 * environment's (config.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import { TokenClock } from './clock.ts';
import { DEFAULTS } from './config.ts';
import type { AppContext } from './context.ts';
import { openDatabase } from './db.ts';
import { AppError, errorHandler } from './errors.ts';
import { historyRoutes, seedBenchOnce } from './history-seed.ts';
import { FakePairing } from './pairing.ts';
import { authRoutes } from './routes/auth.ts';
import { companyRoutes } from './routes/companies.ts';
import { contactRoutes } from './routes/contacts.ts';
import { devRoutes } from './routes/dev.ts';
import { messageRoutes } from './routes/messages.ts';
import { queueRoutes } from './routes/queues.ts';
import { quickMessageRoutes } from './routes/quick-messages.ts';
import { settingRoutes } from './routes/settings.ts';
import { tagRoutes } from './routes/tags.ts';
import { ticketNoteRoutes } from './routes/ticket-notes.ts';
import { ticketRoutes } from './routes/tickets.ts';
import { userRoutes } from './routes/users.ts';
import { whatsappRoutes } from './routes/whatsapp.ts';
import { createSocketServer, Realtime } from './socket.ts';

export interface StartApiOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on; default: all (so both localhost and 127.0.0.1 answer). */
  host?: string;
  /** SQLite file, or ':memory:'. A missing file is created and seeded. Default .cache/dev-api.sqlite, as API_DB. */
  dbFile?: string;
  /** Origins allowed by CORS (HTTP and socket.io), with credentials. */
  frontendOrigins?: string[];
  jwtSecret?: string;
  jwtRefreshSecret?: string;
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** Users and connections allowed by every company's plan. */
  userLimit?: number;
  connectionsLimit?: number;
  /** How long the fake WhatsApp pairing shows its QR code before CONNECTED. */
  fakePairingMs?: number;
  /** Mounts POST /dev/inbound. Default: on only when NODE_ENV is "test". */
  devInbound?: boolean;
  /** `bench` adds the benchmark's long history to the seed (dev-api/history-seed.ts). Default `demo`. */
  seed?: 'demo' | 'bench';
  /** Log unexpected (500) errors to stderr. Default true. */
  logErrors?: boolean;
}

export interface RunningApi {
  /** http://localhost:<port>: use localhost, not 127.0.0.1, so the refresh cookie stays same-site. */
  url: string;
  port: number;
  /** The clock token lifetimes follow: `clock.advance(seconds)` expires tokens without waiting. */
  clock: TokenClock;
  close(): Promise<void>;
}

export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const settings = {
    port: options.port ?? DEFAULTS.port,
    dbFile: options.dbFile ?? DEFAULTS.dbFile,
    frontendOrigins: options.frontendOrigins ?? [...DEFAULTS.frontendOrigins],
    tokens: {
      jwtSecret: options.jwtSecret ?? DEFAULTS.jwtSecret,
      jwtRefreshSecret: options.jwtRefreshSecret ?? DEFAULTS.jwtRefreshSecret,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULTS.accessTokenTtlSeconds,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? DEFAULTS.refreshTokenTtlSeconds,
      clock: new TokenClock(),
    },
    userLimit: options.userLimit ?? DEFAULTS.userLimit,
    connectionsLimit: options.connectionsLimit ?? DEFAULTS.connectionsLimit,
    fakePairingMs: options.fakePairingMs ?? DEFAULTS.fakePairingMs,
    devInbound: options.devInbound ?? process.env.NODE_ENV === 'test',
    logErrors: options.logErrors ?? true,
  };

  const { db, media } = openDatabase(settings.dbFile, {
    userLimit: settings.userLimit,
    connectionsLimit: settings.connectionsLimit,
  });
  if (options.seed === 'bench') seedBenchOnce(db, media);
  const allowed = new Set(settings.frontendOrigins);
  const isAllowedOrigin = (origin: string | undefined) => origin !== undefined && allowed.has(origin);

  const app = express();
  const server = http.createServer(app);
  const io = createSocketServer(server, { db, tokens: settings.tokens, isAllowedOrigin });
  const realtime = new Realtime(io);
  const pairing = new FakePairing(db, realtime, settings.fakePairingMs);
  let baseUrl = '';
  const ctx: AppContext = { db, media, realtime, pairing, tokens: settings.tokens, baseUrl: () => baseUrl };

  // Unlike the recorded backend (one FRONTEND_URL echoed to everyone), several dev origins are
  // allowed; an origin not in the list gets no CORS headers at all, so the browser blocks it.
  app.use(
    cors({ origin: (origin, callback) => callback(null, isAllowedOrigin(origin) ? origin : false), credentials: true }),
  );
  app.use(express.json({ limit: '5mb' }));
  app.use(cookieParser());
  // Uploaded and received files, public as Atendechat's `app.use("/public", express.static(...))`.
  app.use('/public', express.static(media.dir, { dotfiles: 'allow', index: false }));
  for (const routes of [
    authRoutes,
    ticketRoutes,
    messageRoutes,
    contactRoutes,
    userRoutes,
    whatsappRoutes,
    queueRoutes,
    quickMessageRoutes,
    settingRoutes,
    companyRoutes,
    tagRoutes,
    ticketNoteRoutes,
  ]) {
    app.use(routes(ctx));
  }
  // A file neither the media folder (express.static above) nor a router has.
  app.use('/public', () => {
    throw new AppError('ERR_NO_MEDIA_FOUND', 404);
  });
  if (settings.devInbound) app.use(devRoutes(ctx), historyRoutes(ctx));
  app.use(errorHandler(settings.logErrors));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    port,
    clock: settings.tokens.clock,
    close() {
      closing ??= (async () => {
        pairing.stopAll();
        // io.close() disconnects the sockets and closes the HTTP server with them.
        const closed = new Promise<void>((resolve) => io.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        db.close();
        media.close();
      })();
      return closing;
    },
  };
}
