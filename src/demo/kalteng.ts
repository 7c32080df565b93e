/**
 * The 15 governments of Kalimantan Tengah (regulations.md §6.1): the province, 13 kabupaten and Kota Palangka
 * Raya. Sizes are relative weights: no per-regency ASN counts were found (regulations.md §6.2, open question
 * 15), so they follow population and the number of kecamatan — the province, Kapuas, Kotawaringin Timur and
 * Palangka Raya large, Sukamara and Lamandau small.
 */

export type InstansiJenis = 'PROVINSI' | 'KABUPATEN' | 'KOTA';

/** The share of Banjar/Malay, Javanese and Dayak names among the staff (drives `names.ts`). */
export interface NameMix {
  banjar: number;
  jawa: number;
  dayak: number;
}

export interface InstansiSpec {
  kode: string;
  nama: string;
  jenis: InstansiJenis;
  indukKode: string | null;
  /** Relative size within its scale. */
  weight: number;
  /** The seat of government, for unit names. */
  ibukota: string;
  /** Kecamatan names (empty for a province). */
  kecamatan: readonly string[];
  /** The main public hospital (RSUD). */
  rsud: string;
  names: NameMix;
  /** Towns served by a province's schools (its kabupaten/kota seats). */
  towns?: readonly string[];
}

/** An instansi with the number of ASN to generate. */
export interface SizedInstansiSpec extends InstansiSpec {
  employees: number;
}

const DAYAK: NameMix = { banjar: 0.3, jawa: 0.15, dayak: 0.55 };
const COAST: NameMix = { banjar: 0.5, jawa: 0.3, dayak: 0.2 };
const MIXED: NameMix = { banjar: 0.4, jawa: 0.25, dayak: 0.35 };

function kab(
  kode: string,
  nama: string,
  weight: number,
  ibukota: string,
  rsud: string,
  names: NameMix,
  kecamatan: string,
): InstansiSpec {
  return {
    kode,
    nama: `Kabupaten ${nama}`,
    jenis: 'KABUPATEN',
    indukKode: 'kalteng',
    weight,
    ibukota,
    kecamatan: kecamatan.split(', '),
    rsud,
    names,
  };
}

