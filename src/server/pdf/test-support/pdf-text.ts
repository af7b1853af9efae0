import { inflateSync } from 'node:zlib';

/**
 * Reads back what a pdfkit PDF shows, without a PDF library or poppler: inflate the streams with
 * node:zlib, then map each TJ glyph string through its font's /ToUnicode CMap. pdfkit writes text as
 * 4-hex-digit glyph ids of a subsetted font, so a missing or wrong CMap would make the Chinese
 * unsearchable and uncopyable in a viewer too: this is the check a reader's viewer does.
 */

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

export interface PdfContent {
  /** Text lines (one per BT…ET block) of each page, in page order. */
  pages: string[][];
  /** Every line of every page joined without separators, so a wrapped sentence is still one string. */
  flat: string;
  /** Decoded content stream of each page, for checks on drawing operators. */
  contentStreams: string[];
}

export function readPdf(pdf: Buffer): PdfContent {
  const objects = parseObjects(pdf);
  const fonts = fontResources(objects);
  const contentStreams = pageOrder(objects).map((page) => {
    const ref = /\/Contents (\d+) 0 R/.exec(page.dict)?.[1];
    const stream = ref ? objects.get(Number(ref))?.stream : undefined;
    if (!stream) throw new Error('page without a content stream');
    return stream.toString('latin1');
  });
  const pages = contentStreams.map((content) => textLines(content, fonts));
  return { pages, flat: pages.flat().join(''), contentStreams };
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || streamAt > end) {
      objects.set(Number(match[1]), { dict: text.slice(start, end) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const dataStart = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(dataStart, dataStart + length);
    const stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    objects.set(Number(match[1]), { dict, stream });
  }
  return objects;
}

function pageOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = /\/Kids \[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].map((m) => {
    const page = objects.get(Number(m[1]));
    if (!page) throw new Error(`missing page object ${m[1]}`);
    return page;
  });
}

/** Font resource name (F1, F2 …) → glyph id → text. pdfkit names fonts uniquely per document. */
function fontResources(objects: Map<number, PdfObject>): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    for (const block of object.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of (block[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)) {
        const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? '')?.[1];
        const cmap = cmapRef ? objects.get(Number(cmapRef))?.stream : undefined;
        if (name && cmap) fonts.set(name, parseToUnicode(cmap.toString('latin1')));
      }
    }
  }
  return fonts;
}

function utf16(hex: string): string {
  const digits = hex.replace(/\s+/g, '');
  const units: number[] = [];
  for (let i = 0; i < digits.length; i += 4) units.push(Number.parseInt(digits.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, section] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (section ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[^>]*>)/g);
    for (const [, from, to, target] of ranges) {
      const start = Number.parseInt(from ?? '', 16);
      const end = Number.parseInt(to ?? '', 16);
      if (target?.startsWith('[')) {
        [...target.matchAll(/<([^>]*)>/g)].forEach(([, hex], i) => {
          map.set(start + i, utf16(hex ?? ''));
        });
      } else {
        const base = utf16(target?.slice(1, -1) ?? '');
        for (let code = start; code <= end; code++) {
          map.set(
            code,
            base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - start),
          );
        }
      }
    }
  }
  for (const [, section] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of (section ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([^>]*)>/g)) {
      map.set(Number.parseInt(code ?? '', 16), utf16(target ?? ''));
    }
  }
  return map;
}

function textLines(content: string, fonts: Map<string, Map<number, string>>): string[] {
  const lines: string[] = [];
  let cmap: Map<number, string> | undefined;
  for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
    let line = '';
    const ops = /\/(\S+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (const [, fontName, array, single] of (block[1] ?? '').matchAll(ops)) {
      if (fontName) {
        cmap = fonts.get(fontName);
        continue;
      }
      const hexes =
        array === undefined ? [single ?? ''] : [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]);
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= (hex ?? '').length; i += 4) {
          const glyph = Number.parseInt((hex ?? '').slice(i, i + 4), 16);
          line += cmap?.get(glyph) ?? '\uFFFD';
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The QR code as drawn: `drawQrCode` emits its modules as unit rectangles (merged into runs) inside
 * one translated and scaled block. Rebuilds the dark-module matrix from those rectangles.
 */
export function drawnQrMatrix(content: string): boolean[][] {
  const block = /q\n1 0 0 1 [\d.]+ [\d.]+ cm\n([\d.]+) 0 0 \1 0 0 cm\n((?:\d+ \d+ \d+ 1 re\n)+)/.exec(
    content,
  );
  if (!block) throw new Error('no QR block found in the content stream');
  const runs = [...(block[2] ?? '').matchAll(/(\d+) (\d+) (\d+) 1 re/g)].map(([, x, y, w]) => ({
    col: Number(x),
    row: Number(y),
    length: Number(w),
  }));
  const size = Math.max(...runs.map((r) => r.col + r.length));
  const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const run of runs) {
    for (let c = run.col; c < run.col + run.length; c++) {
      const row = matrix[run.row];
      if (row) row[c] = true;
    }
  }
  return matrix;
}
