import type { Db } from '../../db/client.js';
import { classifyEmployee, isActive } from '../../domain/classify.js';
import { explainResult, type Explanation } from '../../domain/explain.js';
import { compileRules } from '../../domain/fast-path.js';
import type { RuleSetContent } from '../../domain/rule-set.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import { findVersionById } from '../rule-sets/rule-sets.repository.js';
import { contentOf, getRuleSetVersion } from '../rule-sets/rule-sets.service.js';
import { loadMappingInputs } from './mapping-inputs.repository.js';
import {
  findBoxPairs,
  findEmployeeResult,
  findPublishedRun,
  findRun,
  type MappingRunRow,
} from './mapping-runs.repository.js';
import { getInstansiOrThrow } from './mapping.service.js';
import { toClassificationResult } from './result-columns.js';

/** The run a request names: an explicit id, else the published run of the year. */
export async function resolveRun(
  db: Db,
  instansiId: number,
  kode: string,
  ref: { runId?: string; periode?: number },
) {
  const run = ref.runId
    ? await findRun(db, instansiId, ref.runId)
    : ref.periode !== undefined
      ? await findPublishedRun(db, instansiId, ref.periode)
      : undefined;
  if (!run) {
    throw new AppError(
      'NOT_FOUND',
      ref.runId
        ? `Pemetaan ${ref.runId} tidak ditemukan di ${kode}.`
        : `Belum ada pemetaan resmi ${kode} untuk ${ref.periode}.`,
    );
  }
  return run;
}

async function rulesOfRun(db: Db, run: MappingRunRow): Promise<RuleSetContent> {
  const version = await findVersionById(db, run.ruleSetVersionId);
  if (!version) throw new Error(`rule set version ${run.ruleSetVersionId} of run ${run.id} is missing`);
  return contentOf(version);
}

export type EmployeeExplanation = {
  nip: string;
  nama: string;
  runId: string;
  periode: number;
  ruleSetHash: string;
  explanation: Explanation;
};

/**
 * Why a person stands in their box (rules.md §1–§3), from the stored result and the run's own rules. A
 * person outside `scope` (the caller's reach) reads as not in the run.
 */
export async function explainEmployee(
  db: Db,
  instansiKode: string,
  nip: string,
  ref: { runId?: string; periode?: number },
  scope?: PersonScope,
): Promise<EmployeeExplanation> {
  const instansi = await getInstansiOrThrow(db, instansiKode);
  const run = await resolveRun(db, instansi.id, instansi.kode, ref);
  const row = await findEmployeeResult(db, instansi.id, run.id, nip, scope);
  if (!row) throw new AppError('NOT_FOUND', `Pegawai ${nip} tidak ada dalam pemetaan ini.`);
  const rules = await rulesOfRun(db, run);
  return {
    nip: row.nip,
    nama: row.nama,
    runId: run.id,
    periode: run.periode,
    ruleSetHash: run.ruleSetHash,
    explanation: explainResult(toClassificationResult(row, run.periode), rules),
  };
}

/** `matrix[from][to]`: counts of people by box in two runs; box "0" = not mapped or not in the run. */
export type Movement = {
  from: { runId: string; periode: number };
  to: { runId: string; periode: number };
  matrix: Record<string, Record<string, number>>;
  up: number;
  down: number;
  same: number;
  movers: {
    nip: string;
    nama: string;
    fromBox: number | null;
    toBox: number | null;
    direction: 'NAIK' | 'TURUN';
  }[];
};

/**
 * Year-on-year movement between two runs. "Up" follows the box numbers of PermenPANRB 3/2020 (9 best); a
 * person who enters or leaves the mapped population counts in the matrix (box 0) but not as a mover. With
 * `scope`, only the people within the caller's reach count (a Pimpinan Unit sees their subtree); `movers`
 * narrows the list of movers (not the matrix) to those from and/or to a box.
 */
