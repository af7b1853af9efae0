import { z } from 'zod';
import { LocalDateString, PageQuery, pageOf } from './common.js';

export const CertificateCheck = z.object({
  status: z.enum(['genuine', 'altered', 'unknown']),
  message: z.string(),
  certificateNo: z.string(),
  closedOn: LocalDateString.nullable(),
  customerName: z.string().nullable().describe('Masked'),
  accountNo: z.string().nullable(),
  outlet: z.string().nullable(),
  companyName: z.string(),
});
export type CertificateCheck = z.infer<typeof CertificateCheck>;

export const ArchiveItem = z.object({
  archiveNo: z.string(),
  caseNo: z.string(),
  accountNo: z.string(),
  customerName: z.string(),
  certificateNo: z.string().nullable(),
  category: z.string(),
  location: z.string(),
  closedOn: LocalDateString,
  retainUntil: LocalDateString.nullable(),
  archivedAt: z.string(),
  archivedBy: z.string(),
  disposedAt: z.string().nullable(),
  legalHold: z.boolean(),
});
export type ArchiveItem = z.infer<typeof ArchiveItem>;

export const ArchiveDetail = ArchiveItem.extend({
  manifest: z.unknown(),
  manifestSha256: z.string(),
  disposal: z.unknown().nullable(),
});

export const ArchiveQuery = PageQuery.extend({
  q: z.string().trim().max(60).optional().describe('Account, name, case, certificate or archive number'),
  from: LocalDateString.optional(),
  to: LocalDateString.optional(),
});
export const ArchivePage = pageOf(ArchiveItem);

export const DisposeBody = z.object({
  appraisal: z.object({
    appraisers: z.array(z.string().trim().min(1).max(40)).min(2, '鉴定须至少两人参加').max(10),
    conclusion: z.string().trim().min(2, '请写明鉴定结论').max(1000),
    method: z.enum(['shred', 'incinerate', 'electronic_erase']),
  }),
});
export type DisposeBody = z.infer<typeof DisposeBody>;
