import { describe, expect, it } from 'vitest';
import { type FeeItem, feeInForce, removalFee, scheduleInForce } from './fee-schedule.js';

const items: FeeItem[] = [
  { customerType: 'residential', facilityKind: 'meter', amountFen: 8_000, effectiveFrom: '2026-01-01' },
  { customerType: 'residential', facilityKind: 'meter', amountFen: 9_000, effectiveFrom: '2026-07-01' },
  { customerType: 'residential', facilityKind: 'pipe', amountFen: 5_000, effectiveFrom: '2026-01-01' },
  { customerType: 'commercial', facilityKind: 'meter', amountFen: 20_000, effectiveFrom: '2026-01-01' },
];

describe('R-12 fee schedule in force on a day', () => {
  it('R-12 the latest version already in effect applies; a future one does not yet', () => {
    expect(feeInForce(items, 'residential', 'meter', '2026-06-30')?.amountFen).toBe(8_000);
    expect(feeInForce(items, 'residential', 'meter', '2026-07-01')?.amountFen).toBe(9_000);
    expect(feeInForce(items, 'residential', 'meter', '2025-12-31')).toBeNull();
  });

  it('R-12 the removal fee sums the facilities at the schedule of the day and names missing fees', () => {
    const fee = removalFee(items, 'residential', ['meter', 'pipe', 'valve'], '2026-08-01');
    expect(fee.totalFen).toBe(14_000);
    expect(fee.missing).toEqual(['valve']);
  });

  it('R-12 the schedule in force lists one line per type and kind', () => {
    expect(
      scheduleInForce(items, '2026-08-01').map((i) => `${i.customerType}/${i.facilityKind}/${i.amountFen}`),
    ).toEqual(['commercial/meter/20000', 'residential/meter/9000', 'residential/pipe/5000']);
  });
});
