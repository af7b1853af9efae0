import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys: jsonb does not keep key order, and the hash must survive a round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainedFields {
  entityType: string;
  entityId: string;
  seq: number;
  action: string;
  actorId: string | null;
  at: Date;
  before: unknown;
  after: unknown;
}

export function entryHash(prevHash: string, e: ChainedFields): string {
  const body = canonicalJson({
    entityType: e.entityType,
    entityId: e.entityId,
    seq: e.seq,
    action: e.action,
    actorId: e.actorId,
    at: e.at.toISOString(),
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
