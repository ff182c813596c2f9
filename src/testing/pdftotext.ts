/**
 * Text of a PDF for tests, read back with pdfjs-dist (Mozilla's PDF reader, pure JavaScript: no
 * poppler to install). Laid out like `pdftotext -layout`: the text items of a page grouped into
 * lines by their baseline, left to right, with spaces where there is a gap; pages separated by
 * a form feed.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

async function open(pdf: Uint8Array) {
  return getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

export async function pdfToText(pdf: Uint8Array): Promise<string> {
  const doc = await open(pdf);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({ str: it.str, x: e!, y: f!, width: it.width, size: Math.hypot(a!, b!) || 10 });
      }
      // Lines: items whose baselines are within a third of the font size, top to bottom.
      items.sort((p, q) => q.y - p.y || p.x - q.x);
      const lines: Item[][] = [];
      for (const it of items) {
        const line = lines.find((l) => Math.abs(l[0]!.y - it.y) <= it.size / 3);
        if (line) line.push(it);
        else lines.push([it]);
      }
      pages.push(
        lines
          .map((line) => {
            line.sort((p, q) => p.x - q.x);
            let out = '';
            let end = -Infinity;
            for (const it of line) {
              const gap = it.x - end;
              if (out !== '' && gap > it.size * 0.15 && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' '.repeat(Math.max(1, Math.round(gap / (it.size * 0.5))));
              out += it.str;
              end = it.x + it.width;
            }
            return out.trimEnd();
          })
          .join('\n'),
      );
    }
    return pages.join('\n\f');
  } finally {
    await doc.destroy();
  }
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  const doc = await open(pdf);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
