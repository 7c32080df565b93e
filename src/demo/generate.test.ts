import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivePredikat } from '../domain/predikat.js';
import { parseNip } from '../domain/nip.js';
import { generateInstansi, generateInstansiBatches } from './generate.js';
import type { SizedInstansiSpec } from './kalteng.js';
import type { DemoRows } from './rows.js';
import { instansiForScale } from './scales.js';

const YEAR = 2025;
const MANAGERIAL = new Set(['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS']);

function hashRows(rows: DemoRows): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

function spec(kode: string, scale: 'kecil' | 'kalteng' = 'kecil'): SizedInstansiSpec {
  const found = instansiForScale(scale).find((s) => s.kode === kode);
  if (!found) throw new Error(kode);
  return found;
}

/** Whole years between two ISO dates. */
function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const GOL = 'I/a I/b I/c I/d II/a II/b II/c II/d III/a III/b III/c III/d IV/a IV/b IV/c IV/d IV/e'.split(' ');
const g = (x: string) => GOL.indexOf(x);

/** Rank ranges per job level (PP 99/2000 ranks; legacy eselon ranges of regulations.md §4.5). */
const RANK_RANGE: Record<string, [string, string]> = {
  JPT_MADYA: ['IV/c', 'IV/e'],
  JPT_PRATAMA: ['IV/b', 'IV/d'],
  ADMINISTRATOR: ['III/d', 'IV/b'],
  PENGAWAS: ['III/b', 'IV/a'],
  FUNGSIONAL_AHLI_UTAMA: ['IV/d', 'IV/e'],
  FUNGSIONAL_AHLI_MADYA: ['IV/a', 'IV/c'],
  FUNGSIONAL_AHLI_MUDA: ['III/c', 'III/d'],
  FUNGSIONAL_AHLI_PERTAMA: ['III/a', 'III/b'],
  FUNGSIONAL_KETERAMPILAN: ['II/b', 'III/d'],
  PELAKSANA: ['I/a', 'IV/a'],
};

