/**
 * Spreadsheet rows travel a batch at a time (an array per piece of the file read), so that each
 * layer — the XLSX reader, the blank-row filter, an importer's own columns — handles them in a
 * plain loop: an async generator's hand-over costs every row it passes on, and a 100,000-row
 * roster went through four of them (issue #14). `eachRow` gives the rows one by one where that
 * cost does not matter (small files, tests).
 */

/** The rows of `batches` one by one (leaving the loop early closes `batches`). */
export async function* eachRow<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const batch of batches) for (const row of batch) yield row;
}

/** Every row of `batches`, in order. */
export async function allRows<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for await (const batch of batches) for (const row of batch) rows.push(row);
  return rows;
}
