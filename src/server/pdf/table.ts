import { BODY_SIZE, COLORS, FONT, type Paper } from './paper.js';

export interface Cell {
  text: string;
  span?: number;
  /** Header and label cells are shaded and bold, as on printed forms. */
  label?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface Column {
  header: string;
  /** Relative width; the columns share the text width in proportion. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

const PAD_X = 5;
const PAD_Y = 5;
const MIN_ROW = 22;
const SIZE = BODY_SIZE - 1;

/**
 * Draws a bordered grid. A row never splits across pages; when it moves to a new page the header row
 * (if any) is drawn again so a continued table still says what its columns are.
 */
export function grid(
  paper: Paper,
  weights: readonly number[],
  rows: readonly Cell[][],
  header?: Cell[],
): void {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => (paper.width * w) / total);
  // A header alone at the foot of a page says nothing: keep it with its first rows.
  const opening = [header ?? [], ...rows.slice(0, 2)].filter((row) => row.length > 0);
  paper.ensureSpace(opening.reduce((sum, row) => sum + rowHeight(paper, widths, row), 0));
  if (header) drawRow(paper, widths, header);
  for (const row of rows) {
    if (paper.doc.y + rowHeight(paper, widths, row) > paper.bottom) {
      paper.doc.addPage();
      if (header) drawRow(paper, widths, header);
    }
    drawRow(paper, widths, row);
  }
  paper.doc.x = paper.left;
  paper.space(8);
}

/** A table with a header row: one line per record. */
export function table(paper: Paper, columns: readonly Column[], rows: readonly string[][]): void {
  const header = columns.map((c) => ({ text: c.header, label: true, align: 'center' as const }));
  const body = rows.map((row) => row.map((text, i) => ({ text, align: columns[i]?.align })));
  grid(
    paper,
    columns.map((c) => c.weight),
    body,
    header,
  );
}

/** Label/value pairs two to a row; a pair marked wide takes the whole row (addresses, reasons). */
export function fields(
  paper: Paper,
  pairs: readonly { label: string; value: string; wide?: boolean }[],
): void {
  const rows: Cell[][] = [];
  let pending: [Cell, Cell] | undefined;
  const flush = () => {
    if (pending) rows.push([pending[0], { ...pending[1], span: 3 }]);
    pending = undefined;
  };
  for (const pair of pairs) {
    const label: Cell = { text: pair.label, label: true };
    const value: Cell = { text: pair.value || '—' };
    if (pair.wide) {
      flush();
      rows.push([label, { ...value, span: 3 }]);
    } else if (pending) {
      rows.push([...pending, label, value]);
      pending = undefined;
    } else {
      pending = [label, value];
    }
  }
  flush();
  grid(paper, [1.05, 1.95, 1.05, 1.95], rows);
}

function cellWidths(widths: readonly number[], row: readonly Cell[]): number[] {
  let column = 0;
  return row.map((cell) => {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    return width;
  });
}

function setCellFont(paper: Paper, cell: Cell): void {
  paper.doc
    .font(cell.label ? FONT.bold : FONT.regular)
    .fontSize(SIZE)
    .fillColor(COLORS.text);
}

function textHeight(paper: Paper, cell: Cell, width: number): number {
  setCellFont(paper, cell);
  return paper.doc.heightOfString(cell.text, { width: width - PAD_X * 2, lineGap: 2 });
}

function rowHeight(paper: Paper, widths: readonly number[], row: readonly Cell[]): number {
  const cw = cellWidths(widths, row);
  const tallest = Math.max(...row.map((cell, i) => textHeight(paper, cell, cw[i] ?? 0)));
  return Math.max(MIN_ROW, tallest + PAD_Y * 2);
}

function drawRow(paper: Paper, widths: readonly number[], row: readonly Cell[]): void {
  const { doc } = paper;
  const cw = cellWidths(widths, row);
  const height = rowHeight(paper, widths, row);
  const top = doc.y;
  let x = paper.left;
  row.forEach((cell, i) => {
    const width = cw[i] ?? 0;
    if (cell.label) doc.rect(x, top, width, height).fillColor(COLORS.shade).fill();
    doc.rect(x, top, width, height).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
    const offset = (height - textHeight(paper, cell, width)) / 2;
    setCellFont(paper, cell);
    doc.text(cell.text, x + PAD_X, top + offset, {
      width: width - PAD_X * 2,
      lineGap: 2,
      align: cell.align ?? (cell.label ? 'center' : 'left'),
    });
    x += width;
  });
  doc.y = top + height;
}
