import { z } from 'zod';
import { GROUP_KINDS, KPI_DEFINITIONS } from '../kpis/definitions.js';

const KPI_IDS = KPI_DEFINITIONS.map((k) => k.id) as [string, ...string[]];

export const MonthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

export const KpiCell = z.object({ num: z.number(), den: z.number(), value: z.number().nullable() });
export type KpiCell = z.infer<typeof KpiCell>;

export const KpiGroupRow = z.object({
  key: z.string(),
  label: z.string(),
  values: z.record(z.string(), KpiCell),
});

export const KpiQuery = z.object({ month: MonthString, groupBy: z.enum(GROUP_KINDS).default('outlet') });

export const KpiReport = z.object({
  month: MonthString,
  groupBy: z.enum(GROUP_KINDS),
  rows: z.array(KpiGroupRow),
  generatedAt: z.string(),
});
export type KpiReport = z.infer<typeof KpiReport>;

export const KpiTrendQuery = z.object({
  to: MonthString,
  months: z.coerce.number().int().min(1).max(36).default(13),
});
export const KpiTrend = z.object({
  months: z.array(z.object({ month: MonthString, values: z.record(z.string(), KpiCell) })),
});
export type KpiTrend = z.infer<typeof KpiTrend>;

export const KpiDrillQuery = z.object({
  month: MonthString,
  metric: z.enum(KPI_IDS),
  groupBy: z.enum(GROUP_KINDS).default('company'),
  group: z.string().max(64).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const KpiDrill = z.object({
  items: z.array(
    z.object({
      caseNo: z.string(),
      accountNo: z.string(),
      customerName: z.string(),
      at: z.string(),
      actor: z.string().nullable(),
      summary: z.string(),
    }),
  ),
  total: z.number().int(),
});
export type KpiDrill = z.infer<typeof KpiDrill>;

export const KpiExportQuery = KpiQuery.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
