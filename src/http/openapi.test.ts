/**
 * The OpenAPI document linted as a client meets it (Redocly's recommended rules) and checked for what
 * a generated client needs: an operationId per operation, a schema for every JSON success answer,
 * a media type for every download, declared status codes that match the answers.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createHarness, type Harness } from '../testing/harness.ts';
import { downloadMediaType, operationIdOf } from './openapi.ts';

type Doc = {
  servers?: { url: string }[];
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, { schema?: unknown }>; $ref?: string }> }>
  >;
};

describe('OpenAPI document', () => {
  let h: Harness;
  let doc: Doc;
  before(async () => {
    h = await createHarness();
    await h.app.ready();
    doc = h.app.swagger() as unknown as Doc;
  });
  after(async () => h.close());

  test('operation ids and media types are derived from the path', () => {
    assert.equal(operationIdOf('GET', '/api/v1/claims/{id}/letter.pdf'), 'getClaimsByIdLetterPdf');
    assert.equal(operationIdOf('post', '/api/v1/field-reports'), 'postFieldReports');
    assert.equal(downloadMediaType('/api/v1/bills/{id}/xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(downloadMediaType('/api/v1/claims/register.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(downloadMediaType('/api/v1/claims/{id}'), undefined);
  });

  test("Redocly's recommended rules find no error and no warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    const lines = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`);
    assert.deepEqual(lines, []);
  });

  test('one server, no trailing slash, unique operation ids', () => {
    assert.equal(doc.servers?.length, 1);
    const paths = Object.keys(doc.paths);
    assert.deepEqual(
      paths.filter((p) => p.endsWith('/')),
      [],
    );
    assert.ok(paths.includes('/api/v1/claims'));
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => typeof id === 'string' && id.length > 3));
  });

  test('every success answer has a schema: JSON for data, binary for downloads', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const ok = Object.entries(op.responses ?? {}).filter(([code]) => code.startsWith('2'));
        const described = ok.some(([code, r]) => code === '204' || Object.values(r.content ?? {}).some((c) => c.schema));
        if (!described) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
