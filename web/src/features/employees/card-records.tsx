import { Badge, Group, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { useFormat } from '../../lib/format.js';
import type { TalentCard } from './api.js';
import { MiniTable, Section, useDate } from './card-section.js';

/** The 20 JP a year every ASN has a right to (PP 17/2020 Pasal 203). */
const JP_RIGHT = 20;

/** Training against the 20 JP right, sanctions, SKP history and the box across the years. */
export function CardRecords({ card }: { card: TalentCard }) {
  const { t } = useTranslation(['employees', 'common']);
  const f = useFormat();
  const date = useDate();
  const level = (code: string | null) =>
    code ? t(`employees:level.${code}` as 'employees:level.RENDAH') : '—';
  const score = (n: number | null) => (n === null ? '—' : f.decimal(n));
  const jp = card.diklat.jpTahunIni;
  return (
    <>
      <Section title={t('employees:card.training')} testId="kartu-diklat">
        <Group gap="xs" mb={4}>
          <Text fw={700}>{t('employees:card.jp', { jp: f.number(jp), year: card.diklat.tahun })}</Text>
        </Group>
        <Progress
          value={Math.min(100, (jp / JP_RIGHT) * 100)}
          color={jp >= JP_RIGHT ? 'green' : 'orange'}
          aria-label={t('employees:card.jp', { jp: f.number(jp), year: card.diklat.tahun })}
          mb={4}
        />
        <Text size="xs" mb="xs">
          {t('employees:card.jpHint')}
        </Text>
        <MiniTable
          head={[
            t('employees:card.trainingName'),
            t('employees:card.organizer'),
            t('employees:card.dates'),
            'JP',
          ]}
          rows={card.diklat.items.map((d) => [
            d.nama,
            d.penyelenggara ?? '—',
            d.mulai === d.selesai ? date(d.mulai) : `${date(d.mulai)} – ${date(d.selesai)}`,
            d.jp ?? '—',
          ])}
        />
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('employees:card.skp')}>
          <MiniTable
            head={[
              t('employees:card.year'),
              t('employees:card.workResult'),
              t('employees:card.workBehaviour'),
              t('employees:card.predikat'),
            ]}
            rows={card.skp.map((s) => [
              s.tahun,
              level(s.hasilKerja),
              level(s.perilakuKerja),
              `${s.predikat ? s.predikat.replace(/_/g, ' ').toLowerCase() : '—'}${s.predikatTurunan ? ` ${t('employees:card.derived')}` : ''}`,
            ])}
          />
        </Section>
        <Section title={t('employees:card.sanctions')}>
          <MiniTable
            head={[
              t('employees:card.sanctionLevel'),
              t('employees:card.sanctionType'),
              t('employees:card.decree'),
              t('employees:card.period'),
            ]}
            rows={card.hukumanDisiplin.map((h) => [
              h.tingkat,
              h.jenis ?? '—',
              h.nomorSk ?? '—',
              `${date(h.tmtMulai)} – ${date(h.tmtSelesai)}`,
            ])}
          />
        </Section>
      </SimpleGrid>
      <Section title={t('employees:card.boxHistory')} testId="kartu-riwayat-kotak">
        <MiniTable
          head={[
            t('employees:card.year'),
            t('employees:list.col.kotak'),
            t('employees:card.performance'),
            t('employees:card.potentialAxis'),
          ]}
          rows={card.riwayatKotak.map((r) => [
            r.periode,
            r.kotak ? (
              <Badge
                variant="outline"
                color="dark"
                leftSection={
                  <span
                    aria-hidden
                    style={{
                      display: 'inline-block',
                      width: 10,
                      height: 10,
                      borderRadius: 5,
                      background: BOX_COLORS[r.kotak - 1],
                    }}
                  />
                }
              >
                {t('common:box.short', { box: r.kotak })}
              </Badge>
            ) : (
              t('common:box.notMapped')
            ),
            `${score(r.nilaiKinerja)} (${level(r.levelKinerja)})`,
            `${score(r.nilaiPotensial)} (${level(r.levelPotensial)})`,
          ])}
        />
      </Section>
    </>
  );
}
