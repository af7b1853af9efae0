import { FONT } from './paper.js';

const SEAL_RED = '#d7141a';

export interface SealSpec {
  cx: number;
  cy: number;
  radius: number;
  /** Set along the upper arc, as on a company's official seal. */
  companyName: string;
  /** Set straight under the star: what the seal is for. */
  purpose: string;
}

/**
 * A round company seal drawn with vector operations: ring, five-pointed star, name along the arc.
 * Drawn slightly translucent so the signature text under it still shows, as ink on paper does.
 */
export function drawSeal(doc: PDFKit.PDFDocument, seal: SealSpec): void {
  const { cx, cy, radius } = seal;
  doc.save();
  doc.fillColor(SEAL_RED).strokeColor(SEAL_RED).fillOpacity(0.88).strokeOpacity(0.88);
  doc
    .circle(cx, cy, radius - 1.5)
    .lineWidth(radius * 0.06)
    .stroke();
  drawStar(doc, cx, cy, radius * 0.3);
  drawArcText(doc, seal);
  const purposeSize = radius * 0.19;
  doc.font(FONT.bold).fontSize(purposeSize);
  doc.text(seal.purpose, cx - radius, cy + radius * 0.36, {
    width: radius * 2,
    align: 'center',
    lineBreak: false,
  });
  doc.restore();
}

function drawStar(doc: PDFKit.PDFDocument, cx: number, cy: number, outer: number): void {
  // 0.382 is the golden-ratio inner radius of a regular five-pointed star.
  const inner = outer * 0.382;
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  doc.polygon(...points).fill();
}

function drawArcText(doc: PDFKit.PDFDocument, seal: SealSpec): void {
  const chars = Array.from(seal.companyName);
  const { cx, cy, radius } = seal;
  const outerEdge = radius * 0.86;
  // Real seals fill about 240° of the ring; long names get smaller characters rather than a wider arc.
  const maxSpan = (240 * Math.PI) / 180;
  const size = Math.min(radius * 0.26, (maxSpan * (outerEdge - radius * 0.12)) / (chars.length * 1.05));
  const centreRadius = outerEdge - size / 2;
  const step = (size * 1.05) / centreRadius;
  const span = step * (chars.length - 1);
  doc.font(FONT.bold).fontSize(size);
  chars.forEach((char, i) => {
    const angle = -span / 2 + i * step;
    doc.save();
    doc.translate(cx, cy).rotate((angle * 180) / Math.PI);
    // Seal characters are cut narrow and tall.
    doc.scale(0.82, 1);
    const width = doc.widthOfString(char);
    doc.text(char, -width / 2, -outerEdge - size * 0.12, { lineBreak: false });
    doc.restore();
  });
}
