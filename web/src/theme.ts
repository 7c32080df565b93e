import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Talenta blue; shade 8 (#0b5394) is the primary: white text on it and it on white both pass WCAG AA. */
const talenta: MantineColorsTuple = [
  '#e7f0fa',
  '#c5d9f0',
  '#9fc0e6',
  '#78a6db',
  '#5a92d3',
  '#3c7ecb',
  '#2a6db8',
  '#1d5fa6',
  '#0b5394',
  '#07417a',
];

export const theme = createTheme({
  primaryColor: 'talenta',
  primaryShade: 8,
  colors: { talenta },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  // Keyboard focus is always visible (WCAG 2.4.7), never only on hover.
  focusRing: 'always',
});