export const KALTENG: readonly InstansiSpec[] = [
  {
    kode: 'kalteng',
    nama: 'Provinsi Kalimantan Tengah',
    jenis: 'PROVINSI',
    indukKode: null,
    weight: 12_000,
    ibukota: 'Palangka Raya',
    kecamatan: [],
    rsud: 'RSUD dr. Doris Sylvanus',
    names: MIXED,
    towns: [
      'Palangka Raya',
      'Pangkalan Bun',
      'Sampit',
      'Kuala Kapuas',
      'Buntok',
      'Muara Teweh',
      'Tamiang Layang',
      'Sukamara',
      'Nanga Bulik',
      'Kuala Pembuang',
      'Kasongan',
      'Pulang Pisau',
      'Kuala Kurun',
      'Puruk Cahu',
    ],
  },
  kab(
    'kobar',
    'Kotawaringin Barat',
    6_500,
    'Pangkalan Bun',
    'RSUD Sultan Imanuddin Pangkalan Bun',
    COAST,
    'Arut Selatan, Arut Utara, Kotawaringin Lama, Kumai, Pangkalan Banteng, Pangkalan Lada',
  ),
  kab(
    'kotim',
    'Kotawaringin Timur',
    8_500,
    'Sampit',
    'RSUD dr. Murjani Sampit',
    COAST,
    'Mentawa Baru Ketapang, Baamang, Seranau, Mentaya Hilir Selatan, Mentaya Hilir Utara, Teluk Sampit, ' +
      'Pulau Hanaut, Cempaga, Cempaga Hulu, Parenggean, Tualan Hulu, Kota Besi, Telawang, Mentaya Hulu, ' +
      'Bukit Santuai, Antang Kalang, Telaga Antang',
  ),
  kab(
    'kapuas',
    'Kapuas',
    8_500,
    'Kuala Kapuas',
    'RSUD dr. H. Soemarno Sosroatmodjo Kuala Kapuas',
    MIXED,
    'Selat, Kapuas Hilir, Kapuas Timur, Kapuas Kuala, Kapuas Barat, Pulau Petak, Kapuas Murung, Basarang, ' +
      'Mantangai, Timpah, Kapuas Tengah, Kapuas Hulu, Tamban Catur, Pasak Talawang, Mandau Talawang, ' +
      'Dadahup, Bataguh',
  ),
  kab(
    'barsel',
    'Barito Selatan',
    4_800,
    'Buntok',
    'RSUD Jaraga Sasameh Buntok',
    DAYAK,
    'Dusun Selatan, Dusun Utara, Gunung Bintang Awai, Jenamas, Dusun Hilir, Karau Kuala',
  ),
  kab(
    'barut',
    'Barito Utara',
    5_000,
    'Muara Teweh',
    'RSUD Muara Teweh',
    DAYAK,
    'Teweh Tengah, Teweh Baru, Teweh Selatan, Lahei, Lahei Barat, Montallat, Gunung Timang, Gunung Purei, ' +
      'Teweh Timur',
  ),
  kab(
    'bartim',
    'Barito Timur',
    3_800,
    'Tamiang Layang',
    'RSUD Tamiang Layang',
    DAYAK,
    'Dusun Timur, Banua Lima, Patangkep Tutui, Awang, Dusun Tengah, Pematang Karau, Paju Epat, ' +
      'Raren Batuah, Paku, Karusen Janang',
  ),
  kab(
    'sukamara',
    'Sukamara',
    2_400,
    'Sukamara',
    'RSUD Sukamara',
    COAST,
    'Sukamara, Jelai, Balai Riam, Pantai Lunci, Permata Kecubung',
  ),
  kab(
    'lamandau',
    'Lamandau',
    3_000,
    'Nanga Bulik',
    'RSUD Lamandau',
    DAYAK,
    'Bulik, Bulik Timur, Delang, Lamandau, Menthobi Raya, Sematu Jaya, Belantikan Raya, Batang Kawa',
  ),
  kab(
    'seruyan',
    'Seruyan',
    4_000,
    'Kuala Pembuang',
    'RSUD Kuala Pembuang',
    COAST,
    'Seruyan Hilir, Seruyan Hilir Timur, Danau Sembuluh, Seruyan Raya, Hanau, Danau Seluluk, ' +
      'Seruyan Tengah, Batu Ampar, Seruyan Hulu, Suling Tambun',
  ),
  kab(
    'katingan',
    'Katingan',
    5_000,
    'Kasongan',
    'RSUD Mas Amsyar Kasongan',
    DAYAK,
    'Katingan Hilir, Tasik Payawan, Tewang Sanggalang Garing, Pulau Malan, Kamipang, Mendawai, ' +
      'Katingan Kuala, Katingan Tengah, Sanaman Mantikei, Petak Malai, Marikit, Katingan Hulu, Bukit Raya',
  ),
  kab(
    'pulpis',
    'Pulang Pisau',
    4_000,
    'Pulang Pisau',
    'RSUD Pulang Pisau',
    MIXED,
    'Kahayan Hilir, Kahayan Kuala, Kahayan Tengah, Banama Tingang, Jabiren Raya, Maliku, Pandih Batu, ' +
      'Sebangau Kuala',
  ),
  kab(
    'gumas',
    'Gunung Mas',
    4_000,
    'Kuala Kurun',
    'RSUD Kuala Kurun',
    DAYAK,
    'Kurun, Tewah, Manuhing, Manuhing Raya, Rungan, Rungan Hulu, Rungan Barat, Sepang, Mihing Raya, ' +
      'Kahayan Hulu Utara, Damang Batu, Miri Manasa',
  ),
  kab(
    'mura',
    'Murung Raya',
    3_800,
    'Puruk Cahu',
    'RSUD Puruk Cahu',
    DAYAK,
    'Murung, Laung Tuhup, Barito Tuhup Raya, Tanah Siang, Tanah Siang Selatan, Permata Intan, ' +
      'Sungai Babuat, Seribu Riam, Uut Murung, Sumber Barito',
  ),
  {
    kode: 'palangkaraya',
    nama: 'Kota Palangka Raya',
    jenis: 'KOTA',
    indukKode: 'kalteng',
    weight: 7_500,
    ibukota: 'Palangka Raya',
    kecamatan: ['Pahandut', 'Sebangau', 'Jekan Raya', 'Bukit Batu', 'Rakumpit'],
    rsud: 'RSUD Kota Palangka Raya',
    names: MIXED,
  },
];

/** Splits `total` over the specs by weight, with largest-remainder rounding so the sizes add up exactly. */
export function sizeByWeight(specs: readonly InstansiSpec[], total: number): SizedInstansiSpec[] {
  const sum = specs.reduce((s, x) => s + x.weight, 0);
  const raw = specs.map((s) => (total * s.weight) / sum);
  const sized = specs.map((s, i) => ({ ...s, employees: Math.floor(raw[i] ?? 0) }));
  let left = total - sized.reduce((s, x) => s + x.employees, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    const target = sized[i];
    if (target) target.employees++;
    left--;
  }
  return sized;
}
