import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';

describe('PGlite data directory lock', () => {
  it('refuses a second server on the same data directory with a clear message', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    // The parent process of this test is alive: it stands for "another server".
    writeFileSync(path.join(dir, 'server.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/已被另一个服务器进程 .*使用/);
  });

  it('takes over a stale lock left by a process that is gone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    writeFileSync(path.join(dir, 'server.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).not.toThrow(); // same pid re-locking is allowed
    release();
  });
});
