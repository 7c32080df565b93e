import type { Db } from '../../db/client.js';
import { isJenjang } from '../../domain/codes.js';
import {
  COMPETENCY_KEYS,
  COMPETENCY_LABELS,
  isValidStandard,
  jenjangStandard,
  type CompetencyLevels,
} from '../../domain/competency.js';
import { parseNip } from '../../domain/nip.js';
import { retirementDateFor } from '../../domain/retirement.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import { findBoxHistory, findOfficialRun } from '../mapping/nine-box.repository.js';
import { findVersionById } from '../rule-sets/rule-sets.repository.js';
import { contentOf, getRuleSetVersion } from '../rule-sets/rule-sets.service.js';
import * as card from './talent-card.repository.js';

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** What the NIP itself says (Perka BKN 22/2007; rules.md §5). PPPK numbers carry no such structure. */
function nipFacts(nip: string, jenisPegawai: string) {
  if (jenisPegawai !== 'PNS')
    return {
      valid: /^\d{18}$/.test(nip),
      tanggalLahir: null,
      tmtCpns: null,
      jenisKelamin: null,
      pesan: null,
    };
  const parsed = parseNip(nip);
  return parsed.ok
    ? {
        valid: true,
        tanggalLahir: parsed.birthDate,
        tmtCpns: parsed.appointmentYearMonth,
        jenisKelamin: parsed.sex,
        pesan: null,
      }
    : { valid: false, tanggalLahir: null, tmtCpns: null, jenisKelamin: null, pesan: parsed.message };
}

/**
 * The standard the person's competencies are measured against: their position's own standard when it has
 * a complete one, else the job level's default in the rules of the latest official mapping (rules.md §5).
 */
async function competencyStandard(
  db: Db,
  instansiId: number,
  jenjang: string,
  own: Record<string, number> | null,
  ruleSetVersionId: string | undefined,
): Promise<{ sumber: 'JABATAN' | 'JENJANG'; levels: CompetencyLevels } | null> {
  if (own && isValidStandard(own)) return { sumber: 'JABATAN', levels: own };
  if (!isJenjang(jenjang)) return null;
  const version = ruleSetVersionId ? await findVersionById(db, ruleSetVersionId) : undefined;
  const rules = version ? contentOf(version) : (await getRuleSetVersion(db, instansiId)).rules;
  return { sumber: 'JENJANG', levels: jenjangStandard(jenjang, rules) };
}

function presentCompetency(rows: Record<string, unknown>[], standard: CompetencyLevels | null) {
  return rows.map((r) => ({
    tanggal: r.tanggal as string,
    lembaga: (r.lembaga as string | null) ?? null,
    jpmLaporan: num(r.jpm),
    // One point per competency for a spider chart: achieved against the standard of the job level.
    kompetensi: COMPETENCY_KEYS.map((key) => ({
      kode: key,
      nama: COMPETENCY_LABELS[key],
      capaian: num(r[snake(key)]),
      standar: standard ? standard[key] : null,
    })),
  }));
}

function presentPotential(rows: Record<string, unknown>[]) {
  const dims = [
    'intelektual',
    'interpersonal',
    'kesadaran_diri',
    'berfikir_kritis',
    'pemecahan_masalah',
    'kecerdasan_emosional',
    'growth_mindset',
    'motivasi_komitmen',
  ];
  return rows.map((r) => ({
    tanggal: r.tanggal as string,
    lembaga: (r.lembaga as string | null) ?? null,
    total: num(r.total),
    dimensi: Object.fromEntries(
      dims.map((d) => [d.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), num(r[d])]),
    ),
  }));
}

/**
 * The talent card of one person: identity (with what the NIP tells), place, career, development, discipline,
 * performance, assessments against the standard, and their box in every official mapping. A person outside
 * `scope` (the actor's reach) reads as not found. `year` is the calendar year of "training this year".
 */
