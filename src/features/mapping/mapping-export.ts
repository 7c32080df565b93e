import type { Db } from '../../db/client.js';
import { isBox, recommendationText } from '../../domain/nine-box.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import type { Cell, Table } from '../exports/table-writer.js';
import {
  findPublishedRun,
  findRun,
  findRunResults,
  type StoredResultRow,
} from './mapping-runs.repository.js';
import { getInstansiOrThrow } from './mapping.service.js';

export type MappingExportFormat = 'csv' | 'xlsx' | 'json' | 'simata';

/** import-format.md §4, `pemetaan`. */
export const PEMETAAN_COLUMNS = [
  'nipBaru',
  'nama',
  'unorNama',
  'jabatanNama',
  'jenjang',
  'predikatKinerja',
  'nilaiKinerja',
  'levelKinerja',
  'nilaiKompetensi',
  'nilaiPotensi',
  'nilaiRekamJejak',
  'nilaiPotensial',
  'levelPotensial',
  'kotak',
  'rekomendasi',
  'status',
  'alasan',
] as const;

/** import-format.md §4, `--format simata` (BKN SIMATA: box, x = potential, y = performance). */
export const SIMATA_COLUMNS = ['nipBaru', 'box', 'sumbu_x', 'sumbu_y', 'total_sumbu'] as const;

/** Scores are kept unrounded; exports round to two decimals (rules.md, preamble). */
export const round2 = (value: number | null): number | null =>
  value === null ? null : Math.round((value + Number.EPSILON) * 100) / 100;

function pemetaanRow(r: StoredResultRow): Cell[] {
  return [
    r.nip,
    r.nama,
    r.unor_nama,
    r.jabatan_nama,
    r.jenjang,
    r.predikat,
    round2(r.performance_score),
    r.performance_level,
    round2(r.competency_score),
    round2(r.potential_assessment_score),
    round2(r.track_record_score),
    round2(r.potential_score),
    r.potential_level,
    r.box,
    isBox(r.box) ? recommendationText(r.box) : null,
    r.status,
    r.reasons.join(';'),
  ];
}

/**
 * SIMATA takes mapped people only. `total_sumbu` is the sum of the two axis scores: SIMATA's field is not
 * publicly documented (regulations.md §7.1), and the sum is the reading its name gives.
 */
function simataRow(r: StoredResultRow): Cell[] {
  const x = round2(r.potential_score);
  const y = round2(r.performance_score);
  return [r.nip, r.box, x, y, x === null || y === null ? null : round2(x + y)];
}

/**
 * The mapping of an instansi and year as a table: the published run unless a run id is given; only the
 * people within `scope` (an actor's reach) when given.
 */
export async function buildMappingExport(
  db: Db,
  input: { instansiKode: string; periode: number; runId?: string | undefined; format: MappingExportFormat },
  scope?: PersonScope,
): Promise<Table> {
  const instansi = await getInstansiOrThrow(db, input.instansiKode);
  const run = input.runId
    ? await findRun(db, instansi.id, input.runId)
    : await findPublishedRun(db, instansi.id, input.periode);
  if (!run) {
    throw new AppError(
      'NOT_FOUND',
      input.runId
        ? `Pemetaan ${input.runId} tidak ditemukan di instansi ${instansi.kode}.`
        : `Belum ada pemetaan resmi ${instansi.kode} untuk ${input.periode}. Jalankan \`talenta map --instansi ${instansi.kode} --periode ${input.periode} --publish\`.`,
    );
  }
  const rows = await findRunResults(db, instansi.id, run.id, scope);
  if (input.format === 'simata') {
    return {
      sheetName: 'simata',
      columns: SIMATA_COLUMNS,
      rows: rows.filter((r) => r.status === 'DIPETAKAN').map(simataRow),
    };
  }
  return { sheetName: 'pemetaan', columns: PEMETAAN_COLUMNS, rows: rows.map(pemetaanRow) };
}
