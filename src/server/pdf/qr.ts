import { create } from 'qrcode';

/** Dark modules of the QR code for `text`, row by row. */
export function qrMatrix(text: string): boolean[][] {
  // Level M survives a creased or lightly stained printout without making the code too dense.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
  );
}

/**
 * Draws the code as vector squares in module units: sharp at any print resolution and no raster
 * image to embed. Horizontal runs are merged so renderers show no hairline seams between modules.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  at: { x: number; y: number; size: number },
) {
  const matrix = qrMatrix(text);
  const module = at.size / matrix.length;
  doc.save().translate(at.x, at.y).scale(module);
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (row[c]) c++;
      doc.rect(start, r, c - start, 1);
    }
  });
  doc.fillColor('#000000').fill().restore();
}
