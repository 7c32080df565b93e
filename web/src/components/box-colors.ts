/**
 * One colour per box of the 9-box (index 0 = kotak 1), from red (low) to green (high), the same on every
 * chart. Not the only carrier of meaning: tables beside the charts hold the numbers.
 */
export const BOX_COLORS = [
  '#c92a2a',
  '#e8590c',
  '#f08c00',
  '#fab005',
  '#94d82d',
  '#40c057',
  '#1c7ed6',
  '#1864ab',
  '#0b7285',
] as const;
