import { z } from 'zod';
import { PageQuery, pageOf } from './common.js';

export const AuditQuery = PageQuery.extend({
  entity: z
    .string()
    .regex(/^[a-z_]+(:[^\s]+)?$/, 'entity 应为 “类型” 或 “类型:编号”，如 case 或 user:clerk1')
    .optional()
    .describe('Entity type, or type:id, e.g. `setting:P-ACCEPT`'),
});

export const AuditEntry = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  seq: z.number().int(),
  action: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), role: z.string() }).nullable(),
  at: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerifyResult = z.object({
  intact: z.boolean(),
  chainsChecked: z.number().int(),
  entriesChecked: z.number().int(),
  firstBroken: z
    .object({
      entityType: z.string(),
      entityId: z.string(),
      seq: z.number().int(),
      entryId: z.string().nullable(),
      reason: z.string(),
    })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
