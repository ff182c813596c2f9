// A node:test reporter that prints nothing until the end, then every failure once more with its file and
// its error (the hook's error for a suite whose `before` failed): CI keeps only the head and the tail of
// the output, where the TAP lines of a failure may be cut. Used by scripts/test.mjs beside the TAP reporter.
export default async function* failureSummary(source) {
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const error = event.data.details?.error;
    const kind = error?.failureType;
    if (kind === 'cancelledByParent' || kind === 'subtestsFailed') continue;
    const cause = error?.cause ?? error;
    const text = cause instanceof Error ? `${cause.name}: ${cause.message}\n${(cause.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(cause);
    failures.push(`✗ ${event.data.file ?? '?'} — ${event.data.name}${kind ? ` [${kind}]` : ''}\n${text.replace(/^/gm, '    ')}`);
  }
  if (failures.length === 0) return;
  yield `\n# ==== ${failures.length} kegagalan (failures), diulang di sini (repeated here) ====\n`;
  for (const f of failures) yield `${f.replace(/^/gm, '# ')}\n`;
}
