import { sql } from 'drizzle-orm';
import type { GroupKind, KpiId } from '../../domain/kpis/definitions.js';
import type { Database } from '../db/database.js';
import { kpiRollup, kpiSamples } from '../db/schema/index.js';

/** Where an event counts: the whole company, the acting department, the case's outlet and the staff member. */
export interface KpiGroups {
  month: string;
  department: string;
  outletId: string;
  staff: string;
}

function keys(g: KpiGroups): Array<[GroupKind, string]> {
  return [
    ['company', 'all'],
    ['department', g.department],
    ['outlet', g.outletId],
    ['staff', g.staff],
  ];
}

/**
 * Adds to the month's counters in the caller's transaction, so the rollup always equals what the
 * events say (X5) and a report never has to scan history.
 */
export async function countKpi(
  tx: Database,
  g: KpiGroups,
  metric: KpiId | 'review_decided',
  num: number,
  den: number,
) {
  await tx
    .insert(kpiRollup)
    .values(
      keys(g).map(([groupKind, groupKey]) => ({ month: g.month, groupKind, groupKey, metric, num, den })),
    )
    .onConflictDoUpdate({
      target: [kpiRollup.month, kpiRollup.groupKind, kpiRollup.groupKey, kpiRollup.metric],
      set: { num: sql`${kpiRollup.num} + excluded.num`, den: sql`${kpiRollup.den} + excluded.den` },
    });
}

/** Records one value for a median (e.g. a case's closure cycle), keyed so a retry cannot add it twice. */
export async function sampleKpi(tx: Database, g: KpiGroups, metric: KpiId, value: number, ref: string) {
  await tx
    .insert(kpiSamples)
    .values(
      keys(g).map(([groupKind, groupKey]) => ({ month: g.month, groupKind, groupKey, metric, value, ref })),
    )
    .onConflictDoNothing();
}