export async function compareRuns(
  db: Db,
  instansiKode: string,
  from: { runId?: string; periode?: number },
  to: { runId?: string; periode?: number },
  scope?: PersonScope,
  movers: { fromBox?: number | undefined; toBox?: number | undefined } = {},
): Promise<Movement> {
  const instansi = await getInstansiOrThrow(db, instansiKode);
  const a = await resolveRun(db, instansi.id, instansi.kode, from);
  const b = await resolveRun(db, instansi.id, instansi.kode, to);
  const pairs = await findBoxPairs(db, instansi.id, a.id, b.id, scope);
  const matrix: Record<string, Record<string, number>> = {};
  for (let i = 0; i <= 9; i++)
    matrix[i] = Object.fromEntries(Array.from({ length: 10 }, (_, j) => [String(j), 0]));
  let up = 0;
  let down = 0;
  let same = 0;
  const list: Movement['movers'] = [];
  for (const p of pairs) {
    const f = p.from_box ?? 0;
    const t = p.to_box ?? 0;
    matrix[f]![t] = (matrix[f]![t] ?? 0) + 1;
    if (f === 0 || t === 0) continue;
    if (f === t) same++;
    else {
      const direction = t > f ? 'NAIK' : 'TURUN';
      if (direction === 'NAIK') up++;
      else down++;
      // The matrix counts everyone; the list of movers may be narrowed to one cell of it.
      if ((movers.fromBox ?? f) === f && (movers.toBox ?? t) === t)
        list.push({ nip: p.nip, nama: p.nama, fromBox: p.from_box, toBox: p.to_box, direction });
    }
  }
  return {
    from: { runId: a.id, periode: a.periode },
    to: { runId: b.id, periode: b.periode },
    matrix,
    up,
    down,
    same,
    movers: list,
  };
}

export type WhatIf = {
  periode: number;
  baseline: string;
  candidate: string;
  evaluated: number;
  changed: number;
  transitions: Record<string, number>;
  changes: { nip: string; fromBox: number | null; toBox: number | null }[];
};

/**
 * What-if (simulasi): classifies today's data with a candidate rule set (a draft, or content not yet saved)
 * and with the baseline — the rules of the year's published run, else the built-in set — and reports who
 * would change box. Nothing is written.
 */
export async function simulateRuleSet(
  db: Db,
  instansiKode: string,
  input: { periode: number; aturan?: string; content?: RuleSetContent; limit?: number },
): Promise<WhatIf> {
  const instansi = await getInstansiOrThrow(db, instansiKode);
  const published = await findPublishedRun(db, instansi.id, input.periode);
  const baselineVersion = published
    ? await findVersionById(db, published.ruleSetVersionId)
    : await getRuleSetVersion(db, instansi.id);
  if (!baselineVersion) throw new Error('baseline rule set missing');
  const baseline = contentOf(baselineVersion);
  let candidate: RuleSetContent;
  let candidateName: string;
  if (input.content) {
    candidate = input.content;
    candidateName = 'draf belum disimpan';
  } else {
    const version = await getRuleSetVersion(db, instansi.id, input.aturan);
    candidate = version.rules;
    candidateName = `${version.kode}@${version.version}`;
  }
  const windows = (r: RuleSetContent) => ({
    performanceYears: r.performanceWindowYears,
    assessmentYears: r.assessmentValidityYears,
    disciplineYears: r.trackRecord.disciplineWindowYears,
  });
  // One load that covers both rule sets' windows.
  const wb = windows(baseline);
  const wc = windows(candidate);
  const inputs = await loadMappingInputs(db, instansi.id, input.periode, {
    performanceYears: Math.max(wb.performanceYears, wc.performanceYears),
    assessmentYears: Math.max(wb.assessmentYears, wc.assessmentYears),
    disciplineYears: Math.max(wb.disciplineYears, wc.disciplineYears),
  });
  const base = compileRules(baseline);
  const cand = compileRules(candidate);
  const transitions: Record<string, number> = {};
  const changes: WhatIf['changes'] = [];
  let evaluated = 0;
  for (const e of inputs) {
    if (!isActive(e.input.kedudukan)) continue;
    evaluated++;
    const from = classifyEmployee(e.input, base, input.periode).box;
    const to = classifyEmployee(e.input, cand, input.periode).box;
    if (from === to) continue;
    const key = `${from ?? 0}->${to ?? 0}`;
    transitions[key] = (transitions[key] ?? 0) + 1;
    changes.push({ nip: e.nip, fromBox: from, toBox: to });
  }
  return {
    periode: input.periode,
    baseline: `${baselineVersion.kode}@${baselineVersion.version}`,
    candidate: candidateName,
    evaluated,
    changed: changes.length,
    transitions,
    changes: changes.slice(0, input.limit ?? 1_000),
  };
}
