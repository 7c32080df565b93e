import { daysInMonth, fromMonthIndex, monthIndex, yearOf } from './calendar.js';
import { LEVELS, type Level } from './levels.js';
import type { Person } from './people.js';
import type { PositionPlan } from './positions.js';
import type { Rng } from './prng.js';
import { educationName, type Education } from './titles.js';
import type { EducationRow, PositionHistoryRow, RankHistoryRow } from './rows.js';

/**
 * Career histories (SIASN rw-jabatan, rw-golongan, rw-pendidikan). Position history runs backwards from the
 * current post: a manager usually came from the level below, sometimes rotated at the same level, so that
 * the "unbroken run at the current level" of rules.md §6 varies from person to person.
 */

/** Where someone at `level` usually came from, with weights. */
const PREVIOUS: Readonly<Record<Level, readonly (readonly [Level, number])[]>> = {
  JPT_MADYA: [['JPT_PRATAMA', 1]],
  JPT_PRATAMA: [
    ['JPT_PRATAMA', 0.3],
    ['ADMINISTRATOR', 0.65],
    ['MADYA', 0.05],
  ],
  ADMINISTRATOR: [
    ['ADMINISTRATOR', 0.35],
    ['PENGAWAS', 0.55],
    ['MUDA', 0.1],
  ],
  PENGAWAS: [
    ['PENGAWAS', 0.3],
    ['PELAKSANA', 0.55],
    ['PERTAMA', 0.15],
  ],
  UTAMA: [['MADYA', 1]],
  MADYA: [
    ['MADYA', 0.15],
    ['MUDA', 0.85],
  ],
  MUDA: [
    ['MUDA', 0.15],
    ['PERTAMA', 0.85],
  ],
  PERTAMA: [
    ['PERTAMA', 0.3],
    ['PELAKSANA', 0.7],
  ],
  PENYELIA: [['MAHIR', 1]],
  MAHIR: [['TERAMPIL', 1]],
  TERAMPIL: [
    ['TERAMPIL', 0.3],
    ['PELAKSANA', 0.7],
  ],
  PELAKSANA: [['PELAKSANA', 1]],
};

/** Functional posts a manager may have held before moving to a structural one. */
const GENERAL_FUNCTIONAL = [
  'Analis Kebijakan',
  'Perencana',
  'Auditor',
  'Analis Sumber Daya Manusia Aparatur',
];

/** The post a career starts in: the entry step of the person's track, or pelaksana. */
function entryLevel(person: Person): Level {
  const level = person.slot.position.level;
  if (!person.slot.position.family) return 'PELAKSANA';
  return ['PENYELIA', 'MAHIR', 'TERAMPIL'].includes(level) ? 'TERAMPIL' : 'PERTAMA';
}

export interface CareerContext {
  instansiId: number;
  /** Structural positions by level, to name earlier structural posts. */
  structural: ReadonlyMap<Level, readonly PositionPlan[]>;
  /** Office units' names, for earlier pelaksana posts. */
  officeUnits: readonly string[];
  pelaksanaNames: readonly string[];
  town: string;
}

function historyRow(
  rng: Rng,
  ctx: CareerContext,
  person: Person,
  level: Level,
  tmt: string,
  isCurrent: boolean,
): PositionHistoryRow {
  const info = LEVELS[level];
  const pos = person.slot.position;
  let nama: string;
  let unor: string;
  let eselon: string | null = null;
  if (isCurrent) {
    nama = pos.nama;
    unor = pos.unit.nama;
    eselon = pos.eselon;
  } else if (info.jenisJabatanId === 1) {
    const pool = ctx.structural.get(level) ?? [];
    const other = pool.length > 0 ? rng.pick(pool) : pos;
    nama = other.nama;
    unor = other.unit.nama;
    eselon = other.eselon;
  } else if (info.jenisJabatanId === 2) {
    nama = `${pos.family?.nama ?? rng.pick(GENERAL_FUNCTIONAL)} ${info.suffix}`;
    unor = pos.family && rng.chance(0.6) ? pos.unit.nama : rng.pick(ctx.officeUnits);
  } else {
    nama = rng.pick(ctx.pelaksanaNames);
    unor = rng.pick(ctx.officeUnits);
  }
  return {
    instansiId: ctx.instansiId,
    id: rng.uuid(),
    employeeId: person.id,
    jabatanNama: nama,
    jenisJabatanId: info.jenisJabatanId,
    eselon,
    jenjang: info.jenjang,
    unorNama: unor,
    tmtJabatan: tmt,
  };
}

