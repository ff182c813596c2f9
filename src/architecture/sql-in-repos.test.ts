/**
 * SQL lives in repositories (ARCHITECTURE.md, issue #17): a query-builder call — selectFrom, insertInto,
 * updateTable, deleteFrom, or a sql`…` template — appears only in a repo.ts / *-repo.ts file, in src/db/, or in
 * test code (src/testing/, *.test.ts). This test reads every source file of src/ and names any other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;
const ALLOWED = (path: string) => /(^|\/)repo\.ts$|-repo\.ts$|\.test\.ts$/.test(path) || path.startsWith('src/db/') || path.startsWith('src/testing/');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(path)).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

test('no query-builder call outside a repository, src/db/ or test code', () => {
  const offenders = sources('src')
    .filter((path) => !ALLOWED(path))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          QUERY.test(line) && !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*') ? [`${path}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
  assert.deepEqual(offenders, []);
});

test('the rule sees a query where it must not be', () => {
  assert.ok(QUERY.test("const x = await db.selectFrom('claims').select('id');"));
  assert.ok(QUERY.test('await sql`update t set a = 1`.execute(db);'));
  assert.equal(ALLOWED('src/claims/service.ts'), false);
  assert.equal(ALLOWED('src/claims/repo.ts'), true);
  assert.equal(ALLOWED('src/core/scope-repo.ts'), true);
});
