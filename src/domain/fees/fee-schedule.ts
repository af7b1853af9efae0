import type { CustomerType, FacilityKind } from '../customers/customer-types.js';
import { type Fen, sumFen } from '../money.js';

export interface FeeItem {
  customerType: CustomerType;
  facilityKind: FacilityKind;
  amountFen: Fen;
  effectiveFrom: string;
}

/** The published fee for a customer type and facility kind on a day: the latest version already in effect. */
export function feeInForce(
  items: readonly FeeItem[],
  type: CustomerType,
  kind: FacilityKind,
  on: string,
): FeeItem | null {
  let best: FeeItem | null = null;
  for (const i of items) {
    if (i.customerType !== type || i.facilityKind !== kind || i.effectiveFrom > on) continue;
    if (!best || i.effectiveFrom > best.effectiveFrom) best = i;
  }
  return best;
}

/** The whole schedule as it stands on a day: one line per type and facility kind that has a fee. */
export function scheduleInForce(items: readonly FeeItem[], on: string): FeeItem[] {
  const keys = new Set(items.map((i) => `${i.customerType}|${i.facilityKind}`));
  return [...keys]
    .map((k) => {
      const [type, kind] = k.split('|') as [CustomerType, FacilityKind];
      return feeInForce(items, type, kind, on);
    })
    .filter((i): i is FeeItem => i !== null)
    .sort((a, b) => (a.customerType + a.facilityKind).localeCompare(b.customerType + b.facilityKind));
}

/**
 * the company's removal fee for the facilities to remove, at the schedule in force on the day.
 * A facility kind without a published fee is listed as missing rather than charged at zero.
 */
export function removalFee(
  items: readonly FeeItem[],
  type: CustomerType,
  facilities: readonly FacilityKind[],
  on: string,
) {
  const lines = facilities.map((kind) => ({ kind, item: feeInForce(items, type, kind, on) }));
  return {
    totalFen: sumFen(lines.map((l) => l.item?.amountFen ?? 0)),
    lines: lines.map((l) => ({
      kind: l.kind,
      amountFen: l.item?.amountFen ?? null,
      effectiveFrom: l.item?.effectiveFrom ?? null,
    })),
    missing: lines.filter((l) => !l.item).map((l) => l.kind),
  };
}
