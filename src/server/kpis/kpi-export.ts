import ExcelJS from 'exceljs';
import type { KpiReport } from '../../domain/contracts/kpis.js';
import { KPI_DEFINITIONS } from '../../domain/kpis/definitions.js';

const GROUP_ZH = { company: '全公司', department: '部门', outlet: '营业网点', staff: '员工' } as const;

function cellText(kind: string, value: number | null): string {
  if (value === null) return '';
  if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'mean') return value.toFixed(2);
  if (kind === 'median') return value.toFixed(1);
  return String(value);
}

/** The KPI report as a spreadsheet with Chinese headers, one row per group, rates as percentages. */
export async function kpiWorkbook(report: KpiReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '燃气用户销户管理系统';
  const sheet = book.addWorksheet(`考核指标 ${report.month}`);
  sheet.columns = [
    { header: GROUP_ZH[report.groupBy], key: 'group', width: 24 },
    ...KPI_DEFINITIONS.map((d) => ({ header: d.zh, key: d.id, width: Math.max(12, d.zh.length * 2 + 2) })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of report.rows) {
    sheet.addRow({
      group: row.label,
      ...Object.fromEntries(
        KPI_DEFINITIONS.map((d) => {
          const v = row.values[d.id]?.value ?? null;
          return [d.id, v === null ? null : d.kind === 'rate' ? Number(v.toFixed(4)) : v];
        }),
      ),
    });
  }
  KPI_DEFINITIONS.forEach((d, i) => {
    if (d.kind === 'rate') sheet.getColumn(i + 2).numFmt = '0.0%';
  });
  const defs = book.addWorksheet('指标说明');
  defs.columns = [
    { header: '指标', key: 'zh', width: 28 },
    { header: '计算公式', key: 'formula', width: 80 },
  ];
  defs.getRow(1).font = { bold: true };
  for (const d of KPI_DEFINITIONS) defs.addRow({ zh: d.zh, formula: d.formula });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same as CSV, UTF-8 with a BOM so that Chinese Excel opens it correctly. */
export function kpiCsv(report: KpiReport): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [[GROUP_ZH[report.groupBy], ...KPI_DEFINITIONS.map((d) => d.zh)].map(quote).join(',')];
  for (const row of report.rows) {
    lines.push(
      [row.label, ...KPI_DEFINITIONS.map((d) => cellText(d.kind, row.values[d.id]?.value ?? null))]
        .map(quote)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