/** The current post (at its tmtJabatan) and 1–4 earlier ones, none before TMT CPNS. */
export function positionHistory(rng: Rng, ctx: CareerContext, person: Person): PositionHistoryRow[] {
  const rows = [historyRow(rng, ctx, person, person.slot.position.level, person.tmtJabatan, true)];
  if (person.pppk) return rows;
  const start = monthIndex(person.tmtCpns);
  let next = monthIndex(person.tmtJabatan);
  let level = person.slot.position.level;
  const earlier = rng.int(1, 4);
  for (let i = 0; i < earlier && next > start; i++) {
    // The first post begins at TMT CPNS at the entry step; the others lasted one to five years.
    const m = i === earlier - 1 ? start : Math.max(start, next - rng.int(12, 60));
    level = m === start ? entryLevel(person) : rng.weighted(PREVIOUS[level]);
    const day = m === start ? 1 : rng.int(1, 28);
    rows.push(historyRow(rng, ctx, person, level, fromMonthIndex(m, day), false));
    next = m;
  }
  return rows;
}

export function rankHistory(rng: Rng, instansiId: number, person: Person): RankHistoryRow[] {
  return person.ranks.map((r) => ({
    instansiId,
    id: rng.uuid(),
    employeeId: person.id,
    golongan: r.golongan,
    tmtGolongan: r.tmt,
  }));
}

/** The degrees on the way to the highest one. */
function chain(highest: Education, entry: Education): Education[] {
  switch (highest) {
    case 'SD':
    case 'SMP':
    case 'SMA':
      return [highest];
    case 'S3':
      return ['SMA', 'S1', 'S2', 'S3'];
    case 'S2':
      return ['SMA', 'S1', 'S2'];
    case 'S1':
      return entry === 'D3' ? ['SMA', 'D3', 'S1'] : ['SMA', 'S1'];
    default:
      return ['SMA', highest];
  }
}

const GRADUATION_AGE: Record<Education, number> = {
  SD: 12,
  SMP: 15,
  SMA: 18,
  D1: 19,
  D2: 20,
  D3: 21,
  D4: 22,
  S1: 22,
  S2: 25,
  S3: 30,
};

/** Degrees up to the entry education were finished before appointment; later ones while serving. */
export function educationHistory(rng: Rng, ctx: CareerContext, person: Person, year: number): EducationRow[] {
  const highest = person.education ?? person.entryEducation;
  const birthYear = yearOf(person.birth);
  const tmtYear = yearOf(person.tmtCpns);
  const degrees = chain(highest, person.entryEducation);
  const entryIndex = Math.max(0, degrees.indexOf(person.entryEducation));
  const rows: EducationRow[] = [];
  let last = 0;
  degrees.forEach((tingkat, i) => {
    let lulus: number;
    if (i <= entryIndex || person.pppk)
      lulus = Math.min(tmtYear, birthYear + GRADUATION_AGE[tingkat] + rng.int(0, 1));
    else lulus = Math.min(year, Math.max(last + 2, tmtYear + rng.int(2, 8)));
    lulus = Math.max(lulus, last);
    last = lulus;
    rows.push({
      instansiId: ctx.instansiId,
      id: rng.uuid(),
      employeeId: person.id,
      tingkat,
      nama: educationName(rng, tingkat, person.field, ctx.town),
      tahunLulus: lulus,
    });
  });
  return rows;
}

/** A date in the given year, uniformly (day clamped to the month). */
export function dateIn(rng: Rng, year: number, fromMonth = 1, toMonth = 12): string {
  const m = rng.int(fromMonth, toMonth);
  return fromMonthIndex(year * 12 + m - 1, rng.int(1, daysInMonth(year, m)));
}
