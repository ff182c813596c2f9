/** Before/after of an audit entry as a list of changed fields, readable without JSON. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, '—');
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(prefix, value.map((v) => String(v)).join(', '));
    else for (const [i, v] of value.entries()) flatten(v, `${prefix}[${i + 1}]`, out);
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix || 'nilai', String(value));
}

/** Fields that differ (or appear on one side only), in the order they first appear. */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  flatten(before, '', b);
  flatten(after, '', a);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.filter((f) => b.get(f) !== a.get(f)).map((f) => ({ field: f, before: b.get(f) ?? null, after: a.get(f) ?? null }));
}
