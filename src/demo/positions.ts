import { COMPETENCY_KEYS, type CompetencyKey } from '../domain/competency.js';
import { DEFAULT_STANDARD_LEVEL } from '../domain/jenjang.js';
import {
  EXPERT_LEVELS,
  PELAKSANA,
  SKILL_LEVELS,
  family as familyOf,
  type Family,
  type PelaksanaName,
} from './catalog.js';
import { LEVELS, levelOfEselon, type Jenjang, type Level } from './levels.js';
import type { OrgUnit } from './org.js';
import type { Rng } from './prng.js';
import type { StructuralPost } from './services.js';
import type { Education } from './titles.js';

/**
 * The position catalogue (jabatan) of one government and who sits where. A structural post has one incumbent
 * or none; a functional or pelaksana position is one per unit, name and level, and holds as many people as
 * the unit has in that role. Employees are generated from the slots this returns.
 */

/** Standard level of each competency by job level: the domain's default (rules.md §5). */
export const STANDARD_LEVEL = DEFAULT_STANDARD_LEVEL;

export interface PositionPlan {
  id: string;
  kode: string;
  nama: string;
  unit: OrgUnit;
  level: Level;
  jenjang: Jenjang;
  eselon: string | null;
  family: Family | null;
  pelaksana: PelaksanaName | null;
  isKey: boolean;
  alasanKritikal: string | null;
  standarKompetensi: Record<CompetencyKey, number> | null;
  minGolongan: string | null;
  minPendidikan: Education | null;
}

/** One employee to generate: their position and whether they are PPPK. */
export interface Slot {
  position: PositionPlan;
  pppk: boolean;
}

const SCHOOL_PELAKSANA = new Set([
  'Pengadministrasi Perkantoran',
  'Operator Layanan Operasional',
  'Pengolah Data dan Informasi',
]);
const HEALTH_PELAKSANA = new Set([
  ...SCHOOL_PELAKSANA,
  'Pengelola Layanan Operasional',
  'Teknisi Sarana dan Prasarana',
]);

function pelaksanaFor(unit: OrgUnit): readonly (readonly [PelaksanaName, number])[] {
  if (unit.profile === 'school') return PELAKSANA.filter(([p]) => SCHOOL_PELAKSANA.has(p.nama));
  if (unit.profile === 'puskesmas' || unit.profile === 'rsud') {
    return PELAKSANA.filter(([p]) => HEALTH_PELAKSANA.has(p.nama));
  }
  return PELAKSANA;
}

/** A position's own standard: its level's default with integritas and one other competency raised. */
function ownStandard(rng: Rng, jenjang: Jenjang): Record<CompetencyKey, number> {
  const base = STANDARD_LEVEL[jenjang];
  const raised = rng.pick([
    'pengambilanKeputusan',
    'pelayananPublik',
    'mengelolaPerubahan',
    'orientasiPadaHasil',
  ]);
  const out = {} as Record<CompetencyKey, number>;
  for (const k of COMPETENCY_KEYS) out[k] = k === 'integritas' || k === raised ? Math.min(5, base + 1) : base;
  return out;
}

export function planPositions(rng: Rng, units: readonly OrgUnit[], posts: readonly StructuralPost[]) {
  const positions: PositionPlan[] = [];
  const slots: Slot[] = [];
  const seq = { JS: 0, JF: 0, JP: 0 };
  const kode = (p: keyof typeof seq) => `${p}-${String(++seq[p]).padStart(5, '0')}`;

  for (const post of posts) {
    const level = levelOfEselon(post.eselon);
    const jenjang = LEVELS[level].jenjang;
    const isKey = post.kunci !== null && level !== 'PENGAWAS';
    const own = isKey ? rng.chance(0.35) : rng.chance(0.01);
    const plan: PositionPlan = {
      id: rng.uuid(),
      kode: kode('JS'),
      nama: post.nama,
      unit: post.unit,
      level,
      jenjang,
      eselon: post.eselon,
      family: null,
      pelaksana: null,
      isKey,
      alasanKritikal: isKey ? post.kunci : null,
      standarKompetensi: own ? ownStandard(rng, jenjang) : null,
      // Only the top grades carry an explicit minimum rank; the rest use rules.md §6 defaults.
      minGolongan: post.eselon === 'I.b' || post.eselon === 'II.a' ? 'IV/c' : null,
      minPendidikan: level === 'PENGAWAS' ? 'D3' : 'S1',
    };
    positions.push(plan);
    if (!post.vacant) slots.push({ position: plan, pppk: false });
  }

  for (const unit of units) {
    if (unit.staff <= 0) continue;
    const byKey = new Map<string, PositionPlan>();
    const families = Object.entries(unit.families);
    const pelaksana = pelaksanaFor(unit);
    for (let i = 0; i < unit.staff; i++) {
      const functional = families.length > 0 && rng.chance(unit.functional);
      let plan: PositionPlan | undefined;
      let pppk = false;
      if (functional) {
        const fam = familyOf(rng.weighted(families));
        const expert = fam.track === 'A' || (fam.track === 'B' && rng.chance(0.5));
        // PPPK are appointed at the entry level of their track.
        pppk = rng.chance(fam.pppk);
        const level: Level = pppk
          ? expert
            ? 'PERTAMA'
            : 'TERAMPIL'
          : rng.weighted(expert ? (fam.expertLevels ?? EXPERT_LEVELS) : SKILL_LEVELS);
        const key = `F:${fam.key}:${level}`;
        plan = byKey.get(key);
        if (!plan) {
          plan = functionalPlan(rng, kode('JF'), unit, fam, level);
          byKey.set(key, plan);
          positions.push(plan);
        }
      } else {
        const p = rng.weighted(pelaksana);
        pppk = rng.chance(0.08);
        plan = byKey.get(`P:${p.nama}`);
        if (!plan) {
          plan = pelaksanaPlan(rng, kode('JP'), unit, p);
          byKey.set(`P:${p.nama}`, plan);
          positions.push(plan);
        }
      }
      slots.push({ position: plan, pppk });
    }
  }
  return { positions, slots };
}

function functionalPlan(rng: Rng, kode: string, unit: OrgUnit, fam: Family, level: Level): PositionPlan {
  const info = LEVELS[level];
  return {
    id: rng.uuid(),
    kode,
    nama: `${fam.nama} ${info.suffix}`,
    unit,
    level,
    jenjang: info.jenjang,
    eselon: null,
    family: fam,
    pelaksana: null,
    isKey: false,
    alasanKritikal: null,
    standarKompetensi: null,
    minGolongan: null,
    minPendidikan: info.jenjang === 'FUNGSIONAL_KETERAMPILAN' ? 'D3' : 'S1',
  };
}

function pelaksanaPlan(rng: Rng, kode: string, unit: OrgUnit, p: PelaksanaName): PositionPlan {
  const top = p.education[0]?.[0] ?? 'SMA';
  return {
    id: rng.uuid(),
    kode,
    nama: p.nama,
    unit,
    level: 'PELAKSANA',
    jenjang: 'PELAKSANA',
    eselon: null,
    family: null,
    pelaksana: p,
    isKey: false,
    alasanKritikal: null,
    standarKompetensi: null,
    minGolongan: null,
    minPendidikan: top === 'S1' ? 'S1' : top === 'D3' ? 'D3' : 'SMA',
  };
}
