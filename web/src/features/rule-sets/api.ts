import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiGet, apiSend } from '../../lib/api-client.js';
import { JENJANG } from '../../lib/jenjang.js';

/** Codes of the rule-set content (src/domain/codes.ts), in the order the UI lists them. */
export const EDUCATION = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export const PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Education = (typeof EDUCATION)[number];

const versionSchema = z.object({
  id: z.string(),
  aturan: z.string(),
  kode: z.string(),
  nama: z.string(),
  versi: z.number().int(),
  status: z.enum(['DRAFT', 'PUBLISHED']),
  milik: z.enum(['BAWAAN', 'INSTANSI']),
  hash: z.string(),
  dibuat: z.string(),
  terbit: z.string().nullable(),
});
export type RuleSetVersion = z.infer<typeof versionSchema>;

const num = z.number();
/** The content of a version (src/domain/rule-set.ts `RuleSetContent`). */
const contentSchema = z.object({
  weights: z.object({ competency: num, potential: num, trackRecord: num }),
  performanceCutOffs: z.object({ above: num, meets: num }),
  potentialCutOffs: z.object({ high: num, medium: num }),
  predikatPoints: z.record(z.enum(PREDIKAT), num),
  performanceWindowYears: num,
  assessmentValidityYears: num,
  standardLevels: z.record(z.enum(JENJANG), num),
  minimumEducation: z.record(z.enum(JENJANG), z.enum(EDUCATION)),
  trackRecord: z.object({
    educationPoints: num,
    trainingMaxPoints: num,
    trainingTargetJp: num,
    experienceMaxPoints: num,
    experienceTargetYears: num,
    disciplinePoints: z.object({ none: num, lightOnly: num, mediumOrHeavy: num }),
    disciplineWindowYears: num,
  }),
});
export type RuleSetContent = z.infer<typeof contentSchema>;
const versionWithContent = versionSchema.extend({ isi: contentSchema });
export type RuleSetDetail = z.infer<typeof versionWithContent>;

const base = (kode: string) => `/api/instansi/${encodeURIComponent(kode)}`;

/** GET …/aturan: the built-in set and the instansi's own, every version. */
export const ruleSetsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['rule-sets', kode],
    queryFn: () => apiGet(`${base(kode)}/aturan`, z.object({ items: z.array(versionSchema) })),
  });

/** GET …/aturan/:aturan (`kode@versi`): one version with its content. */
export const ruleSetQuery = (kode: string, aturan: string) =>
  queryOptions({
    queryKey: ['rule-sets', kode, aturan],
    queryFn: () => apiGet(`${base(kode)}/aturan/${encodeURIComponent(aturan)}`, versionWithContent),
  });

export const copyRuleSet = (kode: string, body: { dari: string; kode: string; nama: string }) =>
  apiSend('POST', `${base(kode)}/aturan`, versionSchema, body);

export const saveDraft = (kode: string, aturan: string, isi: RuleSetContent) =>
  apiSend('PUT', `${base(kode)}/aturan/${encodeURIComponent(aturan)}`, versionWithContent, { isi });

export const newVersion = (kode: string, aturan: string) =>
  apiSend('POST', `${base(kode)}/aturan/${encodeURIComponent(aturan)}/versi-baru`, versionSchema);

export const publishRuleSet = (kode: string, aturan: string) =>
  apiSend('POST', `${base(kode)}/aturan/${encodeURIComponent(aturan)}/terbitkan`, versionSchema);

/** The server's field-level issues of a 422 RULE_SET_INVALID, by path (`weights`, `weights.competency`). */
export function fieldIssues(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const issues = z.array(z.object({ path: z.string(), message: z.string() })).safeParse(error.details);
  if (!issues.success) return {};
  const out: Record<string, string> = {};
  for (const issue of issues.data)
    out[issue.path] = out[issue.path] ? `${out[issue.path]}; ${issue.message}` : issue.message;
  return out;
}

const whatIfSchema = z.object({
  periode: z.number().int(),
  baseline: z.string(),
  candidate: z.string(),
  evaluated: z.number().int(),
  changed: z.number().int(),
  transitions: z.record(z.string(), z.number().int()),
  changes: z.array(
    z.object({ nip: z.string(), fromBox: z.number().nullable(), toBox: z.number().nullable() }),
  ),
});
export type WhatIf = z.infer<typeof whatIfSchema>;

/** How many people the first page of a what-if lists. */
export const WHAT_IF_LIMIT = 100;

/** POST …/aturan/simulasi: a rule set against a year's data (writes nothing; audited). */
export const simulate = (kode: string, periode: number, aturan: string) =>
  apiSend('POST', `${base(kode)}/aturan/simulasi`, whatIfSchema, { periode, aturan, batas: WHAT_IF_LIMIT });

const mappingJobSchema = z.object({
  id: z.string(),
  periode: z.number().int(),
  aturan: z.string(),
  terbitkan: z.boolean(),
  status: z.enum(['MENUNGGU', 'BERJALAN', 'SELESAI', 'GAGAL']),
  fase: z.string().nullable(),
  persen: z.number(),
  pegawai: z.number().int(),
  runId: z.string().nullable(),
  hasil: z
    .object({
      ruleSet: z.string(),
      published: z.boolean(),
      summary: z.object({ mapped: z.number() }).loose(),
    })
    .loose()
    .nullable(),
  galat: z.string().nullable(),
});
export type MappingJob = z.infer<typeof mappingJobSchema>;

/** POST …/pemetaan/jalankan: queues a mapping run; 202 with the job. */
export const startMapping = (kode: string, body: { periode: number; aturan: string; terbitkan: boolean }) =>
  apiSend('POST', `${base(kode)}/pemetaan/jalankan`, mappingJobSchema, body);

/** GET …/pemetaan/proses/:id, polled while the job runs. */
export const mappingJobQuery = (kode: string, id: string) =>
  queryOptions({
    queryKey: ['mapping-job', kode, id],
    queryFn: () => apiGet(`${base(kode)}/pemetaan/proses/${id}`, mappingJobSchema),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'SELESAI' || status === 'GAGAL' ? false : 700;
    },
  });
