import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { FileStore } from '../../src/server/files/file-store.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-organisation.js';
import { openTestDatabase } from './test-db.js';
import { testCipher } from './test-keys.js';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** Logs a demo user in and returns the Cookie header value. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const handle = await openTestDatabase();
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
  const app = await buildApp(
    {
      db: handle.db,
      dbKind: handle.kind,
      config,
      version: 'test',
      identity: testCipher(),
      files: new FileStore(mkdtempSync(path.join(os.tmpdir(), 'closure-files-'))),
    },
    { serveWeb: false },
  );
  await app.ready();
  return {
    app,
    handle,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return cookieOf(res);
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'gc_session');
  if (!c) throw new Error('no session cookie');
  return `gc_session=${c.value}`;
}
