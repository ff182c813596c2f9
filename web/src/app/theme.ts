/**
 * The Mantine theme, chosen for WCAG 2.1 AA contrast (4.5:1 for text, measured by axe-core in e2e/screens.test.ts):
 * - the primary colour is a darker teal whose filled shade (index 6, #087f5b) carries white text at 5.0:1, and whose
 *   light variant (text index 9 on index 1, used by the active navigation link) reaches 9:1;
 * - "dimmed" text is gray 7 (#495057, 8.2:1 on white) instead of gray 6 (#868e96, 3.3:1).
 */
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

const lindungTeal: MantineColorsTuple = [
  '#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#087f5b', '#07704f', '#066245', '#044d36',
];

export const theme = createTheme({
  colors: { teal: lindungTeal },
  primaryColor: 'teal',
  primaryShade: 6,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
