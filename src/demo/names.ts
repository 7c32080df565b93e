import type { NameMix } from './kalteng.js';
import type { Rng } from './prng.js';

/**
 * Indonesian personal names as they appear among the ASN of Kalimantan Tengah: Banjar/Malay Muslim names
 * (Akhmad, Noor, Rusdiansyah…), Javanese names of transmigrant families (Bambang, Sri, Prasetyo…) and Dayak
 * names, often a Christian given name with a Ngaju/Ma'anyan family or clan name (Yohanes Tundjung, Natalia
 * Asang…). Indonesians mostly have no surname, so a name is one to three given parts.
 */

export type Sex = 'L' | 'P';

interface NamePool {
  first: readonly string[];
  middle: readonly string[];
  last: readonly string[];
}

const w = (s: string): readonly string[] => s.split(' ');

const POOLS: Record<keyof NameMix, Record<Sex, NamePool>> = {
  banjar: {
    L: {
      first: w(
        'Muhammad Akhmad Ahmad Abdul Rahmat Gusti Fahrul Syahrudin Hairil Taufik Rusdi Ridwan Zainal Arief ' +
          'Saiful Syamsuri Fauzi Rizky Hendra Irwan Yusuf Ismail Halim Aswin Rahmadi Rudi Jumri Mahdi Husin',
      ),
      middle: w('Noor Rizky Fauzan Hidayat Maulana Ilham Rahman Iqbal Syarif Hafiz Reza Firdaus Nur Aditya'),
      last: w(
        'Rusdiansyah Syahrani Hidayatullah Ramadhani Fahmi Mukhlis Anwar Effendi Saputra Hamidi Kurnain ' +
          'Fadillah Ansyari Majidi Rahmadani Habibi Arsyad Wahyudi Firmansyah Hakim Ariansyah Nasrullah',
      ),
    },
    P: {
      first: w(
        'Siti Nur Noor Rahmi Fitri Rina Hairunnisa Norliani Rabiatul Mariana Lailatul Rusmiati Herliyanti ' +
          'Normasari Aulia Nadia Salma Khadijah Husnul Raudah Aminah Maulida Nurul Sarah Annisa Zahra Syifa',
      ),
      middle: w(
        'Aisyah Rahmawati Nurhayati Fitriani Hidayati Rahmah Amalia Khairunnisa Jannah Adawiyah Azizah',
      ),
      last: w(
        'Noorhayati Mardiana Yuliani Safitri Rahmadani Fauziah Hasanah Maulidia Ramadhani Handayani ' +
          'Lestari Kamilah Syahrani Marlina Herlina Wahidah Agustina Wulandari',
      ),
    },
  },
  jawa: {
    L: {
      first: w(
        'Bambang Slamet Sugeng Joko Wahyu Eko Dwi Tri Agus Budi Heru Bayu Dedi Hadi Teguh Yudi Gatot ' +
          'Sutrisno Suparman Wawan Andri Nanang Purnomo Sigit Didik Edi Rudy Anton Arif Yoga Dimas',
      ),
      middle: w('Adi Budi Setyo Hari Tri Nugroho Sri Wahyu Prasetyo Yuli Dwi Catur Eko'),
      last: w(
        'Prasetyo Santoso Wibowo Setiawan Nugroho Susanto Kurniawan Hidayat Pratama Saputro Utomo Haryanto ' +
          'Wijaya Sutrisno Purnama Gunawan Suryadi Mulyono Raharjo Sulistyo Widodo Kuncoro Hartono',
      ),
    },
    P: {
      first: w(
        'Sri Dewi Endang Tri Dwi Wahyu Ratna Yuli Eka Rini Siti Ani Dian Indah Novi Retno Ika Wulan ' +
          'Puji Tutik Sumarni Suwarni Lestari Kartika Ayu Putri Anik Ninik Erna',
      ),
      middle: w('Wahyuni Rahayu Lestari Handayani Purwanti Astuti Kurniasih Utami Susanti Setyowati Widya'),
      last: w(
        'Wahyuni Rahayu Lestari Handayani Purwanti Astuti Kurniasih Utami Susanti Setyowati Rahmawati ' +
          'Anggraini Sulistyowati Wulandari Pratiwi Puspitasari Permatasari Maharani Kusumawati',
      ),
    },
  },
  dayak: {
    L: {
      first: w(
        'Yohanes Markus Yosef Fransiskus Stefanus Lukas Natalis Elia Kristian Herpin Yanto Frans Rinto ' +
          'Jhonson Dudie Yantrio Lesta Rahan Sahari Bahat Tambun Bungai Antang Sangalang Tingang Agustiar ' +
          'Yansen Kardinal Marten Paulus Petrus Arton Willy Rudi Hendrik',
      ),
      middle: w('Tarung Rahan Natalis Sahay Liwan Kristianto Yoseph Ranying Bahen Sandi'),
      last: w(
        'Tundjung Narang Riwut Dohong Bintih Monong Tarung Sahay Lambung Nyahu Ambun Embang Rangkap Hanyi ' +
          'Asang Bahen Ngabe Ijau Anyan Usop Ibie Gohong Kuhu Kandan Dehen Djaya Tamanggung Tuah Liwan Marang ' +
          'Ugang Tenggara Toendan Saman',
      ),
    },
    P: {
      first: w(
        'Natalia Elisabeth Maria Yuliana Reni Desy Rosalina Herlina Debora Siska Lidya Marta Evi Yunita ' +
          'Christina Agustina Veronika Septiani Ester Ruth Meiliana Novita Oktavia Desiana Yuliati Santi Irene ' +
          'Hana Kristina Susana Margaretha Lusiana',
      ),
      middle: w('Natalia Kristiani Yuni Eka Dwi Noviana Septiana Oktaviani Meri Tiur'),
      last: w(
        'Tundjung Narang Riwut Dohong Bintih Monong Tarung Sahay Lambung Nyahu Ambun Embang Rangkap Hanyi ' +
          'Asang Bahen Ngabe Ijau Anyan Usop Ibie Gohong Kuhu Kandan Dehen Djaya Liwan Marang Ugang Toendan',
      ),
    },
  },
};

const GROUPS = ['banjar', 'jawa', 'dayak'] as const;
const SHAPES = ['f', 'fl', 'fml', 'fm'] as const;
const SHAPE_WEIGHTS = [0.12, 0.5, 0.25, 0.13];

/** Chooses the cultural group of a name by the instansi's mix. */
export function nameGroup(rng: Rng, mix: NameMix): keyof NameMix {
  return rng.choice(GROUPS, [mix.banjar, mix.jawa, mix.dayak]);
}

/** A personal name of one to three parts, without academic titles. */
export function personName(rng: Rng, mix: NameMix, sex: Sex): string {
  const pool = POOLS[nameGroup(rng, mix)][sex];
  // first only / first last / first middle last / first middle
  const shape = rng.choice(SHAPES, SHAPE_WEIGHTS);
  const parts = [rng.pick(pool.first)];
  if (shape === 'fml' || shape === 'fm') parts.push(rng.pick(pool.middle));
  if (shape === 'fl' || shape === 'fml') parts.push(rng.pick(pool.last));
  // Avoid "Sri Sri" or "Wahyuni Wahyuni" when a middle and a last part come from overlapping lists.
  return parts.filter((p, i) => i === 0 || p !== parts[i - 1]).join(' ');
}
