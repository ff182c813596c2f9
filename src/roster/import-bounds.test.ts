/**
 * Bounded uploads: a zip-bomb XLSX (a few hundred KB that inflate to 300 MB), honest or lying
 * about its sizes, is refused with a clear Bahasa message while being read, without the server's
 * memory growing by more than 100 MB (stated bound; the inflated content is counted, never kept);
 * a CSV over 200,000 rows is refused while being read; nothing is stored.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { readRosterRows } from './read-file.ts';
import { MAX_IMPORT_ROWS } from '../sheets/file-bounds.ts';
import { multipart as multipartBody } from '../testing/multipart.ts';

const multipart = (fields: Record<string, string>, file: { name: string; content: Buffer }) => multipartBody(fields, file, { fileType: null });

const INFLATED = 300 * 1024 * 1024;
const RSS_BOUND = 100 * 1024 * 1024;

/** The deflated bytes and CRC of `total` bytes of sheet XML rows, produced and compressed 1 MB at a time. */
async function deflatedSheet(total: number): Promise<{ data: Buffer; crc: number }> {
  const row = Buffer.from('<row><c t="inlineStr"><is><t>7409014508900001</t></is></c></row>');
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < chunk.length; i += row.length) row.copy(chunk, i, 0, Math.min(row.length, chunk.length - i));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const ended = new Promise((r) => deflate.on('end', r));
  let crc = 0;
  for (let written = 0; written < total; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await ended;
  return { data: Buffer.concat(out), crc };
}

/** A one-entry zip (xl/worksheets/sheet1.xml) declaring `declared` as the entry's inflated size. */
function zipOf(entry: { data: Buffer; crc: number }, declared: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(entry.crc >>> 0, 14);
  local.writeUInt32LE(entry.data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(entry.crc >>> 0, 16);
  central.writeUInt32LE(entry.data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + entry.data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, entry.data, central, name, eocd]);
}

describe('bounded uploads', () => {
  let h: Harness;
  let admin: Client;
  let sheet: { data: Buffer; crc: number };
  let agreementId: number;

  before(async () => {
    h = await createHarness();
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    sheet = await deflatedSheet(INFLATED);
    assert.ok(sheet.data.length < 2 * 1024 * 1024, `the bomb is small (${sheet.data.length} bytes)`);
  });
  after(() => h.close());

  for (const [label, declared] of [
    ['honest sizes', INFLATED],
    ['sizes that lie', 1000],
  ] as const) {
    test(`a zip-bomb XLSX (${label}) is refused while read, memory bounded, nothing stored`, async () => {
      const upload = multipart({ agreementId: String(agreementId) }, { name: 'bom.xlsx', content: zipOf(sheet, declared) });
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const res = await admin.request({ method: 'POST', url: '/api/v1/roster/imports', payload: upload.payload, headers: upload.headers });
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error.message, /Isi file Excel terlalu besar setelah dibuka \(lebih dari 200 MB\)/);
      assert.ok(peak - rssBefore < RSS_BOUND, `RSS grew by ${Math.round((peak - rssBefore) / 1024 / 1024)} MB`);
      assert.equal((await h.handle.db.selectFrom('roster_imports').select('id').execute()).length, 0);
    });
  }

  test(`a CSV over ${MAX_IMPORT_ROWS} rows is refused while read`, async () => {
    const csv = Buffer.from('NIK;Nama Lengkap\n' + '1;A\n'.repeat(MAX_IMPORT_ROWS + 1));
    await assert.rejects(readRosterRows(csv, 'besar.csv'), /Berkas berisi lebih dari 200\.000 baris; pecah menjadi beberapa berkas/);
    const exact = Buffer.from('NIK;Nama Lengkap\n' + '1;A\n'.repeat(10));
    assert.equal((await readRosterRows(exact, 'kecil.csv')).rows.length, 10);
  });
});
