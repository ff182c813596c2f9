/** SQL for employees, their history, and roster imports (with their stored files). */
import { containsText } from '../db/like.ts';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { DB, EmployeesTable, RosterImportsTable } from '../db/schema.ts';
import type { Insertable, Updateable } from 'kysely';
import { dialectOf } from '../db/columns.ts';
import { prepared, type Params } from '../db/prepared.ts';
import type { ListEmployeesQuery } from './schemas.ts';
import { EMPLOYEE_DETAIL_FIELDS, employeeColumns as detailColumns, type EmployeeDetails } from './employee-row.ts';

type Tx = Kysely<DB>;

const employeeColumns = [
  'e.id',
  'e.institution_id',
  'e.nik',
  'e.full_name',
  'e.sex',
  'e.birth_place',
  'e.birth_date',
  'e.work_unit_id',
  'e.position',
  'e.employment_type',
  'e.start_date',
  'e.end_date',
  'e.end_reason',
  'e.phone',
  'e.address',
  'e.nik_override_reason',
  'e.created_at',
  'e.updated_at',
] as const;

function withUnit(db: Tx) {
  return db
    .selectFrom('employees as e')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .select(employeeColumns)
    .select(['u.code as unit_code', 'u.name as unit_name']);
}

export type EmployeeRecord = NonNullable<Awaited<ReturnType<typeof getEmployee>>>;

export async function getEmployee(db: Tx, id: number) {
  return withUnit(db).where('e.id', '=', id).executeTakeFirst();
}

export async function findByNik(db: Tx, nik: string) {
  return withUnit(db).where('e.nik', '=', nik).executeTakeFirst();
}

/**
 * On SQLite an import's chunk of NIKs goes to the database as ONE JSON parameter, read back by
 * json_each: the statement's text is the same for every chunk (prepared once, kept in the statement
 * cache), where a list of values made Kysely build and SQLite prepare a statement of hundreds of
 * parameters for each chunk. Its rows are written by multiRowInsert (below). PostgreSQL keeps the lists.
 */
const onSqlite = (db: Tx) => dialectOf(db as unknown as Kysely<unknown>) === 'sqlite';

/** Compiled once (db/prepared.ts): an import asks it for every chunk of rows, twice. */
const employeesByNikJson = prepared((db, p: Params<{ niks: string }>) =>
  withUnit(db).where('e.nik', 'in', sql<string>`(select value from json_each(${p.niks}))`),
);

export async function findByNiks(db: Tx, niks: string[]) {
  if (niks.length === 0) return [];
  if (onSqlite(db)) return employeesByNikJson(db, { niks: JSON.stringify(niks) });
  return withUnit(db).where('e.nik', 'in', niks).execute();
}

export interface ListScope {
  institutionId?: number | undefined;
  /** The governments in the caller's scope (src/core/scope.ts); undefined = all. */
  institutionIds?: number[] | undefined;
  unitId?: number | undefined;
  today: string;
}

const SORT_COLUMNS = { name: 'e.full_name', nik: 'e.nik', unit: 'u.code', startDate: 'e.start_date' } as const;

function filtered(db: Tx, q: ListEmployeesQuery, scope: ListScope) {
  let query = db.selectFrom('employees as e').innerJoin('work_units as u', 'u.id', 'e.work_unit_id');
  if (scope.institutionId) query = query.where('e.institution_id', '=', scope.institutionId);
  if (scope.institutionIds) query = query.where('e.institution_id', 'in', scope.institutionIds);
  if (scope.unitId) query = query.where('e.work_unit_id', '=', scope.unitId);
  if (q.unitId) query = query.where('e.work_unit_id', '=', q.unitId);
  if (q.status === 'active') query = query.where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', scope.today)]));
  if (q.status === 'ended') query = query.where('e.end_date', '<', scope.today);
  if (q.q) {
    const text = q.q.toLowerCase();
    query = /^\d+$/.test(text)
      ? // Digits: the start of a NIK, or a participant number (KPJ) exactly (the field report finds people by either).
        query.where((eb) =>
          eb.or([
            eb('e.nik', 'like', `${text}%`),
            eb.exists(eb.selectFrom('participants as p').select('p.id').whereRef('p.employee_id', '=', 'e.id').where('p.kpj', '=', text)),
          ]),
        )
      : query.where((eb) => containsText(eb.ref('e.full_name'), text));
  }
  return query;
}

