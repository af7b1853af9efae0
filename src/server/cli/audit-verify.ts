import { verifyAuditChains } from '../audit/audit.service.js';
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../db/open.js';

/** Walks every audit chain; exit code 0 when intact, 1 naming the first broken link. */
async function main() {
  const handle = await openConfiguredDatabase(loadConfig());
  try {
    const result = await verifyAuditChains(handle.db);
    if (result.intact) {
      console.log(
        `审计日志完整：${result.chainsChecked} 条链，${result.entriesChecked} 条记录 (audit log intact)`,
      );
      return;
    }
    const b = result.firstBroken;
    console.error(
      `审计日志被改动 (audit log BROKEN): ${b?.entityType}:${b?.entityId} 第 ${b?.seq} 条` +
        `${b?.entryId ? `（记录 id ${b.entryId}）` : ''} — ${b?.reason}`,
    );
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
