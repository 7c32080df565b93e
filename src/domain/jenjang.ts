import type { Jenjang, JenjangError } from './codes.js';

/** SIASN `jenisJabatanId`: 1 structural, 2 functional, 4 pelaksana (regulations.md §4.4). */
export const JENIS_JABATAN = { STRUKTURAL: 1, FUNGSIONAL: 2, PELAKSANA: 4 } as const;

export interface Eselon {
  /** 1 (I) … 5 (V). */
  readonly level: number;
  /** The sub-grade, `null` when the value gives only the level (`II`). */
  readonly sub: 'a' | 'b' | null;
}

const ESELON_ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

/**
 * Parses an eselon such as `II.a`, `II/b`, `III-A`, `IVa`, `2a`, `IV.b`, or a bare level `II`
 * (regulations.md §4.4, eselon list I.a–V.b); `null` when it is not one.
 */
export function parseEselon(value: string): Eselon | null {
  const m = /^\s*(IV|V|III|II|I|[1-5])(?:\s*[/\-. ]?\s*([ab]))?\s*$/i.exec(value);
  if (!m) return null;
  const head = (m[1] ?? '').toUpperCase();
  const level = ESELON_ROMAN[head] ?? Number(head);
  const letter = m[2]?.toLowerCase();
  const sub = letter === 'a' ? 'a' : letter === 'b' ? 'b' : null;
  return { level, sub };
}

/**
 * Job level of a structural position by eselon (rules.md §5; UU 5/2014 Art. 131): I.a/I.b → JPT_MADYA,
 * II → JPT_PRATAMA, III → ADMINISTRATOR, IV → PENGAWAS, otherwise (V, none, unreadable) PELAKSANA.
 */
export function jenjangFromEselon(eselon: string | null): Jenjang {
  const e = eselon === null ? null : parseEselon(eselon);
  switch (e?.level) {
    case 1:
      return 'JPT_MADYA';
    case 2:
      return 'JPT_PRATAMA';
    case 3:
      return 'ADMINISTRATOR';
    case 4:
      return 'PENGAWAS';
    default:
      return 'PELAKSANA';
  }
}

const FUNCTIONAL_LEVELS: readonly (readonly [RegExp, Jenjang])[] = [
  [/\bahli\s+utama\b/i, 'FUNGSIONAL_AHLI_UTAMA'],
  [/\bahli\s+madya\b/i, 'FUNGSIONAL_AHLI_MADYA'],
  [/\bahli\s+muda\b/i, 'FUNGSIONAL_AHLI_MUDA'],
  [/\bahli\s+pertama\b/i, 'FUNGSIONAL_AHLI_PERTAMA'],
  [/\b(?:penyelia|mahir|terampil|pemula)\b/i, 'FUNGSIONAL_KETERAMPILAN'],
];

/**
 * Job level named in a functional position's name (rules.md §5): "Ahli Utama/Madya/Muda/Pertama" → the
 * matching code; "Penyelia/Mahir/Terampil/Pemula" → FUNGSIONAL_KETERAMPILAN (whole words, any case);
 * `null` when the name names no level.
 */
export function functionalJenjangFromName(jabatanNama: string): Jenjang | null {
  for (const [pattern, jenjang] of FUNCTIONAL_LEVELS) {
    if (pattern.test(jabatanNama)) return jenjang;
  }
  return null;
}

export interface JenjangSource {
  /** SIASN jenisJabatanId (1, 2, 4) or null when the row has none. */
  readonly jenisJabatanId: number | null;
  readonly eselon: string | null;
  readonly jabatanNama: string;
}

export type JenjangResult =
  | { readonly ok: true; readonly jenjang: Jenjang }
  | { readonly ok: false; readonly error: JenjangError; readonly message: string };

/**
 * Derives the job level when an import gives none (rules.md §5): structural (1) by eselon, functional (2)
 * by the level named in `jabatanNama` (none named → row error), pelaksana (4) → PELAKSANA.
 * Without `jenisJabatanId` (not covered by rules.md): a name that names a functional level, else an eselon
 * I–IV, decides; otherwise it is a row error rather than a guess.
 */
