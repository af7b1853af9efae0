import type { KpiCell } from '../../../domain/contracts/kpis';
import { KPI_DEFINITIONS, type KpiId, type KpiKind } from '../../../domain/kpis/definitions';
import type { Lang } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

export type KpiDefinition = (typeof KPI_DEFINITIONS)[number];

export const KPI_BY_ID = Object.fromEntries(KPI_DEFINITIONS.map((k) => [k.id, k])) as Record<
  KpiId,
  KpiDefinition
>;

export const KIND_LABELS: Record<KpiKind, MessageKey> = {
  rate: 'kpi.kind.rate',
  mean: 'kpi.kind.mean',
  median: 'kpi.kind.median',
  count: 'kpi.kind.count',
};

export function kpiName(k: KpiDefinition, lang: Lang): string {
  return lang === 'zh' ? k.zh : k.en;
}

/** A KPI's value as people read it: rates in %, means with one decimal, medians, counts. */
export function formatKpiValue(kind: KpiKind, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (kind) {
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'mean':
      return value.toFixed(1);
    case 'median':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'count':
      return String(Math.round(value));
  }
}

/** The value a cell shows: counts are their numerator; the rest their value (null when nothing was counted). */
export function cellValue(kind: KpiKind, cell: KpiCell | undefined): number | null {
  if (!cell) return null;
  if (kind === 'count') return cell.value ?? cell.num;
  return cell.value;
}

/** The value on a chart's axis: rates in percent so the axis reads 0–100. */
export function chartValue(kind: KpiKind, cell: KpiCell | undefined): number | null {
  const v = cellValue(kind, cell);
  if (v === null) return null;
  return kind === 'rate' ? Math.round(v * 1000) / 10 : Math.round(v * 10) / 10;
}

/** The counts behind a figure, e.g. "18 / 20", for the tooltip and the small line under it. */
export function cellFraction(kind: KpiKind, cell: KpiCell | undefined): string | undefined {
  if (!cell || kind === 'count') return undefined;
  if (kind === 'median' || kind === 'mean') return cell.den ? `n = ${cell.den}` : undefined;
  return `${Number.isInteger(cell.num) ? cell.num : cell.num.toFixed(1)} / ${cell.den}`;
}

/** Whether there is anything behind a figure to list. */
export function hasCases(cell: KpiCell | undefined): boolean {
  return Boolean(cell && (cell.den > 0 || cell.num > 0));
}
