import { type Fen, sumFen } from '../money.js';

export const CHARGE_KINDS = ['gas', 'installation', 'late_fee', 'removal', 'other'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

export const CHARGE_KIND_LABELS: Record<ChargeKind, { zh: string; en: string }> = {
  gas: { zh: '燃气费', en: 'Gas fee' },
  installation: { zh: '安装费', en: 'Installation fee' },
  late_fee: { zh: '滞纳金', en: 'Late fee' },
  removal: { zh: '拆除费', en: 'Removal fee' },
  other: { zh: '其他费用', en: 'Other' },
};

export const PAYMENT_METHODS = ['cash', 'bank_transfer', 'wechat', 'alipay', 'card', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, { zh: string; en: string }> = {
  cash: { zh: '现金', en: 'Cash' },
  bank_transfer: { zh: '银行转账', en: 'Bank transfer' },
  wechat: { zh: '微信支付', en: 'WeChat Pay' },
  alipay: { zh: '支付宝', en: 'Alipay' },
  card: { zh: '银行卡', en: 'Card' },
  other: { zh: '其他', en: 'Other' },
};

export interface Charge {
  id: string;
  kind: ChargeKind;
  amount: Fen;
  dueDate: string;
}

export interface Payment {
  id: string;
  amount: Fen;
  paidAt: string;
}

export interface ChargeStatus extends Charge {
  paid: Fen;
  outstanding: Fen;
}

export interface LedgerSummary {
  charges: ChargeStatus[];
  byKind: Record<ChargeKind, { charged: Fen; paid: Fen; outstanding: Fen }>;
  totalCharged: Fen;
  totalPaid: Fen;
  /** What is still owed, charge by charge. */
  outstanding: Fen;
  /** Money paid beyond all charges (a prepayment the customer may claim back at closure). */
  credit: Fen;
  /** Charged minus paid: positive means the customer owes, negative means credit. */
  balance: Fen;
}

/**
 * Payments settle the oldest due charges first (then in the order entered), the usual rule of
 * Chinese utility billing. All arithmetic is integer fen, so the totals are exact for any number of items.
 */
export function summariseLedger(charges: readonly Charge[], payments: readonly Payment[]): LedgerSummary {
  // Array sort is stable: charges due the same day keep the order they were entered in.
  const ordered = [...charges].sort((a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? -1 : 1));
  let available = sumFen(payments.map((p) => p.amount));
  const totalPaid = available;
  const statuses: ChargeStatus[] = ordered.map((c) => {
    const paid = Math.min(c.amount, available);
    available -= paid;
    return { ...c, paid, outstanding: c.amount - paid };
  });
  const byKind = Object.fromEntries(
    CHARGE_KINDS.map((k) => [k, { charged: 0, paid: 0, outstanding: 0 }]),
  ) as LedgerSummary['byKind'];
  for (const s of statuses) {
    const k = byKind[s.kind];
    k.charged = sumFen([k.charged, s.amount]);
    k.paid = sumFen([k.paid, s.paid]);
    k.outstanding = sumFen([k.outstanding, s.outstanding]);
  }
  const totalCharged = sumFen(statuses.map((s) => s.amount));
  const outstanding = sumFen(statuses.map((s) => s.outstanding));
  return {
    charges: statuses,
    byKind,
    totalCharged,
    totalPaid,
    outstanding,
    credit: available,
    balance: totalCharged - totalPaid,
  };
}
