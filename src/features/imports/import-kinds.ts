import type { ImportKindHandler } from './import-kind.js';
import type { ImportKind } from './import-types.js';
import { jabatanKind } from './kinds/jabatan.kind.js';
import {
  diklatKind,
  hukdisKind,
  kompetensiKind,
  potensiKind,
  riwayatJabatanKind,
  skpKind,
} from './kinds/owned.kinds.js';
import { pegawaiKind } from './kinds/pegawai.kind.js';
import { unorKind } from './kinds/unor.kind.js';

/** Every kind of import-format.md §2, by its command-line name. */
export const IMPORT_KIND_HANDLERS: Readonly<Record<ImportKind, ImportKindHandler>> = {
  unor: unorKind,
  pegawai: pegawaiKind,
  'riwayat-jabatan': riwayatJabatanKind,
  jabatan: jabatanKind,
  skp: skpKind,
  kompetensi: kompetensiKind,
  potensi: potensiKind,
  hukdis: hukdisKind,
  diklat: diklatKind,
};
