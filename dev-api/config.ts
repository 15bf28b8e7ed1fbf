import { z } from 'zod';

/** Defaults shared by the environment (main.ts) and startApi() options. */
export const DEFAULTS = {
  port: 8080,
  dbFile: '.cache/dev-api.sqlite',
  frontendOrigins: ['http://localhost:5173', 'http://localhost:4173', 'http://localhost:3000'],
  jwtSecret: 'vitrine-dev-api-access-secret',
  jwtRefreshSecret: 'vitrine-dev-api-refresh-secret',
  accessTokenTtlSeconds: 900,
  refreshTokenTtlSeconds: 7 * 24 * 60 * 60,
  userLimit: 10,
  connectionsLimit: 10,
  fakePairingMs: 3000,
} as const;

// An empty variable (`API_PORT=`) means "use the default", not 0 or "".
const unset = (value: unknown) => (value === '' ? undefined : value);
const int = (fallback: number, min = 0) => z.preprocess(unset, z.coerce.number().int().min(min).default(fallback));
const text = (fallback: string) => z.preprocess(unset, z.string().min(1).default(fallback));
const flag = z.preprocess(
  unset,
  z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
);

const EnvSchema = z.object({
  API_PORT: int(DEFAULTS.port).pipe(z.number().max(65535)),
  API_HOST: z.preprocess(unset, z.string().optional()),
  API_DB: text(DEFAULTS.dbFile),
  FRONTEND_URL: text(DEFAULTS.frontendOrigins.join(',')).transform((list) =>
    list
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  ),
  JWT_SECRET: text(DEFAULTS.jwtSecret),
  JWT_REFRESH_SECRET: text(DEFAULTS.jwtRefreshSecret),
  ACCESS_TOKEN_TTL: int(DEFAULTS.accessTokenTtlSeconds, 1),
  REFRESH_TOKEN_TTL: int(DEFAULTS.refreshTokenTtlSeconds, 1),
  USER_LIMIT: int(DEFAULTS.userLimit, 1),
  CONNECTIONS_LIMIT: int(DEFAULTS.connectionsLimit, 1),
  FAKE_PAIRING_MS: int(DEFAULTS.fakePairingMs),
  DEV_INBOUND: flag,
  API_SEED: z.preprocess(unset, z.enum(['demo', 'bench']).default('demo')),
  NODE_ENV: z.string().optional(),
});

export interface EnvConfig {
  port: number;
  host: string | undefined;
  dbFile: string;
  frontendOrigins: string[];
  jwtSecret: string;
  jwtRefreshSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  userLimit: number;
  connectionsLimit: number;
  fakePairingMs: number;
  devInbound: boolean;
  /** `bench`: the demo data plus the benchmark's long history (dev-api/history-seed.ts). */
  seed: 'demo' | 'bench';
}

/** Parses the environment once; throws a readable error naming the bad variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid dev-api environment:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.API_PORT,
    host: e.API_HOST,
    dbFile: e.API_DB,
    frontendOrigins: e.FRONTEND_URL,
    jwtSecret: e.JWT_SECRET,
    jwtRefreshSecret: e.JWT_REFRESH_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL,
    userLimit: e.USER_LIMIT,
    connectionsLimit: e.CONNECTIONS_LIMIT,
    fakePairingMs: e.FAKE_PAIRING_MS,
    // The inbound simulator is a test/demo tool: never on unless asked for.
    devInbound: e.DEV_INBOUND || e.NODE_ENV === 'test',
    seed: e.API_SEED,
  };
}
