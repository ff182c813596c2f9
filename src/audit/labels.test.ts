/** Every action code recordAudit is called with has a Bahasa and an English label. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_LABELS, ENTITY_LABELS } from './labels.ts';
import { auditDiff } from './diff.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Codes built from a template, with every value the template takes. */
const TEMPLATES: Record<string, string[]> = {
  'agreement.${input.kind}': ['adendum', 'amandemen'],
  'claim.${to}': ['verified', 'approved', 'rejected', 'paid'],
  'employee.${kind}': ['moved', 'position_changed', 'updated'],
};

test('every audit action code has a label in both languages', () => {
  const codes = new Set<string>();
  const entities = new Set<string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    // src/audit/ defines recordAudit and reads the log (column names like 'a.action'); the callers are elsewhere.
    if (!text.includes('recordAudit(') || file.startsWith(join('src', 'audit'))) continue;
    for (const line of text.split('\n')) {
      if (/\baction\b/.test(line)) {
        for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1]!);
        for (const m of line.matchAll(/`([a-z_]+\.\$\{[^}]+\})`/g)) {
          const values = TEMPLATES[m[1]!];
          assert.ok(values, `${file}: the template ${m[1]} has no list of values in labels.test.ts`);
          for (const v of values) codes.add(m[1]!.replace(/\$\{[^}]+\}/, v));
        }
      }
      for (const m of line.matchAll(/entityType: '([a-z_]+)'/g)) entities.add(m[1]!);
    }
  }
  assert.ok(codes.size >= 40, `found only ${codes.size} codes`);
  for (const code of ['claim.payment', 'user.create', 'work_unit.close', 'employee.create_nik_override']) assert.ok(codes.has(code), code);
  const missing = [...codes].filter((c) => !ACTION_LABELS[c]);
  assert.deepEqual(missing, [], `action codes without a label: ${missing.join(', ')}`);
  const missingEntities = [...entities].filter((e) => !ENTITY_LABELS[e]);
  assert.deepEqual(missingEntities, []);
  for (const [code, label] of Object.entries(ACTION_LABELS)) {
    assert.ok(label.id && label.en && label.id !== label.en, code);
  }
  assert.deepEqual(ACTION_LABELS['claim.payment'], { id: 'Pembayaran klaim dicatat', en: 'Claim payment recorded' });
});

test('before/after reads as the changed fields only', () => {
  assert.deepEqual(auditDiff({ name: 'Dinas Kesehatan', parentId: null }, { name: 'Dinas Kesehatan dan KB' }), [
    { field: 'name', before: 'Dinas Kesehatan', after: 'Dinas Kesehatan dan KB' },
    { field: 'parentId', before: '—', after: null },
  ]);
  assert.deepEqual(auditDiff(null, { role: 'viewer', unit: { code: 'A' } }), [
    { field: 'role', before: null, after: 'viewer' },
    { field: 'unit.code', before: null, after: 'A' },
  ]);
  assert.deepEqual(auditDiff({ status: 'active' }, { status: 'active' }), []);
});
