import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, decodeWindows1252, detectDelimiter, looksBinary } from './read-csv.ts';

test('Windows-1252 bytes 0x80–0x9F become their characters, not control codes', () => {
  assert.equal(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f)), '€…Š‘’“”–—™Ÿ');
  assert.equal(decodeWindows1252(Uint8Array.of(0x4a, 0x75, 0x6d, 0x92, 0x61, 0x74, 0x20, 0xe9)), 'Jum’at é');
  assert.equal(decodeWindows1252(Uint8Array.of(0x81, 0x8d)), '\u0081\u008d');
});

test('decodeText: BOMs, valid UTF-8, else Windows-1252', () => {
  assert.deepEqual(decodeText(Buffer.from('\ufeffNIK;Nama', 'utf8')), { text: 'NIK;Nama', encoding: 'utf-8' });
  assert.deepEqual(decodeText(Buffer.from('Śantoso', 'utf8')), { text: 'Śantoso', encoding: 'utf-8' });
  assert.deepEqual(decodeText(Buffer.from('André', 'latin1')), { text: 'André', encoding: 'windows-1252' });
  assert.deepEqual(decodeText(Buffer.from('\ufeffNIK', 'utf16le')), { text: 'NIK', encoding: 'utf-16le' });
});

test('detectDelimiter counts outside quotes only', () => {
  assert.equal(detectDelimiter('NIK;Nama;Alamat'), ';');
  assert.equal(detectDelimiter('NIK,Nama,Alamat'), ',');
  assert.equal(detectDelimiter('NIK;"Nama, lengkap";Alamat'), ';');
  assert.equal(detectDelimiter('"a;b;c",NIK'), ',');
  assert.equal(detectDelimiter('NIK\tNama'), '\t');
  assert.equal(detectDelimiter('NIK'), ',');
});

test('looksBinary', () => {
  assert.equal(looksBinary('NIK;Nama\r\n3515140508680001;Budi\r\n'), false);
  assert.equal(looksBinary('abc\u0000def'), true);
  assert.equal(looksBinary('\u0001\u0002\u0003 garbage'), true);
});
