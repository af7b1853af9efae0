import { z } from 'zod';

export const SupervisionItem = z.object({
  id: z.string(),
  caseNo: z.string().nullable(),
  source: z.string(),
  description: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
});
export type SupervisionItem = z.infer<typeof SupervisionItem>;

export const SupervisionItemQuery = z.object({ status: z.enum(['open', 'closed']).optional() });
export const CloseSupervisionItemBody = z.object({
  note: z.string().trim().min(2, '请写明处理情况').max(1000),
});
