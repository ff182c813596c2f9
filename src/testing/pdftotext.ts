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
              if (out !== '' && gap > it.size * 0.15 && !out.endsWith(' ') && !it.str.startsWith(' '))
                out += ' '.repeat(Math.max(1, Math.round(gap / (it.size * 0.5))));
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

export interface PageText {
  width: number;
  height: number;
  /** Each text item with its baseline measured from the page's bottom edge (PDF space). */
  items: { str: string; x: number; baseline: number; size: number }[];
  /** The page's text laid out in lines, as pdfToText. */
  text: string;
}

/** Every page: its size, its text items and its text (for page and overflow checks). */
export async function pdfPages(pdf: Uint8Array): Promise<PageText[]> {
  const texts = (await pdfToText(pdf)).split('\n\f');
  const doc = await open(pdf);
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as number[];
      const items: PageText['items'] = [];
      for (const it of (await page.getTextContent()).items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({ str: it.str, x: e!, baseline: f!, size: Math.hypot(a!, b!) || 10 });
      }
      pages.push({ width: x1! - x0!, height: y1! - y0!, items, text: texts[n - 1] ?? '' });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * The overflow check: no text drawn below the bottom margin (its descent included) or outside
 * the page. Returns the offending items as "page N: text" (empty when the layout is clean).
 */
export function textBeyondMargins(pages: readonly PageText[], bottomMargin: number): string[] {
  const out: string[] = [];
  pages.forEach((p, i) => {
    for (const it of p.items) {
      const bottom = it.baseline - it.size * 0.25; // DejaVu Sans's descent is 0.236 em
      if (bottom < bottomMargin - 0.5 || it.baseline > p.height || it.x < 0 || it.x > p.width)
        out.push(`page ${i + 1}: ${it.str} (baseline ${it.baseline.toFixed(1)})`);
    }
  });
  return out;
}

/** The labels of "Label : value" lines whose value is not on the label's line (so maybe on the next page). */
export function labelsWithoutValue(pages: readonly PageText[], labels: readonly string[]): string[] {
  return labels.filter((label) => {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`^\\s*${escaped}\\s+: \\S`, 'm');
    return !pages.some((p) => line.test(p.text));
  });
}