export async function getTalentCard(
  db: Db,
  instansi: { id: number; kode: string },
  nip: string,
  scope: PersonScope,
  year: number,
) {
  const e = await card.findCardIdentity(db, instansi.id, nip, scope);
  if (!e) throw new AppError('NOT_FOUND', `Pegawai ${nip} tidak ditemukan di ${instansi.kode}.`);
  const latestRun = await findOfficialRun(db, instansi.id, undefined);
  const [positions, ranks, education, training, sanctions, skp, competency, potential, boxes, unitTrail] =
    await Promise.all([
      card.findPositionHistory(db, instansi.id, e.id),
      card.findRankHistory(db, instansi.id, e.id),
      card.findEducation(db, instansi.id, e.id),
      card.findTraining(db, instansi.id, e.id),
      card.findSanctions(db, instansi.id, e.id),
      card.findSkp(db, instansi.id, e.id),
      card.findCompetencyAssessments(db, instansi.id, e.id),
      card.findPotentialAssessments(db, instansi.id, e.id),
      findBoxHistory(db, instansi.id, e.id),
      e.unit_path ? card.findUnitNames(db, instansi.id, e.unit_path) : Promise.resolve([]),
    ]);
  const standard = await competencyStandard(
    db,
    instansi.id,
    e.jenjang,
    e.standar_kompetensi,
    latestRun?.rule_set_version_id,
  );
  const tahunIni = training.filter((t) => String(t.tanggal_mulai).startsWith(String(year)));
  const lastBox = boxes[boxes.length - 1];
  return {
    identitas: {
      nip: e.nip,
      nama: e.nama,
      gelarDepan: e.gelar_depan,
      gelarBelakang: e.gelar_belakang,
      tanggalLahir: e.tgl_lahir,
      jenisKelamin: e.jenis_kelamin,
      jenisPegawai: e.jenis_pegawai,
      kedudukan: e.kedudukan,
      tmtCpns: e.tmt_cpns,
      menurutNip: nipFacts(e.nip, e.jenis_pegawai),
    },
    unit:
      e.unit_id === null ? null : { id: e.unit_id, unorId: e.unor_id, nama: e.unit_nama, jalur: unitTrail },
    jabatan: {
      nama: e.jabatan_nama,
      kode: e.position_kode,
      jenisJabatanId: e.jenis_jabatan_id,
      eselon: e.eselon,
      jenjang: e.jenjang,
      tmt: e.tmt_jabatan,
      jabatanKunci: e.is_key ?? false,
    },
    golongan: { kode: e.golongan, tmt: e.tmt_golongan },
    pendidikanTerakhir: e.pendidikan ?? e.pendidikan_nama,
    // BUP of the current job level, birth date from the record else the NIP (rules.md §5).
    tanggalPensiun: isJenjang(e.jenjang)
      ? retirementDateFor({ tglLahir: e.tgl_lahir, nip: e.nip }, e.jenjang)
      : null,
    riwayatJabatan: positions.map((p) => ({
      jabatan: p.jabatan_nama,
      jenisJabatanId: p.jenis_jabatan_id,
      eselon: p.eselon,
      jenjang: p.jenjang,
      unit: p.unor_nama,
      tmt: p.tmt_jabatan,
    })),
    riwayatGolongan: ranks.map((r) => ({ golongan: r.golongan, tmt: r.tmt_golongan })),
    pendidikan: education.map((r) => ({ tingkat: r.tingkat, nama: r.nama, tahunLulus: r.tahun_lulus })),
    diklat: {
      tahun: year,
      jpTahunIni: tahunIni.reduce((s, t) => s + Number(t.jp), 0),
      items: training.map((t) => ({
        nama: t.nama,
        jenis: t.jenis,
        penyelenggara: t.penyelenggara,
        mulai: t.tanggal_mulai,
        selesai: t.tanggal_selesai,
        jp: Number(t.jp),
      })),
    },
    hukumanDisiplin: sanctions.map((s) => ({
      tingkat: s.tingkat,
      jenis: s.jenis,
      nomorSk: s.nomor_sk,
      tanggalSk: s.tanggal_sk,
      tmtMulai: s.tmt_mulai,
      tmtSelesai: s.tmt_selesai,
    })),
    skp: skp.map((s) => ({
      tahun: s.tahun,
      hasilKerja: s.hasil_kerja,
      perilakuKerja: s.perilaku_kerja,
      predikat: s.predikat,
      predikatTurunan: Number(s.predikat_derived) === 1,
    })),
    kompetensi: {
      standarSumber: standard?.sumber ?? null,
      penilaian: presentCompetency(competency, standard?.levels ?? null),
    },
    potensi: presentPotential(potential),
    riwayatKotak: boxes.map((b) => ({
      runId: b.run_id,
      periode: b.periode,
      status: b.status,
      kotak: b.box,
      nilaiKinerja: b.performance_score,
      levelKinerja: b.performance_level,
      nilaiPotensial: b.potential_score,
      levelPotensial: b.potential_level,
      alasan: b.reasons,
    })),
    // The explanation of the latest official box (GET; same reach as this card for the Pegawai).
    penjelasan: lastBox
      ? `/api/instansi/${instansi.kode}/pemetaan/penjelasan/${e.nip}?periode=${lastBox.periode}`
      : null,
  };
}

export type TalentCard = Awaited<ReturnType<typeof getTalentCard>>;
