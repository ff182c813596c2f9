import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTextLanguage } from '../core/language.ts';
import { chronologyText, photoFileName, photoKind, photoProblem, placeText, MAX_PHOTO_BYTES } from './rules.ts';

test("a photo's kind is read from its bytes, whatever its name says", () => {
  assert.equal(photoKind(Buffer.from([0xff, 0xd8, 0xff, 0xdb])), 'image/jpeg');
  assert.equal(photoKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png');
  assert.equal(photoKind(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP')])), 'image/webp');
  assert.equal(photoKind(Buffer.from('%PDF-1.7')), null);
  assert.equal(photoKind(Buffer.from('GIF89a')), null);
  assert.equal(photoFileName('IMG_0001.HEIC', 'image/jpeg'), 'IMG_0001.jpg');
  assert.equal(photoFileName('.png', 'image/png'), 'foto.png');
});

test('photo refusals name the photo by its place in the report, counted from 1', () => {
  assert.equal(photoProblem(3, Buffer.alloc(0)), 'Foto 3 kosong');
  assert.equal(photoProblem(1, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_PHOTO_BYTES)])), 'Foto 1 lebih dari 5 MB');
  assert.equal(photoProblem(2, Buffer.from('hello')), 'Berkas 2 bukan foto (hanya JPEG, PNG atau WebP)');
  assert.equal(photoProblem(1, Buffer.from([0xff, 0xd8, 0xff, 0xe0])), null);
  assert.equal(
    withTextLanguage('en', () => photoProblem(2, Buffer.from('hello'))),
    'File 2 is not a photo (JPEG, PNG or WebP only)',
  );
});

test("the place carries the phone's position when given; the chronology the witnesses and where the victim was taken", () => {
  assert.equal(placeText('Pasar Ereke', null), 'Pasar Ereke');
  assert.equal(placeText('Pasar Ereke', { latitude: -4.7, longitude: 123.04123456 }), 'Pasar Ereke (lokasi ponsel -4.700000, 123.041235)');
  assert.equal(chronologyText('Jatuh', '', 'RSUD'), 'Jatuh\nKorban dibawa ke: RSUD');
  assert.equal(chronologyText('Jatuh', '', ''), 'Jatuh');
});
