import { SimpleGrid, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartsOption } from '../../components/echart.js';
import { useFormat } from '../../lib/format.js';
import type { TalentCard } from './api.js';
import { MiniTable, Section, useDate } from './card-section.js';

type Assessment = TalentCard['kompetensi']['penilaian'][number];

function radarOf(a: Assessment, achieved: string, standard: string): EChartsOption {
  const max = Math.max(5, ...a.kompetensi.flatMap((k) => [k.capaian ?? 0, k.standar ?? 0]));
  return {
    tooltip: {},
    legend: { bottom: 0, data: [achieved, standard] },
    radar: { indicator: a.kompetensi.map((k) => ({ name: k.nama, max: Math.ceil(max) })), radius: '62%' },
    series: [
      {
        type: 'radar',
        data: [
          { name: achieved, value: a.kompetensi.map((k) => k.capaian ?? 0), areaStyle: { opacity: 0.25 } },
          { name: standard, value: a.kompetensi.map((k) => k.standar ?? 0), lineStyle: { type: 'dashed' } },
        ],
      },
    ],
  };
}

/** The latest competency assessment as a radar of the 9 competencies against the standard, with the table. */
export function CardCompetency({ card }: { card: TalentCard }) {
  const { t } = useTranslation('employees');
  const f = useFormat();
  const date = useDate();
  const latest = card.kompetensi.penilaian[0];
  const achieved = t('card.achieved');
  const standard = t('card.standard');
  const option = useMemo(
    () => (latest ? radarOf(latest, achieved, standard) : null),
    [latest, achieved, standard],
  );
  const n = (v: number | null) => (v === null ? '—' : f.decimal(v));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Section title={t('card.competency')} testId="kartu-kompetensi">
        {latest && option ? (
          <>
            <Text size="sm">
              {t('card.assessedBy', { date: date(latest.tanggal), by: latest.lembaga ?? '—' })}
              {card.kompetensi.standarSumber
                ? ` · ${t(`card.standardFrom.${card.kompetensi.standarSumber}`)}`
                : ''}
              {latest.jpmLaporan !== null ? ` · ${t('card.jpm')} ${n(latest.jpmLaporan)}` : ''}
            </Text>
            <EChart option={option} label={t('card.competencyChart')} height={320} />
            <MiniTable
              head={[t('card.competency'), achieved, standard]}
              rows={latest.kompetensi.map((k) => [k.nama, n(k.capaian), n(k.standar)])}
            />
          </>
        ) : (
          <Text size="sm">{t('card.none')}</Text>
        )}
      </Section>
      <Section title={t('card.potential')}>
        {card.potensi.length === 0 ? (
          <Text size="sm">{t('card.none')}</Text>
        ) : (
          card.potensi.slice(0, 2).map((p) => (
            <div key={`${p.tanggal}-${p.lembaga}`}>
              <Text size="sm" fw={600}>
                {t('card.assessedBy', { date: date(p.tanggal), by: p.lembaga ?? '—' })} · {t('card.total')}{' '}
                {n(p.total)}
              </Text>
              <MiniTable
                head={[t('card.component'), t('card.score')]}
                rows={Object.entries(p.dimensi).map(([k, v]) => [
                  t(`dimensi.${k}` as 'dimensi.intelektual', { defaultValue: k }),
                  n(v),
                ])}
              />
            </div>
          ))
        )}
      </Section>
    </SimpleGrid>
  );
}
