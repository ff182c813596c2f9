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
    const { code, output } = lintAs(
      'src/claims/rules.ts',
      "import { addYears } from '../core/dates.ts';\nimport type { Terms } from '../agreements/model.ts';\nexport const f = (t: Terms) => [t, addYears];\n",
    );
    assert.equal(code, 0, output);
  });

  test('a repo may not import a service or a route', () => {
    const { code, output } = lintAs('src/claims/repo.ts', "import { createClaimsService } from './service.ts';\nexport const s = createClaimsService;\n");
    assert.equal(code, 1);
    assert.match(output, /A repo holds SQL only/);
  });

  test('a server feature uses another feature only through its public entry (index.ts, or model.ts for its pure part)', () => {
    // repo.ts and rules.ts have overrides of their own, and a later override's options replace an earlier one's:
    // each repeats the rule between features, so both are fed a wrong import here too.
    for (const [path, line] of [
      ['src/claims/service.ts', "import { getAgreement } from '../agreements/repo.ts';"],
      ['src/claims/service.ts', "import { reportedWage } from '../agreements/rules.ts';"],
      ['src/monitoring/dashboard.ts', "import { createContributionsService } from '../contributions/service.ts';"],
      ['src/claims/repo.ts', "import { getAgreement } from '../agreements/repo.ts';"],
    ]) {
      const { code, output } = lintAs(path!, `${line}\nexport const used = [${line!.match(/\{ (\w+) \}/)![1]}];\n`);
      assert.equal(code, 1, `${line} should be refused in ${path}`);
      assert.match(output, /noRestrictedImports/);
      assert.match(output, /public entry/);
    }
    const later = lintAs('src/self-check/routes.ts', "export const pdf = async () => (await import('../enrolment/card-pdf.ts')).renderCardsPdf;\n");
    assert.equal(later.code, 1, 'an import() is held to the same rule');
    assert.match(later.output, /public entry/);
    const right = lintAs(
      'src/claims/service.ts',
      "import { getAgreement } from '../agreements/index.ts';\nimport { reportedWage } from '../agreements/model.ts';\nimport { addYears } from '../core/dates.ts';\nimport type { DB } from '../db/schema.ts';\nimport * as repo from './repo.ts';\nexport const used = [getAgreement, reportedWage, addYears, repo];\nexport type T = DB;\n",
    );
    assert.equal(right.code, 0, right.output);
  });

  test("a feature's test reaches another feature through its entry or the builders in src/testing, not its internals", () => {
    const wrong = lintAs('src/claims/x.test.ts', "import { getEmployee } from '../roster/repo.ts';\nexport const used = getEmployee;\n");
    assert.equal(wrong.code, 1);
    assert.match(wrong.output, /public entry/);
    const right = lintAs(
      'src/claims/x.test.ts',
      "import { getEmployee } from '../roster/index.ts';\nimport { sitiAndBudi } from '../testing/builders.ts';\nimport { findClaim } from './repo.ts';\nexport const used = [getEmployee, sitiAndBudi, findClaim];\n",
    );
    assert.equal(right.code, 0, right.output);
  });

  test('pure code uses another feature only through its pure entry (model.ts), and a model.ts re-exports no I/O', () => {
    const viaIndex = lintAs('src/contributions/rules.ts', "import { reportedWage } from '../agreements/index.ts';\nexport const used = reportedWage;\n");
    assert.equal(viaIndex.code, 1);
    assert.match(viaIndex.output, /pure entry/);
    const inside = lintAs('src/benefits/stmb.ts', "import { reportedWage } from '../agreements/rules.ts';\nexport const used = reportedWage;\n");
    assert.equal(inside.code, 1);
    assert.match(inside.output, /pure entry/);
    const model = lintAs('src/claims/model.ts', "export { findClaim } from './repo.ts';\n");
    assert.equal(model.code, 1);
    assert.match(model.output, /Aturan murni/);
    const right = lintAs(
      'src/contributions/rules.ts',
      "import { reportedWage, type Terms } from '../agreements/model.ts';\nexport const used = (t: Terms) => [t, reportedWage];\n",
    );
    assert.equal(right.code, 0, right.output);
  });

  test('plumbing (the composition root, the HTTP app, the CLI table, test builders) may import any module of a feature', () => {
    for (const [path, line] of [
      ['src/services.ts', "import { createClaimsService } from './claims/service.ts';"],
      ['src/http/app.ts', "import { claimRoutes } from '../claims/routes.ts';"],
      ['src/testing/builders.ts', "import { findClaim } from '../claims/repo.ts';"],
    ]) {
      const { code, output } = lintAs(path!, `${line}\nexport const used = [${line!.match(/\{ (\w+) \}/)![1]}];\n`);
      assert.equal(code, 0, `${path}: ${output}`);
    }
  });

  test("a web feature may not reach into another feature's folders, only its public entry", () => {
    const wrong = lintAs(
      'web/src/features/claims/pages/X.tsx',
      "import { QuoteItemsTable } from '../../benefits/components/QuoteItemsTable.tsx';\nexport const x = QuoteItemsTable;\n",
    );
    assert.equal(wrong.code, 1);
    assert.match(wrong.output, /public entry/);
    const right = lintAs(
      'web/src/features/claims/pages/X.tsx',
      "import { QuoteItemsTable } from '../../benefits/index.ts';\nimport { Section } from '../../../components/Section.tsx';\nimport { useOwn } from '../api/own.ts';\nexport const x = [QuoteItemsTable, Section, useOwn];\n",
    );
    assert.equal(right.code, 0, right.output);
  });
});
