import { describe, expect, it } from 'vitest';
import { summariseLedger } from './ledger.js';

describe('R-02 ledger summary', () => {
  it('R-02 payments settle the oldest due charges first; outstanding is itemised by kind', () => {
    const s = summariseLedger(
      [
        { id: 'c2', kind: 'late_fee', amount: 1_250, dueDate: '2026-03-01' },
        { id: 'c1', kind: 'gas', amount: 10_000, dueDate: '2026-01-31' },
        { id: 'c3', kind: 'installation', amount: 50_000, dueDate: '2026-04-30' },
      ],
      [{ id: 'p1', amount: 10_500, paidAt: '2026-05-01' }],
    );
    expect(s.charges.map((c) => [c.id, c.paid, c.outstanding])).toEqual([
      ['c1', 10_000, 0],
      ['c2', 500, 750],
      ['c3', 0, 50_000],
    ]);
    expect(s.byKind.late_fee).toEqual({ charged: 1_250, paid: 500, outstanding: 750 });
    expect(s.byKind.gas.outstanding).toBe(0);
    expect(s.outstanding).toBe(50_750);
    expect(s.balance).toBe(50_750);
    expect(s.credit).toBe(0);
  });

  it('R-02 an overpayment is credit, not negative outstanding', () => {
    const s = summariseLedger(
      [{ id: 'c1', kind: 'gas', amount: 3_000, dueDate: '2026-01-31' }],
      [{ id: 'p1', amount: 5_000, paidAt: '2026-02-01' }],
    );
    expect(s.outstanding).toBe(0);
    expect(s.credit).toBe(2_000);
    expect(s.balance).toBe(-2_000);
  });

  it('R-02 sums stay exact over 100 000 one-fen charges and 99 999 one-fen payments', () => {
    const charges = Array.from({ length: 100_000 }, (_, i) => ({
      id: String(i).padStart(6, '0'),
      kind: 'gas' as const,
      amount: 1,
      dueDate: '2026-01-01',
    }));
    const payments = Array.from({ length: 99_999 }, (_, i) => ({
      id: `p${i}`,
      amount: 1,
      paidAt: '2026-02-01',
    }));
    const s = summariseLedger(charges, payments);
    expect(s.totalCharged).toBe(100_000);
    expect(s.outstanding).toBe(1);
  });
});

describe('R-02 allocation order', () => {
  it('R-02 charges due the same day are settled in the order entered, even past id 9', () => {
    const charges = Array.from({ length: 12 }, (_, i) => ({
      id: String(i + 1),
      kind: 'gas' as const,
      amount: 100,
      dueDate: '2026-01-01',
    }));
    const s = summariseLedger(charges, [{ id: 'p', amount: 1_000, paidAt: '2026-01-02' }]);
    expect(s.charges.map((c) => c.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(s.charges.filter((c) => c.outstanding > 0).map((c) => c.id)).toEqual(['11', '12']);
  });
});