export async function listEmployees(db: Tx, q: ListEmployeesQuery, scope: ListScope) {
  const base = filtered(db, q, scope);
  const rows = await base
    .select(employeeColumns)
    .select(['u.code as unit_code', 'u.name as unit_name'])
    .orderBy(SORT_COLUMNS[q.sort], q.order)
    .orderBy('e.id', q.order)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** Every employee matching a filter, in pages, for exports that must not load 100,000 rows at once. */
export async function* iterateEmployees(db: Tx, q: ListEmployeesQuery, scope: ListScope, pageSize = 2000) {
  let lastId = 0;
  for (;;) {
    const rows = await filtered(db, q, scope)
      .select(employeeColumns)
      .select(['u.code as unit_code', 'u.name as unit_name'])
      .where('e.id', '>', lastId)
      .orderBy('e.id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    lastId = rows[rows.length - 1]!.id;
  }
}

export async function insertEmployee(trx: Tx, row: Insertable<EmployeesTable>): Promise<number> {
  const { id } = await trx.insertInto('employees').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateEmployee(trx: Tx, id: number, patch: Updateable<EmployeesTable>): Promise<void> {
  await trx.updateTable('employees').set(patch).where('id', '=', id).execute();
}

/**
 * `insert into T (…) select … from (select ? as a, …) c, (values (?, …), (?, …), …) v` for up to
 * 250 rows at a time (an import's chunk of 500 is two statements), on SQLite: a full batch always
 * has the same text, so its statement is prepared once and kept in the statement cache
 * (src/db/connect.ts), and it runs without Kysely building a query. The values every row shares
 * (the time of the import, its actor) are bound once, in `c`, and each row binds only its own, in
 * `v` (17 values a row, the same time twice among them, cost SQLite more: alone, 100,000 employees
 * ≈ 0.26 s against ≈ 0.22 s). `select` is the select list, over `c.NAME` and `v.columnN`. (Sending
 * a chunk as one JSON text read by json_each cost SQLite a JSON parse for every column of every row.)
 */
function valuesInsert(table: string, columns: readonly string[], shared: readonly string[], width: number, select: string) {
  // Fewer rows when the text would pass STATEMENT_CACHE_MAX_SQL (it would not be cached).
  const rowsPerInsert = Math.min(250, Math.floor(8000 / (2 * width + 2)));
  const row = `(${Array.from({ length: width }, () => '?').join(',')})`;
  const head = `insert into ${table} (${columns.join(', ')}) select ${select} from (select ${shared.map((name) => `? as ${name}`).join(', ')}) c, (values `;
  const text = (n: number) => `${head}${Array.from({ length: n }, () => row).join(',')}) v`;
  const full = text(rowsPerInsert);
  /**
   * Writes `count` rows, `fill` putting row i's `width` values into the parameters from index k,
   * and answers their ids in the rows' order. A rowid table gives the rows of one statement
   * consecutive ids (the values in their order), the last of them `last_insert_rowid()`
   * (AUTOINCREMENT: always past every id ever used, and SQLite has one writer), so nothing is
   * returned row by row.
   */
  return async (trx: Tx, sharedValues: readonly unknown[], count: number, fill: (parameters: unknown[], k: number, i: number) => void): Promise<number[]> => {
    const ids: number[] = new Array(count);
    for (let at = 0; at < count; at += rowsPerInsert) {
      const n = Math.min(rowsPerInsert, count - at);
      // The rows' values go straight into the statement's parameters (no object or array per row).
      const parameters: unknown[] = new Array(shared.length + n * width);
      for (let j = 0; j < shared.length; j++) parameters[j] = sharedValues[j];
      for (let i = 0, k = shared.length; i < n; i++, k += width) fill(parameters, k, at + i);
      const result = await trx.executeQuery(CompiledQuery.raw(n === rowsPerInsert ? full : text(n), parameters));
      const last = Number(result.insertId);
      if (!Number.isSafeInteger(last) || Number(result.numAffectedRows) !== n)
        throw new Error(`${table}: ${n} baris ditulis, SQLite menjawab ${result.numAffectedRows}`);
      for (let i = 0; i < n; i++) ids[at + i] = last - n + 1 + i;
    }
    return ids;
  };
}

/** A new employee on SQLite: its government, unit and NIK, then its details, 14 values a row; the time shared. */
const insertEmployeeRows = valuesInsert(
  'employees',
  ['institution_id', 'work_unit_id', 'nik', ...EMPLOYEE_DETAIL_FIELDS.map(([column]) => column), 'nik_override_reason', 'created_at', 'updated_at'],
  ['t'],
  3 + EMPLOYEE_DETAIL_FIELDS.length,
  `${Array.from({ length: 3 + EMPLOYEE_DETAIL_FIELDS.length }, (_, i) => `v.column${i + 1}`).join(', ')}, null, c.t, c.t`,
);

/** A new employee of an import: its validated details (with the NIK) and its unit. */
export interface NewEmployee {
  employee: (EmployeeDetails & { nik: string }) | null;
  unit: { id: number; institution_id: number } | null;
}

const incomplete = () => new Error('Baris baru tanpa data pegawai atau unit');

/** Many new employees (an import's chunk), created at `now`: their ids, in the rows' order. */
export async function insertEmployees(trx: Tx, rows: readonly NewEmployee[], now: string): Promise<number[]> {
  if (rows.length === 0) return [];
  if (onSqlite(trx)) {
    return insertEmployeeRows(trx, [now], rows.length, (p, k, i) => {
      const { employee: e, unit } = rows[i]!;
      if (!e || !unit) throw incomplete();
      p[k] = unit.institution_id;
      p[k + 1] = unit.id;
      p[k + 2] = e.nik;
      for (let j = 0, at = k + 3; j < EMPLOYEE_DETAIL_FIELDS.length; j++, at++) p[at] = e[EMPLOYEE_DETAIL_FIELDS[j]![1]];
    });
  }
  const values = rows.map((r): Insertable<EmployeesTable> => {
    const { employee: e, unit } = r;
    if (!e || !unit) throw incomplete();
    return {
      institution_id: unit.institution_id,
      nik: e.nik,
      ...detailColumns(e),
      work_unit_id: unit.id,
      nik_override_reason: null,
      created_at: now,
      updated_at: now,
    };
  });
  const inserted = await trx.insertInto('employees').values(values).returning(['id', 'nik']).execute();
  const idOf = new Map(inserted.map((r) => [r.nik, r.id]));
  return values.map((r) => idOf.get(r.nik)!);
}

/** Finds the employees of some NIKs (`findByNiks`, or its stand-in while the NIK's index is away). */
export type NikLookup = (db: Tx, niks: string[]) => ReturnType<typeof findByNiks>;

/** Compiled once: the employees of a chunk's ids (a JSON array), for the stand-in lookup below. */
const employeesByIdJson = prepared((db, p: Params<{ ids: string }>) => withUnit(db).where('e.id', 'in', sql<number>`(select value from json_each(${p.ids}))`));

/**
 * Runs `work` (a large import's writes, inside its transaction) with every index of the employees
 * table dropped — the ones by name and the NIK's unique one — and makes them again from their own
 * definitions at the end, in the same transaction (a failure rolls the drop back too). Writing
 * 100,000 people at scattered names and NIKs into four indexes cost SQLite far more CPU than
 * building them once, sorted, afterwards (the NIK's alone: 0.7–0.9 s of inserts against 0.35–0.45 s
 * without it and 0.1 s to build it). Building the NIK's index again checks the NIKs are unique:
 * a duplicate fails the import and rolls it back.
 *
 * While the NIK's index is away, `work` gets a lookup that reads the NIKs the table held before
 * (one read of NIK and id, at most as many as the import adds) and fetches the employees it finds
 * by id. It cannot miss one the import itself writes: validation refuses a NIK twice in one file.
 *
 * Only on SQLite (a write transaction there is the only writer: nothing else adds a NIK meanwhile),
 * and only when the import at least doubles the table (`rowsToAdd` ≥ the employees there, and
 * ≥ 10,000): building an index reads the whole table. Otherwise — and on PostgreSQL — `work` runs
 * as it is, with `findByNiks`.
 */
export async function withEmployeeIndexesDeferred<T>(trx: Tx, rowsToAdd: number, work: (lookup: NikLookup) => Promise<T>): Promise<T> {
  if (rowsToAdd < 10_000 || !onSqlite(trx)) return work(findByNiks);
  const { n } = await trx
    .selectFrom('employees')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (rowsToAdd < Number(n)) return work(findByNiks);
  const known = new Map<string, number>();
  for (const row of await trx.selectFrom('employees').select(['nik', 'id']).execute()) known.set(row.nik, row.id);
  const lookup: NikLookup = async (db, niks) => {
    const ids: number[] = [];
    for (const nik of niks) {
      const id = known.get(nik);
      if (id !== undefined) ids.push(id);
    }
    return ids.length === 0 ? [] : employeesByIdJson(db, { ids: JSON.stringify(ids) });
  };
  const indexes = (
    await sql<{
      name: string;
      sql: string;
    }>`select name, sql from sqlite_master where type = 'index' and tbl_name = 'employees' and sql is not null`.execute(trx)
  ).rows;
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  const result = await work(lookup);
  for (const index of indexes) await sql.raw(index.sql).execute(trx);
  return result;
}

export interface HistoryRow {
  employee_id: number;
  at?: string;
  effective_on: string;
  kind: DB['employee_history']['kind'];
  actor_label: string;
  before_json: string | null;
  after_json: string | null;
}

export async function insertHistory(trx: Tx, row: HistoryRow): Promise<void> {
  await insertHistories(trx, [row]);
}

export async function insertHistories(trx: Tx, rows: HistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('employee_history').values(rows).execute();
}

/**
 * The "created" history of an import's new employees on SQLite: per row its id, start date and file
 * row; the time, the day and the actor shared (alone, 100,000 rows ≈ 0.10 s against ≈ 0.13 s for an
 * `INSERT … SELECT` from a JSON list of [id, row] joined to the employees for their start dates).
 * `cast`: better-sqlite3 binds a number as a real, which `||` would write as "2.0".
 */
const insertCreatedHistoryRows = valuesInsert(
  'employee_history',
  ['employee_id', 'at', 'effective_on', 'kind', 'actor_label', 'before_json', 'after_json'],
  ['at', 'day', 'actor'],
  3,
  `v.column1, c.at, coalesce(v.column2, c.day), 'created', c.actor, null, '{"import":true,"row":' || cast(v.column3 as integer) || '}'`,
);

/**
 * The "created" history of an import's new employees: effective from their start date (or `day`
 * when the file did not say), `{"import":true,"row":N}` naming the file's row.
 */
export async function insertImportedHistories(
  trx: Tx,
  entry: { at: string; day: string; actorLabel: string },
  created: { id: number; row: number; startDate: string | null }[],
): Promise<void> {
  if (created.length === 0) return;
  if (onSqlite(trx)) {
    await insertCreatedHistoryRows(trx, [entry.at, entry.day, entry.actorLabel], created.length, (p, k, i) => {
      const c = created[i]!;
      p[k] = c.id;
      p[k + 1] = c.startDate;
      p[k + 2] = c.row;
    });
    return;
  }
  await insertHistories(
    trx,
    created.map((c) => ({
      employee_id: c.id,
      at: entry.at,
      effective_on: c.startDate ?? entry.day,
      kind: 'created' as const,
      actor_label: entry.actorLabel,
      before_json: null,
      after_json: `{"import":true,"row":${c.row}}`, // JSON.stringify({ import: true, row }) of a row number
    })),
  );
}

export async function listHistory(db: Tx, employeeId: number) {
  return db.selectFrom('employee_history').selectAll().where('employee_id', '=', employeeId).orderBy('id', 'desc').execute();
}

/** The units of a government (every column), for an import whose rows name their unit. */
export async function unitsOfGovernment(db: Tx, institutionId: number) {
  return db.selectFrom('work_units').selectAll().where('institution_id', '=', institutionId).execute();
}

/** An uploaded roster file, kept for the preview's confirmation and its error report. */
export async function insertImportFile(trx: Tx, file: { name: string; mime: string; size: number; sha256: string; content: Buffer }): Promise<number> {
  const { id } = await trx.insertInto('files').values(file).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertImport(
  trx: Tx,
  row: Pick<RosterImportsTable, 'institution_id' | 'work_unit_id' | 'file_id' | 'status' | 'summary_json' | 'staged_rows' | 'created_by'>,
): Promise<number> {
  const { id } = await trx.insertInto('roster_imports').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** An import with its file's name (its content is read by importContent, when needed: the staged rows usually serve). */
export async function getImport(db: Tx, id: number) {
  return db
    .selectFrom('roster_imports as r')
    .innerJoin('files as f', 'f.id', 'r.file_id')
    .select(['r.id', 'r.status', 'r.work_unit_id', 'r.institution_id', 'r.summary_json', 'r.staged_rows', 'f.name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** The uploaded file of an import. */
export async function importContent(db: Tx, id: number): Promise<Buffer> {
  const row = await db
    .selectFrom('roster_imports as r')
    .innerJoin('files as f', 'f.id', 'r.file_id')
    .select('f.content')
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();
  return row.content;
}

/** Marks a previewed import committed; false when it was not (any more) previewed: another confirmation came first. */
export async function markImportCommitted(trx: Tx, id: number, at: string): Promise<boolean> {
  const claimed = await trx
    .updateTable('roster_imports')
    .set({ status: 'committed', committed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'previewed')
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** The committed import's summary; its staged rows have served and are let go. */
export async function finishImport(trx: Tx, id: number, summaryJson: string): Promise<void> {
  await trx.updateTable('roster_imports').set({ summary_json: summaryJson, staged_rows: null }).where('id', '=', id).execute();
}

/** The facts of these employees that decide whether they may be enrolled (government, unit, end date). */
export async function employeesByIds(db: Tx, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('employees').select(['id', 'nik', 'full_name', 'institution_id', 'work_unit_id', 'end_date']).where('id', 'in', ids).execute();
}
