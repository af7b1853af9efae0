import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** Both drivers (PGlite, node-postgres) share drizzle's PgDatabase surface; repositories use only that. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction is a Database too: repositories take either and never know which. */
export type Tx = Database;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}
