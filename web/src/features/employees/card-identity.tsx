import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentCard } from './api.js';
import { MiniTable, Section, useDate } from './card-section.js';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Who the person is, what their NIP tells, where they work, and their position, rank and education history. */
export function CardIdentity({ card }: { card: TalentCard }) {
  const { t } = useTranslation('employees');
  const date = useDate();
  const id = card.identitas;
  const nip = id.menurutNip;
  const sex = (s: string | null | undefined) =>
    s === 'L' ? t('card.sexL') : s === 'P' ? t('card.sexP') : '—';
  return (
    <>
      <Section title={t('card.identity')} testId="kartu-identitas">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Field label={t('card.nip')}>
            <span style={{ fontFamily: 'monospace' }}>{id.nip}</span>
          </Field>
          <Field label={t('card.birthDate')}>{date(id.tanggalLahir)}</Field>
          <Field label={t('card.sex')}>{sex(id.jenisKelamin)}</Field>
          <Field label={t('card.type')}>
            {id.jenisPegawai}
            {id.kedudukan ? ` · ${id.kedudukan}` : ''}
          </Field>
          <Field label={t('card.tmtCpns')}>{date(id.tmtCpns)}</Field>
          <Field label={t('card.lastEducation')}>{card.pendidikanTerakhir ?? '—'}</Field>
          <Field label={t('card.retirement')}>{date(card.tanggalPensiun)}</Field>
          <Field label={t('card.fromNip')}>
            <Group gap={4}>
              <Badge color={nip.valid ? 'dark' : 'red.9'} variant="outline">
                {nip.valid ? t('card.nipValid') : t('card.nipInvalid')}
              </Badge>
              {nip.tanggalLahir && (
                <span>
                  {t('card.nipSays', {
                    birth: date(nip.tanggalLahir),
                    tmt: date(nip.tmtCpns),
                    sex: sex(nip.jenisKelamin),
                  })}
                </span>
              )}
              {nip.pesan && <span lang="id">{nip.pesan}</span>}
            </Group>
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('card.position')}>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{card.jabatan.nama}</Text>
            <Badge variant="light">{t(`jenjang.${card.jabatan.jenjang}` as 'jenjang.PELAKSANA')}</Badge>
            {card.jabatan.eselon && <Badge variant="outline">{card.jabatan.eselon}</Badge>}
            {card.jabatan.jabatanKunci && <Badge color="grape">{t('card.keyPosition')}</Badge>}
          </Group>
          {card.unit && (
            <Text size="sm">
              {t('card.unit')}: {card.unit.jalur.map((u) => u.nama).join(' › ')}
            </Text>
          )}
          <Text size="sm">
            {t('card.rank')}: {card.golongan?.kode ?? '—'} ({t('card.tmt')} {date(card.golongan?.tmt)})
          </Text>
        </Stack>
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('card.positionHistory')}>
          <MiniTable
            head={[t('card.tmt'), t('card.position'), t('card.unit')]}
            rows={card.riwayatJabatan.map((r) => [date(r.tmt), r.jabatan, r.unit ?? '—'])}
          />
        </Section>
        <Stack>
          <Section title={t('card.rankHistory')}>
            <MiniTable
              head={[t('card.tmt'), t('card.rank')]}
              rows={card.riwayatGolongan.map((r) => [date(r.tmt), r.golongan])}
            />
          </Section>
          <Section title={t('card.education')}>
            <MiniTable
              head={[t('card.level'), t('card.school'), t('card.graduated')]}
              rows={card.pendidikan.map((p) => [p.tingkat, p.nama ?? '—', p.tahunLulus ?? '—'])}
            />
          </Section>
        </Stack>
      </SimpleGrid>
    </>
  );
}
