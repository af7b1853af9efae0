import type { AppConfig } from './config.js';
import type { Database, DatabaseKind } from './db/database.js';
import type { FileStore } from './files/file-store.js';
import type { IdentityCipher } from './security/identity-cipher.js';

/** What every route and service needs from the running process; no business state lives here. */
export interface AppContext {
  db: Database;
  dbKind: DatabaseKind;
  config: AppConfig;
  version: string;
  identity: IdentityCipher;
  files: FileStore;
}
