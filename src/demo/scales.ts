import { KALTENG, sizeByWeight, type InstansiSpec, type SizedInstansiSpec } from './kalteng.js';
import { Rng } from './prng.js';

/** How much demo data to make. */
export type DemoScale = 'kecil' | 'kalteng' | 'nasional';

export const DEMO_SCALES: readonly DemoScale[] = ['kecil', 'kalteng', 'nasional'];

/** Total ASN per scale: `kecil` for `npm start`, `kalteng` the province (≈ its PNS + PPPK, regulations.md
 * §6.2), `nasional` the ≈ 4.8 million ASN that BKN serves (regulations.md §7.2). */
export const SCALE_TOTALS: Readonly<Record<DemoScale, number>> = {
  kecil: 6_000,
  kalteng: 85_000,
  nasional: 4_800_000,
};

/** Synthetic provinces and kabupaten/kota beside Kalimantan Tengah at national scale (≈ 600 in all). */
const SYNTHETIC_PROVINCES = 37;
const SYNTHETIC_KABKOTA = 548;

const PREFIX = [
  'Tanah',
  'Muara',
  'Sungai',
  'Bukit',
  'Tanjung',
  'Pulau',
  'Batu',
  'Lembah',
  'Danau',
  'Padang',
  'Gunung',
  'Teluk',
  'Rantau',
  'Air',
  'Ulu',
  'Kuala',
  'Sei',
  'Rawa',
  'Pantai',
  'Lubuk',
] as const;
const ROOT = [
  'Jaya',
  'Baru',
  'Indah',
  'Makmur',
  'Sari',
  'Raya',
  'Hijau',
  'Permai',
  'Lestari',
  'Sejahtera',
  'Mulia',
  'Emas',
  'Intan',
  'Pandan',
  'Kencana',
  'Damai',
  'Harapan',
  'Merah',
  'Putih',
  'Laut',
  'Ilir',
  'Panjang',
  'Tinggi',
  'Rimba',
] as const;
const SUFFIX = ['', ' Barat', ' Timur', ' Utara', ' Selatan', ' Tengah', ' Hulu', ' Hilir'] as const;

const ELSEWHERE = { banjar: 0.35, jawa: 0.5, dayak: 0.15 };

/** Unique synthetic place names, drawn without replacement from prefix × root × suffix. */
function placeNames(rng: Rng, count: number, withSuffix: boolean): string[] {
  const all: string[] = [];
  for (const p of PREFIX) {
    for (const r of ROOT) {
      if (withSuffix) for (const s of SUFFIX) all.push(`${p} ${r}${s}`);
      else all.push(`${p} ${r}`);
    }
  }
  return rng.shuffle(all).slice(0, count);
}

/** A skewed size factor (product of uniforms) without transcendental functions, for reproducibility. */
function skew(rng: Rng): number {
  return rng.real(0.4, 1.6) * rng.real(0.5, 1.5) * rng.real(0.6, 1.4);
}

/**
 * The ≈ 585 synthetic governments of the national scale. Their list does not depend on the seed (a fixed
 * stream), so kodes stay stable between demo runs.
 */
export function syntheticInstansi(): InstansiSpec[] {
  const rng = new Rng(0x5eed, 'nasional');
  const names = placeNames(rng, SYNTHETIC_PROVINCES + SYNTHETIC_KABKOTA, true);
  const specs: InstansiSpec[] = [];
  for (let p = 0; p < SYNTHETIC_PROVINCES; p++) {
    const place = names[p] ?? `Provinsi ${p}`;
    specs.push({
      kode: `prov-${String(p + 1).padStart(2, '0')}`,
      nama: `Provinsi ${place}`,
      jenis: 'PROVINSI',
      indukKode: null,
      weight: 14_000 * skew(rng),
      ibukota: place,
      kecamatan: [],
      rsud: `RSUD Provinsi ${place}`,
      names: ELSEWHERE,
    });
  }
  let kab = 0;
  let kota = 0;
  for (let i = 0; i < SYNTHETIC_KABKOTA; i++) {
    const place = names[SYNTHETIC_PROVINCES + i] ?? `Daerah ${i}`;
    const isKota = rng.chance(0.19);
    const induk = `prov-${String((i % SYNTHETIC_PROVINCES) + 1).padStart(2, '0')}`;
    const kecamatan = placeNames(rng, isKota ? rng.int(4, 8) : rng.int(6, 22), false);
    specs.push({
      kode: isKota ? `kota-${String(++kota).padStart(3, '0')}` : `kab-${String(++kab).padStart(3, '0')}`,
      nama: isKota ? `Kota ${place}` : `Kabupaten ${place}`,
      jenis: isKota ? 'KOTA' : 'KABUPATEN',
      indukKode: induk,
      weight: (isKota ? 8_500 : 7_500) * skew(rng),
      ibukota: isKota ? place : (kecamatan[0] ?? place),
      kecamatan,
      rsud: `RSUD ${isKota ? place : (kecamatan[0] ?? place)}`,
      names: ELSEWHERE,
    });
  }
  // A province's schools sit in the seats of its kabupaten/kota.
  for (const province of specs.filter((s) => s.jenis === 'PROVINSI')) {
    province.towns = specs.filter((s) => s.indukKode === province.kode).map((s) => s.ibukota);
  }
  return specs;
}

/**
 * The instansi of a scale with their sizes, provinces first (so a kabupaten's `induk` exists when it is
 * written). At national scale Kalimantan Tengah keeps its `kalteng`-scale sizes and the synthetic
 * governments share the rest.
 */
export function instansiForScale(scale: DemoScale): SizedInstansiSpec[] {
  if (scale !== 'nasional') return sizeByWeight(KALTENG, SCALE_TOTALS[scale]);
  const kalteng = sizeByWeight(KALTENG, SCALE_TOTALS.kalteng);
  const rest = sizeByWeight(syntheticInstansi(), SCALE_TOTALS.nasional - SCALE_TOTALS.kalteng);
  return [
    ...kalteng,
    ...rest.filter((s) => s.jenis === 'PROVINSI'),
    ...rest.filter((s) => s.jenis !== 'PROVINSI'),
  ];
}
