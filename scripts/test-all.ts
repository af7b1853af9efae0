/**
 * What CI runs: type-check, lint, unit and integration tests on PGlite, the integration tests again
 * on PostgreSQL 15 (TEST_DATABASE_URL, or a throwaway server this script starts), then browser tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function run(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `━━ ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const script = path.resolve(import.meta.dirname, 'pg-throwaway.sh');
let pgUrl = process.env.TEST_DATABASE_URL;
let stopPg: (() => void) | null = null;
if (!pgUrl) {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'closure-pg-')), 'pg');
  const port = String(54000 + Math.floor(Math.random() * 900));
  const r = spawnSync(script, ['start', dir, port], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(
      `无法启动临时 PostgreSQL（需要 PostgreSQL 15 服务端程序），或设置 TEST_DATABASE_URL\n${r.stderr}`,
    );
    process.exit(1);
  }
  pgUrl = r.stdout.trim();
  stopPg = () => spawnSync(script, ['stop', dir], { stdio: 'inherit' });
}
process.on('exit', () => stopPg?.());

const vitest = ['vitest', 'run'];
run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint / format', 'npx', ['biome', 'check', '.']);
run('unit + integration on PGlite', 'npx', [...vitest, '--project', 'unit', '--project', 'integration'], {
  TEST_DATABASE_URL: '',
});
run('integration on PostgreSQL', 'npx', [...vitest, '--project', 'integration'], {
  TEST_DATABASE_URL: pgUrl,
});
run('build web', 'npx', ['vite', 'build']);
run('browser (Chromium)', 'npx', [...vitest, '--project', 'e2e']);
console.log('\nall suites passed');