describe('generateInstansi: determinism', () => {
  const sukamara = spec('sukamara');
  it('gives identical rows for the same seed, different rows for another seed', () => {
    const a = hashRows(generateInstansi(sukamara, { seed: 1, year: YEAR, instansiId: 7 }));
    const b = hashRows(generateInstansi(sukamara, { seed: 1, year: YEAR, instansiId: 7 }));
    const c = hashRows(generateInstansi(sukamara, { seed: 2, year: YEAR, instansiId: 7 }));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('does not depend on the streaming chunk size', () => {
    const whole = generateInstansi(sukamara, { seed: 1, year: YEAR, instansiId: 7, chunk: 10_000 });
    const small = generateInstansi(sukamara, { seed: 1, year: YEAR, instansiId: 7, chunk: 37 });
    expect(hashRows(small)).toBe(hashRows(whole));
  });

  it('streams batches of at most one chunk of employees', () => {
    let max = 0;
    for (const b of generateInstansiBatches(sukamara, { seed: 1, year: YEAR, instansiId: 7, chunk: 50 })) {
      if (b.table === 'employee') max = Math.max(max, b.rows.length);
    }
    expect(max).toBe(50);
  });
});

describe('generateInstansi: the kecil scale', () => {
  const all: { spec: SizedInstansiSpec; rows: DemoRows }[] = [];
  const employees = () => all.flatMap((x) => x.rows.employee);
  beforeAll(() => {
    instansiForScale('kecil').forEach((s, i) => {
      all.push({ spec: s, rows: generateInstansi(s, { seed: 1, year: YEAR, instansiId: i + 1 }) });
    });
  });

  it('makes exactly the planned number of ASN, about 6,000, with 85–90% PNS', () => {
    for (const { spec: s, rows } of all) expect(rows.employee.length).toBe(s.employees);
    expect(employees().length).toBe(6_000);
    const pns = employees().filter((e) => e.jenisPegawai === 'PNS').length / 6_000;
    expect(pns).toBeGreaterThan(0.84);
    expect(pns).toBeLessThan(0.9);
  });

  it('gives every PNS a valid NIP that spells birth date, TMT CPNS and sex', () => {
    for (const { rows } of all) {
      expect(new Set(rows.employee.map((e) => e.nip)).size).toBe(rows.employee.length);
      for (const e of rows.employee) {
        expect(e.nip).toMatch(/^\d{18}$/);
        if (e.jenisPegawai === 'PPPK') continue;
        const nip = parseNip(e.nip);
        expect(nip.ok, e.nip).toBe(true);
        if (!nip.ok) continue;
        expect(nip.birthDate).toBe(e.tglLahir);
        expect(nip.sex).toBe(e.jenisKelamin);
        expect(nip.appointmentYearMonth).toBe(e.tmtCpns?.slice(0, 7));
        const atCpns = age(e.tglLahir ?? '', e.tmtCpns ?? '');
        expect(atCpns).toBeGreaterThanOrEqual(19);
        expect(atCpns).toBeLessThanOrEqual(35);
        expect(Number(e.tmtCpns?.slice(0, 4))).toBeLessThanOrEqual(YEAR);
      }
    }
  });

  it('keeps ranks within the range of the job level, and PPPK on grades', () => {
    for (const e of employees()) {
      if (e.jenisPegawai === 'PPPK') {
        expect(e.golongan).toMatch(/^(V|VII|IX|X|XI)$/);
        continue;
      }
      if (e.kedudukan === 'CPNS') continue;
      const [lo, hi] = RANK_RANGE[e.jenjang] ?? ['I/a', 'IV/e'];
      const rank = g(e.golongan ?? '');
      expect(rank, `${e.jenjang} ${e.golongan}`).toBeGreaterThanOrEqual(g(lo));
      expect(rank, `${e.jenjang} ${e.golongan}`).toBeLessThanOrEqual(g(hi));
    }
  });

  it('gives managers and experts at least a degree, with few exceptions', () => {
    const degree = new Set(['D4', 'S1', 'S2', 'S3']);
    const needing = employees().filter((e) => e.jenjang.startsWith('JPT') || e.jenjang.includes('AHLI'));
    const ok = needing.filter((e) => degree.has(e.pendidikan ?? '')).length;
    expect(ok / needing.length).toBeGreaterThan(0.97);
    const jpt = employees().filter((e) => e.jenjang === 'JPT_PRATAMA');
    expect(jpt.every((e) => e.pendidikan === null || degree.has(e.pendidikan ?? ''))).toBe(true);
  });

  it('builds a consistent unit tree and position catalogue', () => {
    for (const { rows } of all) {
      const units = new Map(rows.unit.map((u) => [u.id, u]));
      expect(new Set(rows.unit.map((u) => u.unorId)).size).toBe(rows.unit.length);
      for (const u of rows.unit) {
        const parent = u.parentId ? units.get(u.parentId) : undefined;
        expect(u.path).toBe(`${parent?.path ?? '/'}${u.id}/`);
      }
      expect(new Set(rows.position.map((p) => p.kode)).size).toBe(rows.position.length);
      const positions = new Map(rows.position.map((p) => [p.id, p]));
      const holders = new Map<string, number>();
      for (const e of rows.employee) {
        const p = positions.get(e.positionId ?? '');
        expect(p).toBeDefined();
        expect(units.has(e.unitId ?? '')).toBe(true);
        expect(e.jenjang).toBe(p?.jenjang);
        holders.set(e.positionId ?? '', (holders.get(e.positionId ?? '') ?? 0) + 1);
      }
      for (const p of rows.position)
        if (p.eselon) expect(holders.get(p.id ?? '') ?? 0).toBeLessThanOrEqual(1);
      expect(rows.position.some((p) => p.isKey && p.alasanKritikal)).toBe(true);
      expect(rows.position.some((p) => p.jenjang === 'JPT_PRATAMA' && p.isKey)).toBe(true);
    }
    const own = all.flatMap((x) => x.rows.position).filter((p) => p.standarKompetensi);
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) expect(Object.keys(p.standarKompetensi ?? {})).toHaveLength(9);
  });

  it('records the current post in the position history and no post before TMT CPNS', () => {
    for (const { rows } of all) {
      const byEmployee = new Map<string, string[]>();
      for (const h of rows.position_history) {
        byEmployee.set(h.employeeId, [...(byEmployee.get(h.employeeId) ?? []), h.tmtJabatan]);
      }
      for (const e of rows.employee) {
        const dates = byEmployee.get(e.id ?? '') ?? [];
        expect(dates).toContain(e.tmtJabatan);
        expect(new Set(dates).size).toBe(dates.length);
        for (const d of dates) expect(d >= (e.tmtCpns ?? '')).toBe(true);
      }
    }
  });

  it('derives the SKP predikat by the PermenPANRB 6/2022 matrix, for years Y−1 and Y', () => {
    const skp = all.flatMap((x) => x.rows.skp);
    for (const s of skp) {
      expect(s.predikat).toBe(derivePredikat(s.hasilKerja as never, s.perilakuKerja as never));
      expect([YEAR - 1, YEAR]).toContain(s.tahun);
    }
    const share = (p: string) => skp.filter((s) => s.predikat === p).length / skp.length;
    expect(share('BAIK')).toBeGreaterThan(0.6);
    expect(share('SANGAT_BAIK')).toBeGreaterThan(0.05);
    expect(share('BUTUH_PERBAIKAN') + share('KURANG') + share('SANGAT_KURANG')).toBeGreaterThan(0.03);
    const withY = new Set(skp.filter((s) => s.tahun === YEAR).map((s) => s.employeeId));
    const missing = employees().filter((e) => !withY.has(e.id ?? '')).length / 6_000;
    expect(missing).toBeGreaterThan(0.01);
    expect(missing).toBeLessThan(0.1);
  });

  it('gives most managers both assessments in the last 3 years and an SKP for Y', () => {
    const recent = (d: string) => d > `${YEAR - 3}-12-31` && d <= `${YEAR}-12-31`;
    const rows = all.map((x) => x.rows);
    const has = (
      list: { employeeId: string; tanggal?: string; tahun?: number }[],
      ok: (r: never) => boolean,
    ) => new Set(list.filter((r) => ok(r as never)).map((r) => r.employeeId));
    const comp = has(
      rows.flatMap((r) => r.competency_assessment),
      (r: { tanggal: string }) => recent(r.tanggal),
    );
    const pot = has(
      rows.flatMap((r) => r.potential_assessment),
      (r: { tanggal: string }) => recent(r.tanggal),
    );
    const skpY = has(
      rows.flatMap((r) => r.skp),
      (r: { tahun: number }) => r.tahun === YEAR,
    );
    const ready = (e: { id?: string }) => comp.has(e.id ?? '') && pot.has(e.id ?? '') && skpY.has(e.id ?? '');
    const managers = employees().filter((e) => MANAGERIAL.has(e.jenjang));
    const others = employees().filter((e) => !MANAGERIAL.has(e.jenjang));
    expect(managers.filter(ready).length / managers.length).toBeGreaterThan(0.75);
    expect(managers.filter(ready).length / managers.length).toBeLessThan(0.95);
    const othersAssessed = others.filter((e) => comp.has(e.id ?? '')).length / others.length;
    expect(othersAssessed).toBeGreaterThan(0.2);
    expect(othersAssessed).toBeLessThan(0.4);
    // Some hold only an expired assessment: they cannot be mapped (rules.md §2).
    const expired = rows.flatMap((r) => r.competency_assessment).filter((c) => !recent(c.tanggal));
    expect(expired.length).toBeGreaterThan(0);
  });

  it('keeps assessment levels on 1–5 and potential totals on 0–100', () => {
    for (const c of all.flatMap((x) => x.rows.competency_assessment)) {
      for (const v of [c.integritas, c.kerjasama, c.perekatBangsa]) expect(v >= 1 && v <= 5).toBe(true);
    }
    const pot = all.flatMap((x) => x.rows.potential_assessment);
    expect(pot.some((p) => p.total === null && p.intelektual !== null)).toBe(true);
    expect(pot.some((p) => p.total !== null && p.intelektual === undefined)).toBe(true);
    for (const p of pot) if (p.total != null) expect(p.total >= 0 && p.total <= 100).toBe(true);
  });

  it('gives most people training hours in Y, many under 20 JP, and mostly light sanctions', () => {
    const jp = new Map<string, number>();
    for (const t of all.flatMap((x) => x.rows.training)) {
      if ((t.tanggalSelesai ?? t.tanggalMulai).startsWith(String(YEAR))) {
        jp.set(t.employeeId, (jp.get(t.employeeId) ?? 0) + t.jp);
      }
      expect(t.jp).toBeGreaterThan(0);
    }
    expect(jp.size / 6_000).toBeGreaterThan(0.7);
    const under = employees().filter((e) => (jp.get(e.id ?? '') ?? 0) < 20).length / 6_000;
    expect(under).toBeGreaterThan(0.3);
    const sanctions = all.flatMap((x) => x.rows.sanction);
    expect(sanctions.length).toBeGreaterThan(50);
    expect(sanctions.filter((s) => s.tingkat === 'RINGAN').length / sanctions.length).toBeGreaterThan(0.6);
    for (const s of sanctions) expect(s.kunci).toBe(s.nomorSk);
  });
});
