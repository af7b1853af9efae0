import path from 'node:path';
import type { AppConfig } from '../config.js';
import { openPglite, openPostgres } from './connect.js';
import { lockDataDir } from './data-dir-lock.js';
import type { DatabaseHandle } from './database.js';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR (locked to this process). */
export async function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const unlock = lockDataDir(config.dataDir);
  try {
    const handle = await openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
