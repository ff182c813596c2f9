/**
 * The link in a list row's first cell: Tab reaches it and Enter opens the row (WCAG 2.1.1), where a click
 * anywhere on the row opens it too. A row that opens a dialog gets a button instead (`onOpen`).
 */
import type { ReactNode } from 'react';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function RowLink({ to, children, mono = false }: { to: string; children: ReactNode; mono?: boolean }) {
  return (
    <Anchor component={Link} to={to} size="sm" fw={600} ff={mono ? 'monospace' : undefined} onClick={(e) => e.stopPropagation()}>
      {children}
    </Anchor>
  );
}

/** `expanded`: the row opens in place (an expansion), said to screen readers as aria-expanded. */
export function RowButton({ onOpen, children, mono = false, expanded }: { onOpen: () => void; children: ReactNode; mono?: boolean; expanded?: boolean }) {
  return (
    <Anchor
      component="button"
      type="button"
      aria-expanded={expanded}
      size="sm"
      fw={600}
      ff={mono ? 'monospace' : undefined}
      onClick={(e) => {
        e.stopPropagation();
        onOpen();
      }}
    >
      {children}
    </Anchor>
  );
}
