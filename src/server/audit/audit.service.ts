import type { AuditEntry, AuditVerifyResult } from '../../domain/contracts/audit.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { Database } from '../db/database.js';
import {
  type AuditRow,
  allChainHeads,
  appendEntry,
  entriesInChainOrder,
  listEntries,
  lockChainHead,
} from './audit.repository.js';
import type { AuditEvent } from './audit-events.js';
import { entryHash, GENESIS_HASH } from './chain-hash.js';

/** Plain JSON only: what is hashed must be exactly what jsonb gives back. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends an audit entry inside the caller's transaction, so the change and its record
 * commit together or not at all.
 */
export async function recordAudit(tx: Database, actor: Actor | null, event: AuditEvent, at = new Date()) {
  const head = await lockChainHead(tx, event.entityType, event.entityId);
  const seq = head.seq + 1;
  const fields = {
    entityType: event.entityType,
    entityId: event.entityId,
    seq,
    action: event.action,
    actorId: actor?.userId ?? null,
    at: new Date(at.getTime()),
    before: toJson(event.before),
    after: toJson(event.after),
  };
  const hash = entryHash(head.hash, fields);
  await appendEntry(tx, {
    ...fields,
    actorUsername: actor?.username ?? null,
    actorRole: actor?.role ?? null,
    prevHash: head.hash,
    hash,
  });
}

function toView(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    entityType: row.entityType,
    entityId: row.entityId,
    seq: row.seq,
    action: row.action,
    actor:
      row.actorId && row.actorUsername
        ? { id: row.actorId, username: row.actorUsername, role: row.actorRole ?? '' }
        : null,
    at: row.at.toISOString(),
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export async function listAudit(
  db: Database,
  actor: Actor | null,
  query: { entity?: string; page: number; pageSize: number },
) {
  requireAccess(actor, 'audit.read');
  const [entityType, ...rest] = query.entity ? query.entity.split(':') : [];
  const entityId = rest.length ? rest.join(':') : undefined;
  const { items, total } = await listEntries(db, { entityType, entityId }, query);
  return { items: items.map(toView), total, page: query.page, pageSize: query.pageSize };
}

type Broken = NonNullable<AuditVerifyResult['firstBroken']>;

/**
 * Walks every chain and names the first broken link: an altered entry (hash differs), a removed
 * entry (gap in seq or a prev_hash that points elsewhere), or a removed tail (head ahead of entries).
 */
export async function verifyAuditChains(db: Database): Promise<AuditVerifyResult> {
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const h of await allChainHeads(db)) heads.set(`${h.entityType}\u0000${h.entityId}`, h);

  let chains = 0;
  let entries = 0;
  let chainKey: string | null = null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let current: { entityType: string; entityId: string } | null = null;

  const closeChain = (): Broken | null => {
    if (!chainKey || !current) return null;
    const head = heads.get(chainKey);
    heads.delete(chainKey);
    if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
      return {
        ...current,
        seq: expectedSeq,
        entryId: null,
        reason: `链尾记录缺失：应有 ${head.seq} 条，只剩 ${expectedSeq - 1} 条`,
      };
    }
    return null;
  };

  for await (const row of entriesInChainOrder(db)) {
    const key = `${row.entityType}\u0000${row.entityId}`;
    if (key !== chainKey) {
      const broken = closeChain();
      if (broken)
        return { intact: false, chainsChecked: chains, entriesChecked: entries, firstBroken: broken };
      chainKey = key;
      current = { entityType: row.entityType, entityId: row.entityId };
      chains += 1;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
    }
    entries += 1;
    const at = { entityType: row.entityType, entityId: row.entityId, seq: row.seq, entryId: String(row.id) };
    let reason: string | null = null;
    if (row.seq !== expectedSeq) reason = `第 ${expectedSeq} 条记录缺失（被删除）`;
    else if (row.prevHash !== prevHash) reason = '前序哈希不符：之前的记录被改动或删除';
    else if (
      entryHash(prevHash, { ...row, before: row.before ?? null, after: row.after ?? null }) !== row.hash
    ) {
      reason = '记录内容被改动：哈希不符';
    }
    if (reason)
      return {
        intact: false,
        chainsChecked: chains,
        entriesChecked: entries,
        firstBroken: { ...at, reason },
      };
    expectedSeq += 1;
    prevHash = row.hash;
  }
  const broken = closeChain();
  if (broken) return { intact: false, chainsChecked: chains, entriesChecked: entries, firstBroken: broken };
  const [orphanKey, orphan] = heads.entries().next().value ?? [];
  if (orphanKey && orphan) {
    const [entityType = '', entityId = ''] = orphanKey.split('\u0000');
    return {
      intact: false,
      chainsChecked: chains,
      entriesChecked: entries,
      firstBroken: {
        entityType,
        entityId,
        seq: 1,
        entryId: null,
        reason: `整条记录链被删除（应有 ${orphan.seq} 条）`,
      },
    };
  }
  return { intact: true, chainsChecked: chains, entriesChecked: entries, firstBroken: null };
}