export function deriveJenjang(source: JenjangSource): JenjangResult {
  const { jenisJabatanId, eselon, jabatanNama } = source;
  switch (jenisJabatanId) {
    case JENIS_JABATAN.STRUKTURAL:
      return { ok: true, jenjang: jenjangFromEselon(eselon) };
    case JENIS_JABATAN.FUNGSIONAL: {
      const jenjang = functionalJenjangFromName(jabatanNama);
      return jenjang
        ? { ok: true, jenjang }
        : {
            ok: false,
            error: 'JABATAN_FUNGSIONAL_TANPA_JENJANG',
            message: `Nama jabatan fungsional "${jabatanNama}" tidak menyebut jenjang (Ahli Utama/Madya/Muda/Pertama atau Penyelia/Mahir/Terampil/Pemula); isi kolom jenjang.`,
          };
    }
    case JENIS_JABATAN.PELAKSANA:
      return { ok: true, jenjang: 'PELAKSANA' };
    case null: {
      const functional = functionalJenjangFromName(jabatanNama);
      if (functional) return { ok: true, jenjang: functional };
      const e = eselon === null ? null : parseEselon(eselon);
      if (e && e.level <= 4) return { ok: true, jenjang: jenjangFromEselon(eselon) };
      return {
        ok: false,
        error: 'JENIS_JABATAN_TIDAK_DIKETAHUI',
        message: `Jenis jabatan "${jabatanNama}" tidak diketahui; isi kolom jenisJabatanId (1 struktural, 2 fungsional, 4 pelaksana) atau jenjang.`,
      };
    }
    default:
      return {
        ok: false,
        error: 'JENIS_JABATAN_TIDAK_DIKENAL',
        message: `jenisJabatanId ${String(jenisJabatanId)} tidak dikenal; gunakan 1 (struktural), 2 (fungsional) atau 4 (pelaksana).`,
      };
  }
}

/**
 * Default standard level of each of the 9 managerial and socio-cultural competencies per job level
 * [DEFAULT] (rules.md §5; PermenPANRB 38/2017, only Administrator = 3 confirmed, regulations.md §3.3).
 */
export const DEFAULT_STANDARD_LEVEL: Readonly<Record<Jenjang, number>> = {
  JPT_UTAMA: 5,
  JPT_MADYA: 5,
  JPT_PRATAMA: 4,
  ADMINISTRATOR: 3,
  PENGAWAS: 2,
  PELAKSANA: 1,
  FUNGSIONAL_AHLI_UTAMA: 4,
  FUNGSIONAL_AHLI_MADYA: 3,
  FUNGSIONAL_AHLI_MUDA: 2,
  FUNGSIONAL_AHLI_PERTAMA: 1,
  FUNGSIONAL_KETERAMPILAN: 1,
};

/**
 * Batas usia pensiun (BUP) per job level [REG] (UU 20/2023 Art. 55; rules.md §5; regulations.md §4.6):
 * JPT 60, Administrator/Pengawas/Pelaksana 58, Fungsional Ahli Utama 65, Ahli Madya 60, others 58.
 */
export const RETIREMENT_AGE: Readonly<Record<Jenjang, number>> = {
  JPT_UTAMA: 60,
  JPT_MADYA: 60,
  JPT_PRATAMA: 60,
  ADMINISTRATOR: 58,
  PENGAWAS: 58,
  PELAKSANA: 58,
  FUNGSIONAL_AHLI_UTAMA: 65,
  FUNGSIONAL_AHLI_MADYA: 60,
  FUNGSIONAL_AHLI_MUDA: 58,
  FUNGSIONAL_AHLI_PERTAMA: 58,
  FUNGSIONAL_KETERAMPILAN: 58,
};

/** BUP of a job level (UU 20/2023 Art. 55; rules.md §5). */
export function retirementAgeFor(jenjang: Jenjang): number {
  return RETIREMENT_AGE[jenjang];
}
