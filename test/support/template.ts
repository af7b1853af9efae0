import { openPglite, openPostgres } from '../../src/server/db/connect.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { seedDemo } from '../../src/server/seed/seed-demo.js';
import { testCipher } from './test-keys.js';

/** The database every integration test starts from: migrated, with the demo organisation seeded. */
export async function prepareTemplate(handle: DatabaseHandle): Promise<void> {
  await seedDemo(handle.db, testCipher());
}

export async function buildPgliteTemplate(): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create();
  const { wrapPglite } = await import('../../src/server/db/connect.js');
  const handle = await wrapPglite(client);
  await prepareTemplate(handle);
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

export async function buildPostgresTemplate(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const handle = await openPostgres(withDatabase(adminUrl, name), 2);
  await prepareTemplate(handle);
  await handle.close();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export { openPglite };
