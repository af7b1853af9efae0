import PDFDocument from 'pdfkit';
import type { LocalDate } from '../../domain/calendar/local-date.js';
import { fontBytes } from './fonts.js';

/** The outlet that issues a paper: the customer comes back here, so every page names it. */
export interface Outlet {
  name: string;
  address: string;
  phone: string;
}

export interface Issuer {
  companyName: string;
  outlet: Outlet;
}

/** Whom the customer calls about this paper. */
export interface Contact {
  name: string;
  phone: string;
}

export const COLORS = {
  text: '#1a1a1a',
  muted: '#595959',
  rule: '#8c8c8c',
  shade: '#f0f0f0',
  red: '#c8161d',
} as const;

export const FONT = { regular: 'regular', bold: 'bold' } as const;
export const BODY_SIZE = 11;
export const LINE_GAP = 4;

const MARGINS = { top: 54, bottom: 72, left: 62, right: 62 };

export interface PaperFrame {
  companyName: string;
  title: string;
  /** The paper's own number (文号); blank forms have none. */
  docNo?: string;
  /** The footer repeats on every page so a loose page still says where it came from. */
  footer: { outlet?: Outlet; date?: LocalDate; note?: string };
}

/**
 * One A4 paper under a red letterhead. Pages are buffered so that the footer can say
 * "第 i 页 共 n 页", which is only known once the body has been laid out.
 */
export class Paper {
  readonly doc: PDFKit.PDFDocument;
  private readonly output: Promise<Buffer>;

  constructor(private readonly frame: PaperFrame) {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGINS,
      bufferPages: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: frame.title, Author: frame.companyName, Subject: frame.docNo ?? frame.title },
    });
    this.doc = doc;
    const chunks: Buffer[] = [];
    this.output = new Promise((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    doc.registerFont(FONT.regular, fontBytes('regular'));
    doc.registerFont(FONT.bold, fontBytes('bold'));
    this.letterhead();
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when fewer than `height` points are left, so a block is never cut in two. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
    }
  }

  space(height: number): void {
    this.doc.y += height;
  }

  section(title: string): void {
    // A heading keeps at least a few lines of what follows with it (a table header and two rows).
    this.ensureSpace(100);
    this.space(6);
    this.doc.font(FONT.bold).fontSize(12).fillColor(COLORS.text);
    this.doc.text(title, this.left, this.doc.y, { width: this.width });
    this.space(4);
  }

  paragraph(text: string, options: { indent?: boolean; size?: number; color?: string } = {}): void {
    const size = options.size ?? BODY_SIZE;
    this.doc
      .font(FONT.regular)
      .fontSize(size)
      .fillColor(options.color ?? COLORS.text);
    this.doc.text(text, this.left, this.doc.y, {
      width: this.width,
      indent: options.indent === false ? 0 : size * 2,
      lineGap: LINE_GAP,
      paragraphGap: 4,
    });
  }

  /** A numbered list with a hanging indent, the way Chinese notices enumerate items. */
  numbered(items: readonly string[]): void {
    const indent = BODY_SIZE * 2;
    this.doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLORS.text);
    items.forEach((item, index) => {
      this.ensureSpace(BODY_SIZE * 2);
      const y = this.doc.y;
      this.doc.text(`${index + 1}.`, this.left + BODY_SIZE / 2, y, { width: indent, lineBreak: false });
      this.doc.text(item, this.left + indent, y, {
        width: this.width - indent,
        lineGap: LINE_GAP,
        paragraphGap: 3,
      });
    });
    this.doc.x = this.left;
  }

  /**
   * Where the paper is signed and stamped: the customer acknowledges receipt on the left, the
   * company signs on the right. Returns where the company block is, so a seal can be set over it.
   */
  signatureArea(area: { customerLines?: readonly string[]; org: string; date?: LocalDate }): {
    top: number;
    centerX: number;
  } {
    this.ensureSpace(120);
    this.space(18);
    const top = this.doc.y;
    const rightX = this.left + this.width * 0.52;
    const rightWidth = this.width * 0.48;
    this.doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLORS.text);
    let leftY = top;
    for (const line of area.customerLines ?? []) {
      this.doc.text(line, this.left, leftY, { width: this.width * 0.48, lineBreak: false });
      leftY += 30;
    }
    this.doc.text(`${area.org}（盖章）`, rightX, top, { width: rightWidth, align: 'center' });
    // Leaves room between name and date for the round seal's star and legend.
    const dateY = top + 42;
    this.doc.text(area.date ?? '      年    月    日', rightX, dateY, { width: rightWidth, align: 'center' });
    this.doc.x = this.left;
    this.doc.y = Math.max(leftY, dateY + 30);
    return { top, centerX: rightX + rightWidth / 2 };
  }

  /** Draws the footers and returns the finished PDF. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.footer(i - range.start + 1, range.count);
    }
    this.doc.end();
    return this.output;
  }

  private letterhead(): void {
    const { doc } = this;
    doc.font(FONT.bold).fontSize(22).fillColor(COLORS.red);
    doc.text(this.frame.companyName, this.left, MARGINS.top, {
      width: this.width,
      align: 'center',
      characterSpacing: 3,
    });
    if (this.frame.docNo) {
      doc.font(FONT.regular).fontSize(10.5).fillColor(COLORS.text);
      doc.text(`文号：${this.frame.docNo}`, this.left, doc.y + 4, { width: this.width, align: 'center' });
    }
    const ruleY = doc.y + 6;
    const right = this.left + this.width;
    doc.moveTo(this.left, ruleY).lineTo(right, ruleY).lineWidth(2).strokeColor(COLORS.red).stroke();
    doc
      .moveTo(this.left, ruleY + 3.5)
      .lineTo(right, ruleY + 3.5)
      .lineWidth(0.6)
      .stroke();
    doc.font(FONT.bold).fontSize(19).fillColor(COLORS.text);
    doc.text(this.frame.title, this.left, ruleY + 20, {
      width: this.width,
      align: 'center',
      characterSpacing: 2,
    });
    doc.y += 12;
  }

  private footer(pageNo: number, pageCount: number): void {
    const { doc } = this;
    const { outlet, date, note } = this.frame.footer;
    // The footer sits in the bottom margin; pdfkit would otherwise treat it as overflow and add a page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const lineY = doc.page.height - bottomMargin + 22;
    doc
      .moveTo(this.left, lineY)
      .lineTo(this.left + this.width, lineY)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    const left = [outlet ? `${outlet.name}　地址：${outlet.address}　电话：${outlet.phone}` : undefined, note]
      .filter((part): part is string => Boolean(part))
      .join('　');
    const right = `${date ? `${date}　` : ''}第 ${pageNo} 页 共 ${pageCount} 页`;
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.muted);
    doc.text(left, this.left, lineY + 6, { width: this.width * 0.72, lineGap: 1 });
    doc.text(right, this.left + this.width * 0.72, lineY + 6, {
      width: this.width * 0.28,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
