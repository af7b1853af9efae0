import path from 'node:path';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openConfiguredDatabase } from './db/open.js';
import { FileStore } from './files/file-store.js';
import { startDispatcher } from './notifications/dispatcher.js';
import { logTransport, smtpTransport } from './notifications/transports.js';
import { startScheduler } from './scheduler/scheduler.js';
import { IdentityCipher } from './security/identity-cipher.js';
import { checkIdentityKey, loadIdentityKey } from './security/identity-key.js';
import { seedDemo } from './seed/seed-demo.js';
import { VERSION } from './version.js';
import { ensureWebBuilt } from './web-assets.js';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  await ensureWebBuilt((m) => console.log(m));
  const handle = await openConfiguredDatabase(config);

  const identity = new IdentityCipher(loadIdentityKey(config.dataDir));
  await checkIdentityKey(handle.db, identity);
  const files = new FileStore(path.join(config.dataDir, 'files'));
  const ctx = { db: handle.db, dbKind: handle.kind, config, version: VERSION, identity, files };
  if (config.seed === 'demo' && (await seedDemo(handle.db, identity)))
    console.log('已写入演示数据 (demo data seeded)');
  const app = await buildApp(ctx, { logger: { level: config.logLevel } });
  const base = logTransport(app.log);
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom, base) : base;
  const stopDispatcher = startDispatcher(handle.db, transport, config.outboxIntervalMs, (e) =>
    app.log.error({ err: e }, 'outbox dispatch failed'),
  );

  const stopScheduler = startScheduler(ctx, config.schedulerIntervalMs, (job, e) =>
    app.log.error({ err: e, job }, 'scheduled job failed'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    stopDispatcher();
    stopScheduler();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      db: handle.kind,
      dataDir: handle.kind === 'pglite' ? config.dataDir : undefined,
      startupMs: Date.now() - started,
    },
    `燃气用户销户管理系统 ready on http://${config.host}:${config.port}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
