/**
 * The Mantine theme, chosen for WCAG 2.1 AA contrast (4.5:1 for text, measured by axe-core in e2e/screens.test.ts):
 * - the primary colour is a darker teal whose filled shade (index 6, #087f5b) carries white text at 5.0:1, and whose
 *   light variant (text index 9 on index 1, used by the active navigation link) reaches 9:1;
 * - "dimmed" text is gray 7 (#495057, 8.2:1 on white) instead of gray 6 (#868e96, 3.3:1); placeholders #6c757d (4.7:1).
 */
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

const lindungTeal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#087f5b', '#07704f', '#066245', '#044d36'];

export const theme = createTheme({
  colors: { teal: lindungTeal },
  primaryColor: 'teal',
  primaryShade: 6,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

/**
 * Each colour's text-bearing shade, darkened where Mantine's shade 9 is too light for 4.5:1 on its own shade 1
 * (the light variant's background) and on white: used for light badges' text, filled buttons/badges under white
 * text, outline badges and coloured text (computed once from Mantine's default palettes).
 */
const ACCESSIBLE_SHADE: Record<string, string> = {
  red: '#bd2727',
  pink: '#a61e4d',
  grape: '#862e9c',
  violet: '#5f3dc4',
  indigo: '#364fc7',
  blue: '#1864ab',
  cyan: '#0b6f81',
  green: '#257535',
  lime: '#49750a',
  yellow: '#a15300',
  orange: '#b23b0c',
  gray: '#495057',
};

const colourVariables: Record<string, string> = Object.fromEntries(
  Object.entries(ACCESSIBLE_SHADE).flatMap(([colour, shade]) => [
    [`--mantine-color-${colour}-filled`, shade],
    [`--mantine-color-${colour}-filled-hover`, `color-mix(in srgb, ${shade} 85%, black)`],
    [`--mantine-color-${colour}-light-color`, shade],
    [`--mantine-color-${colour}-outline`, shade],
    [`--mantine-color-${colour}-text`, shade],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Placeholders (the month picker's "Pilih bulan" is a text span, which axe measures) at #6c757d, 4.7:1 on white.
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': '#6c757d', ...colourVariables },
  dark: {},
});
