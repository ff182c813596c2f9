/**
 * The import rules of ARCHITECTURE.md are lint rules (biome.json, `npm run lint`). These tests feed
 * Biome a deliberately wrong file under a path the rule covers and expect it refused, and a right
 * one expected to pass, so a rule that silently stops matching fails here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const biome = join(dirname(require.resolve('@biomejs/biome/package.json')), 'bin', 'biome');
/** The project's own configuration, without git (the scratch folder is no repository). */
const config = { ...JSON.parse(readFileSync('biome.json', 'utf8')), vcs: { enabled: false }, $schema: undefined };

/** Lints `source` as the file at `path` of a scratch copy of the tree; returns Biome's exit code and output. */
function lintAs(path: string, source: string): { code: number; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'lindung-lint-'));
  try {
    writeFileSync(join(root, 'biome.json'), JSON.stringify(config));
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
    const run = spawnSync(process.execPath, [biome, 'lint', '--error-on-warnings', '--colors=off', path], { cwd: root, encoding: 'utf8' });
    return { code: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('import rules (biome.json)', () => {
  test('a rules.ts may not import the database, a repo or a service', () => {
    for (const line of [
      "import { Kysely } from 'kysely';",
      "import { findClaim } from './repo.ts';",
      "import { createClaimsService } from './service.ts';",
      "import { readFileSync } from 'node:fs';",
      "import { connect } from '../db/connect.ts';",
    ]) {
      const { code, output } = lintAs('src/claims/rules.ts', `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
      assert.equal(code, 1, `${line} should be refused in rules.ts`);
      assert.match(output, /noRestrictedImports/);
      assert.match(output, /Aturan murni/);
    }
  });

  test('a rules.ts may import pure modules', () => {
    const { code, output } = lintAs('src/claims/rules.ts', "import { addYears } from '../core/dates.ts';\nimport type { Terms } from '../agreements/terms.ts';\nexport const f = (t: Terms) => [t, addYears];\n");
    assert.equal(code, 0, output);
  });

  test('a repo may not import a service or a route', () => {
    const { code, output } = lintAs('src/claims/repo.ts', "import { createClaimsService } from './service.ts';\nexport const s = createClaimsService;\n");
    assert.equal(code, 1);
    assert.match(output, /A repo holds SQL only/);
  });

  test("a web feature may not reach into another feature's folders, only its public entry", () => {
    const wrong = lintAs('web/src/features/claims/pages/X.tsx', "import { QuoteItemsTable } from '../../benefits/components/QuoteItemsTable.tsx';\nexport const x = QuoteItemsTable;\n");
    assert.equal(wrong.code, 1);
    assert.match(wrong.output, /public entry/);
    const right = lintAs('web/src/features/claims/pages/X.tsx', "import { QuoteItemsTable } from '../../benefits/index.ts';\nimport { Section } from '../../../components/Section.tsx';\nimport { useOwn } from '../api/own.ts';\nexport const x = [QuoteItemsTable, Section, useOwn];\n");
    assert.equal(right.code, 0, right.output);
  });
});
