import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status badge: Mantine's light badge (tinted background) with dark text, because its coloured text on
 * the tint does not reach the AA contrast ratio (axe: 2.7–4.3 of 4.5) at badge size. Sentence case, whole.
 */
export function Tag({ children, ...props }: BadgeProps & { children: ReactNode; 'data-testid'?: string }) {
  return (
    <Badge
      variant="light"
      c="dark.9"
      tt="none"
      // The full label, never cut to an ellipsis in a narrow table cell.
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
      {...props}
    >
      {children}
    </Badge>
  );
}
