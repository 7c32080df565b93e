import { competencyRecords, potentialRecords, type AssessmentContext } from './assessments.js';
import { educationHistory, positionHistory, rankHistory, type CareerContext } from './careers.js';
import { PELAKSANA } from './catalog.js';
import type { SizedInstansiSpec } from './kalteng.js';
import type { Level } from './levels.js';
import { buildOffices } from './offices.js';
import type { OrgUnit } from './org.js';
import { makePerson, siasnEducationName, type Person } from './people.js';
import { planPositions, type PositionPlan } from './positions.js';
import { Rng } from './prng.js';
import { awardRecords, sanctionRecords, skpRecords } from './records.js';
import { trainingRecords } from './training.js';
import {
  emptyRows,
  type DemoBatch,
  type DemoRows,
  type EmployeeRow,
  type PositionRow,
  type UnitRow,
} from './rows.js';
import { addServicesAndStaff } from './services.js';

/**
 * The pure generator of one government's demo data. Everything flows from (seed, instansi kode, year):
 * each instansi has its own random stream, so generating one alone (`only`) or all of them gives the same
 * rows, and within an instansi each kind of record draws from its own stream in employee order, so the chunk
 * size of the stream does not change the data either.
 */

export interface GenerateOptions {
  seed: number;
  year: number;
  /** The instansi's database id, written into every row. */
  instansiId: number;
  /** Employees per streamed chunk (default 1,000). */
  chunk?: number;
}

const LEMBAGA_KALTENG = [
  'UPT Penilaian Kompetensi BKD Provinsi Kalimantan Tengah',
  'Kantor Regional VIII BKN Banjarmasin',
  'Pusat Penilaian Kompetensi ASN BKN',
  'Assessment Center Kementerian Dalam Negeri',
];
const LEMBAGA_OTHER = [
  'UPT Penilaian Kompetensi BKD Provinsi',
  'Pusat Penilaian Kompetensi ASN BKN',
  'Lembaga Administrasi Negara',
];

function unitRow(instansiId: number, u: OrgUnit): UnitRow {
  return {
    instansiId,
    id: u.id,
    unorId: u.unorId,
    nama: u.nama,
    parentId: u.parentId,
    eselon: u.eselon,
    namaJabatan: u.namaJabatan,
    path: u.path,
  };
}

function positionRow(instansiId: number, p: PositionPlan): PositionRow {
  return {
    instansiId,
    id: p.id,
    kode: p.kode,
    nama: p.nama,
    unitId: p.unit.id,
    jenjang: p.jenjang,
    eselon: p.eselon,
    minGolongan: p.minGolongan,
    minPendidikan: p.minPendidikan,
    standarKompetensi: p.standarKompetensi,
    isKey: p.isKey,
    alasanKritikal: p.alasanKritikal,
  };
}

function employeeRow(instansiId: number, p: Person): EmployeeRow {
  const pos = p.slot.position;
  const rank = p.ranks[p.ranks.length - 1];
  return {
    instansiId,
    id: p.id,
    nip: p.nip,
    nama: p.nama,
    gelarDepan: p.gelarDepan,
    gelarBelakang: p.gelarBelakang,
    tglLahir: p.birth,
    jenisKelamin: p.sex,
    jenisPegawai: p.pppk ? 'PPPK' : 'PNS',
    kedudukan: p.kedudukan,
    golongan: rank?.golongan ?? null,
    tmtGolongan: rank?.tmt ?? null,
    pendidikan: p.education,
    pendidikanNama: p.education ? siasnEducationName(p.education) : 'Lainnya',
    unitId: pos.unit.id,
    positionId: pos.id,
    jabatanNama: pos.nama,
    jenisJabatanId: p.info.jenisJabatanId,
    eselon: pos.eselon,
    jenjang: pos.jenjang,
    tmtJabatan: p.tmtJabatan,
    tmtCpns: p.tmtCpns,
  };
}

/** The government's unit tree, positions and staff plan (small; held whole while its employees stream). */
export function planInstansi(spec: SizedInstansiSpec, seed: number) {
  const rng = new Rng(seed, `instansi:${spec.kode}`);
  const orgRng = rng.fork('org');
  const { builder, org, root } = buildOffices(spec, orgRng);
  const posts = addServicesAndStaff(builder, org, root, spec, orgRng);
  const { positions, slots } = planPositions(rng.fork('positions'), org.units, posts);
  return { rng, org, positions, slots };
}

/** Streams one government's rows table by table: units, positions, then employees and their records in chunks. */
export function* generateInstansiBatches(
  spec: SizedInstansiSpec,
  options: GenerateOptions,
): Generator<DemoBatch> {
  const { year, instansiId } = options;
  const chunk = options.chunk ?? 1000;
  const { rng, org, positions, slots } = planInstansi(spec, options.seed);
  yield { table: 'unit', rows: org.units.map((u) => unitRow(instansiId, u)) };
  yield { table: 'position', rows: positions.map((p) => positionRow(instansiId, p)) };

  const structural = new Map<Level, PositionPlan[]>();
  for (const p of positions) {
    if (!p.eselon) continue;
    const list = structural.get(p.level) ?? [];
    list.push(p);
    structural.set(p.level, list);
  }
  const region = spec.jenis === 'PROVINSI' ? 'Provinsi' : spec.jenis === 'KOTA' ? 'Kota' : 'Kabupaten';
  const career: CareerContext = {
    instansiId,
    structural,
    officeUnits: org.units.filter((u) => u.profile === 'office').map((u) => u.nama),
    pelaksanaNames: PELAKSANA.map(([p]) => p.nama),
    town: spec.ibukota,
  };
  const assess: AssessmentContext = {
    instansiId,
    year,
    lembaga: spec.indukKode === 'kalteng' || spec.kode === 'kalteng' ? LEMBAGA_KALTENG : LEMBAGA_OTHER,
  };
  const streams = {
    people: rng.fork('people'),
    career: rng.fork('career'),
    records: rng.fork('records'),
    assess: rng.fork('assessments'),
  };
  const personCtx = { spec, year, nips: new Set<string>() };
  for (let start = 0; start < slots.length; start += chunk) {
    const rows = emptyRows();
    for (const slot of slots.slice(start, start + chunk)) {
      const person = makePerson(streams.people, slot, personCtx);
      rows.employee.push(employeeRow(instansiId, person));
      rows.position_history.push(...positionHistory(streams.career, career, person));
      rows.rank_history.push(...rankHistory(streams.career, instansiId, person));
      rows.education.push(...educationHistory(streams.career, career, person, year));
      rows.skp.push(...skpRecords(streams.records, instansiId, person, year));
      rows.training.push(...trainingRecords(streams.records, instansiId, person, year));
      rows.sanction.push(...sanctionRecords(streams.records, instansiId, person, year));
      rows.award.push(...awardRecords(streams.records, instansiId, person, year, region));
      const competency = competencyRecords(streams.assess, assess, person);
      rows.competency_assessment.push(...competency);
      rows.potential_assessment.push(...potentialRecords(streams.assess, assess, person, competency));
    }
    for (const table of Object.keys(rows) as (keyof DemoRows)[]) {
      if (rows[table].length > 0) yield { table, rows: rows[table] } as DemoBatch;
    }
  }
}

/** One government's rows, whole (tests and small scales). */
export function generateInstansi(spec: SizedInstansiSpec, options: GenerateOptions): DemoRows {
  const all = emptyRows();
  for (const batch of generateInstansiBatches(spec, options)) {
    (all[batch.table] as unknown[]).push(...batch.rows);
  }
  return all;
}
