import type { Db } from '../../db/client.js';
import { referenceDate } from '../../domain/dates.js';
import { BAWAAN_V1 } from '../../domain/rule-set.js';
import { getInstansiOrThrow } from '../mapping/mapping.service.js';
import { BLOCKING_CHECKS, QUALITY_CHECKS, checkEmployee, type QualityCheck } from './data-quality-checks.js';
import {
  findOfficialSkps,
  findQualityEmployees,
  findUnits,
  type QualitySkpRow,
} from './data-quality.repository.js';

export type QualityCounts = {
  /** Active employees (rules.md §2); only they are checked. */
  pegawaiAktif: number;
  tidakAktif: number;
  /** Active employees that the mapping of year Y would leave out (any blocking check). */
  tidakDapatDipetakan: number;
  perMasalah: Record<QualityCheck, number>;
};

export type UnitQuality = QualityCounts & { unorId: string | null; nama: string };

export type EmployeeQuality = {
  nip: string;
  nama: string;
  unorId: string | null;
  dapatDipetakan: boolean;
  masalah: QualityCheck[];
};

export type DataQualityReport = {
  instansi: { kode: string; nama: string };
  periode: number;
  tanggalAcuan: string;
  /** The windows used (the built-in rule set "Bawaan v1", rules.md §1.2, §2). */
  aturan: { masaBerlakuAsesmenTahun: number; jendelaKinerjaTahun: number };
  total: QualityCounts;
  /** Units in tree order; employees without a unit are the last entry (`unorId` null). */
  unit: UnitQuality[];
  /** Each active employee with at least one problem, when asked for (`rinci`). */
  pegawai?: EmployeeQuality[];
};

function emptyCounts(): QualityCounts {
  return {
    pegawaiAktif: 0,
    tidakAktif: 0,
    tidakDapatDipetakan: 0,
    perMasalah: Object.fromEntries(QUALITY_CHECKS.map((c) => [c, 0])) as Record<QualityCheck, number>,
  };
}

function add(counts: QualityCounts, active: boolean, failed: readonly QualityCheck[]): void {
  if (!active) {
    counts.tidakAktif++;
    return;
  }
  counts.pegawaiAktif++;
  if (failed.some((c) => BLOCKING_CHECKS.has(c))) counts.tidakDapatDipetakan++;
  for (const c of failed) counts.perMasalah[c]++;
}

/**
 * Data-quality report of an instansi for mapping year Y: per unit, how many active employees cannot be
 * mapped and why (no SKP of Y; competency or potential assessment missing or expired), and the data that
 * is used as given but is suspect (education unknown, record disagreeing with the NIP, predikat disagreeing
 * with the ratings). Three set-based queries, then the domain's rules per employee in memory.
 */
export async function buildDataQualityReport(
  db: Db,
  input: { instansiKode: string; periode: number; unitPath?: string | undefined; detail?: boolean },
): Promise<DataQualityReport> {
  const instansi = await getInstansiOrThrow(db, input.instansiKode);
  const rules = BAWAAN_V1;
  const year = input.periode;
  const reference = referenceDate(year);
  const [employees, skps, units] = await Promise.all([
    findQualityEmployees(db, instansi.id, year, reference, input.unitPath),
    findOfficialSkps(db, instansi.id, year - rules.performanceWindowYears + 1, year),
    findUnits(db, instansi.id),
  ]);
  const skpsBy = new Map<string, QualitySkpRow[]>();
  for (const s of skps) skpsBy.set(s.employee_id, [...(skpsBy.get(s.employee_id) ?? []), s]);
  const unitById = new Map(units.map((u) => [u.id, u]));

  const total = emptyCounts();
  const perUnit = new Map<string | null, QualityCounts>();
  const detail: EmployeeQuality[] = [];
  for (const e of employees) {
    const { active, failed } = checkEmployee(e, skpsBy.get(e.id) ?? [], {
      year,
      assessmentValidityYears: rules.assessmentValidityYears,
    });
    add(total, active, failed);
    const unitCounts = perUnit.get(e.unit_id) ?? emptyCounts();
    perUnit.set(e.unit_id, unitCounts);
    add(unitCounts, active, failed);
    if (input.detail && active && failed.length > 0) {
      detail.push({
        nip: e.nip,
        nama: e.nama,
        unorId: e.unit_id === null ? null : (unitById.get(e.unit_id)?.unor_id ?? null),
        dapatDipetakan: !failed.some((c) => BLOCKING_CHECKS.has(c)),
        masalah: failed,
      });
    }
  }

  const unitRows: UnitQuality[] = [];
  for (const u of units) {
    const counts = perUnit.get(u.id);
    if (counts) unitRows.push({ unorId: u.unor_id, nama: u.nama, ...counts });
  }
  const unplaced = perUnit.get(null);
  if (unplaced) unitRows.push({ unorId: null, nama: '(tanpa unit)', ...unplaced });

  return {
    instansi: { kode: instansi.kode, nama: instansi.nama },
    periode: year,
    tanggalAcuan: reference,
    aturan: {
      masaBerlakuAsesmenTahun: rules.assessmentValidityYears,
      jendelaKinerjaTahun: rules.performanceWindowYears,
    },
    total,
    unit: unitRows,
    ...(input.detail ? { pegawai: detail } : {}),
  };
}
