/** CLI output helpers: JSON for machines, aligned text for people, errors in Bahasa Indonesia. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { AppError } from '../core/errors.ts';
import { appErrorFromDb } from '../db/db-errors.ts';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function printTable(rows: Record<string, string | number | null>[]): void {
  if (rows.length === 0) {
    console.log('(tidak ada data)');
    return;
  }
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k] ?? '').length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(keys.map((k) => String(r[k] ?? ''))));
}

/** Writes a document (PDF, XLSX…) to `file` and says so: "Laporan ditulis ke laporan.pdf". */
export async function writeDocument(file: string, content: Uint8Array, what: string): Promise<void> {
  await writeFile(file, content);
  console.log(`${what} ditulis ke ${file}`);
}

/** Prints an error the way a person reads it (or as JSON with --json) and sets exit code 1. */
export function reportError(raw: unknown, json: boolean): void {
  const error = appErrorFromDb(raw) ?? raw;
  const body =
    error instanceof AppError
      ? { code: error.code, message: error.message, details: error.details }
      : { code: 'internal', message: error instanceof Error ? error.message : String(error), details: null };
  if (json) process.stderr.write(JSON.stringify({ error: body }) + '\n');
  else {
    process.stderr.write(`Galat: ${body.message}\n`);
    // LINDUNG_DEBUG=1 adds where an unexpected error came from (for a bug report).
    if (!(error instanceof AppError) && process.env.LINDUNG_DEBUG && raw instanceof Error) process.stderr.write(`${raw.stack}\n`);
    const issues = (body.details as { issues?: { path: string; message: string }[] } | null)?.issues;
    for (const i of issues ?? []) process.stderr.write(`  - ${i.path}: ${i.message}\n`);
  }
  process.exitCode = 1;
}

/** A JSON file named on the command line (an agreement, terms changes, a holiday list), or `Galat` saying why not. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('bad_file', `Berkas ${path} tidak dapat dibaca`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new AppError('bad_file', `Berkas ${path} bukan JSON yang sah: ${(e as Error).message}`);
  }
}
