import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A link to a person's talent card (`/i/$kode/pegawai/$nip`), inside the app (no page reload). */
export function CardLink({ kode, nip, children }: { kode: string; nip: string; children: ReactNode }) {
  return (
    <Anchor renderRoot={(props) => <Link to="/i/$kode/pegawai/$nip" params={{ kode, nip }} {...props} />}>
      {children}
    </Anchor>
  );
}
