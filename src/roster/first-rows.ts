/**
 * The first row of an import's file that carried each NIK, for "NIK … sama dengan baris …".
 *
 * A NIK is 16 digits: two numbers below 10^8. They are kept in an open-addressing hash table of
 * typed arrays instead of a Map of strings: for 100,000 rows the Map's lookups cost the preview
 * 0.05–0.1 s of CPU (each NIK a separate string to hash and compare, spread over a large heap)
 * and its 100,000 entries stayed alive for the garbage collector to walk. Anything that is not
 * 16 plain digits (validation refuses such a NIK, but this does not rely on it) goes to a Map.
 */
const EMPTY = 0;

export class FirstRowByNik {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  /** The row number kept in each slot; EMPTY (0) marks a free slot (row numbers start at 1). */
  private rows = new Int32Array(1024);
  private count = 0;
  private readonly others = new Map<string, number>();

  /** The row that carried `nik` first; when there is none, `row` is kept as that row and undefined answered. */
  firstOrAdd(nik: string, row: number): number | undefined {
    if (!(row > 0) || !Number.isSafeInteger(row)) throw new RangeError(`row ${row}`);
    if (nik.length !== 16) return this.other(nik, row);
    let high = 0;
    let low = 0;
    for (let i = 0; i < 16; i++) {
      const digit = nik.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return this.other(nik, row);
      if (i < 8) high = high * 10 + digit;
      else low = low * 10 + digit;
    }
    const mask = this.rows.length - 1;
    let slot = hash(high, low) & mask;
    for (;;) {
      const kept = this.rows[slot]!;
      if (kept === EMPTY) break;
      if (this.high[slot] === high && this.low[slot] === low) return kept;
      slot = (slot + 1) & mask;
    }
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = row;
    if (++this.count * 2 > this.rows.length) this.grow();
    return undefined;
  }

  private other(nik: string, row: number): number | undefined {
    const kept = this.others.get(nik);
    if (kept === undefined) this.others.set(nik, row);
    return kept;
  }

  /** Twice the slots, every NIK placed again (the table stays at most half full). */
  private grow(): void {
    const { high, low, rows } = this;
    this.high = new Uint32Array(rows.length * 2);
    this.low = new Uint32Array(rows.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    const mask = this.rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === EMPTY) continue;
      let slot = hash(high[i]!, low[i]!) & mask;
      while (this.rows[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.rows[slot] = rows[i]!;
    }
  }
}

/** Mixes the two halves (NIKs share long prefixes: the province, regency and district). */
function hash(high: number, low: number): number {
  let h = Math.imul(high ^ 0x9e3779b9, 0x85ebca6b) ^ low;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
