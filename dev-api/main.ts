/** `npm run api`: the stand-in backend configured from the environment (see dev-api/README.md). */
import { loadConfig } from './config.ts';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seed.ts';
import { startApi } from './server.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const api = await startApi({
    port: config.port,
    host: config.host,
    dbFile: config.dbFile,
    frontendOrigins: config.frontendOrigins,
    jwtSecret: config.jwtSecret,
    jwtRefreshSecret: config.jwtRefreshSecret,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    userLimit: config.userLimit,
    connectionsLimit: config.connectionsLimit,
    fakePairingMs: config.fakePairingMs,
    devInbound: config.devInbound,
    seed: config.seed,
  });

  const lines = [
    `dev-api (stand-in Atendechat backend) listening on ${api.url}`,
    `  database: ${config.dbFile}   allowed origins: ${config.frontendOrigins.join(', ')}`,
    `  POST /dev/inbound: ${config.devInbound ? 'enabled' : 'disabled (DEV_INBOUND=1 enables it)'}`,
    ...(config.seed === 'bench' ? ['  seed: bench (a ticket of 5,000 messages, 2,000 more open tickets)'] : []),
    `  demo logins (password ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((l) => `    ${l.email.padEnd(22)} ${l.company}, ${l.profile}`),
  ];
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping dev-api`);
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
