import { existsSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from './app.js';

/** `npm start` on a fresh clone has no built UI yet: build it once, then serve the files. */
export async function ensureWebBuilt(log: (msg: string) => void): Promise<void> {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  log('正在构建网页界面 (building web UI)…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn' });
}
