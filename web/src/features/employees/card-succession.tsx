import { Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { READINESS_COLOR, Tag } from '../../components/tag.js';
import { useFormat } from '../../lib/format.js';
import { cardSuccessionQuery, type CardSuccession } from './api.js';
import { Section } from './card-section.js';

/**
 * "Rencana Suksesi" of the talent card (GET …/pegawai/:nip/suksesi): the key positions whose slate in the
 * current succession run lists the person, with rank, readiness and the emergency successor, each linked to
 * its slate page; and the person's place in the talent pools. Render it only for the roles of
 * `succession.read` (the page checks): the committee's working material, not the person's own data.
 */
export function CardSuccessionSection({ kode, nip }: { kode: string; nip: string }) {
  const { t } = useTranslation('employees');
  const query = useQuery(cardSuccessionQuery(kode, nip));
  return (
    <Section title={t('succession.title')} testId="kartu-suksesi">
      {query.isPending ? (
        <Loader size="sm" aria-label={t('succession.loading')} />
      ) : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SuccessionBody kode={kode} data={query.data} />
      )}
    </Section>
  );
}

function SuccessionBody({ kode, data }: { kode: string; data: CardSuccession }) {
  const { t } = useTranslation('employees');
  const f = useFormat();
  const label = (
    group: 'readiness' | 'poolLevel' | 'poolStatus' | 'poolExclusion' | 'jenjang',
    code: string,
  ) => t(`${group}.${code}` as 'readiness.SIAP_SEKARANG', { defaultValue: code });
  // No run of the own instansi and no province slate listing the person either.
  if (!data.sudahDihitung && data.items.length === 0)
    return (
      <Stack gap="xs">
        <Text size="sm">{t('succession.noRun')}</Text>
        <PoolStatus data={data} label={label} />
      </Stack>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('succession.fromRun', {
          periode: data.periode,
          when: data.dihitungPada ? f.dateTime(data.dihitungPada) : '—',
        })}
      </Text>
      {data.items.length === 0 ? (
        <Text data-testid="suksesi-kosong">{t('succession.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table fz="sm" striped data-testid="tabel-suksesi-pegawai">
            <Table.Caption>{t('succession.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('succession.position')}</Table.Th>
                <Table.Th scope="col">{t('succession.level')}</Table.Th>
                <Table.Th scope="col">{t('succession.rank')}</Table.Th>
                <Table.Th scope="col">{t('succession.readiness')}</Table.Th>
                <Table.Th scope="col">{t('succession.emergency')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((s) => (
                <Table.Tr key={`${s.instansi?.kode ?? kode}/${s.jabatan.kode}`} data-jabatan={s.jabatan.kode}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          to="/i/$kode/suksesi/$jabatan"
                          params={{ kode: s.instansi?.kode ?? kode, jabatan: s.jabatan.kode }}
                          {...props}
                        />
                      )}
                    >
                      {s.jabatan.nama}
                    </Anchor>
                    <Text size="xs">
                      {s.instansi
                        ? t('succession.otherGovernment', {
                            nama: s.instansi.nama,
                            unit: s.jabatan.unorNama ?? '',
                          })
                        : (s.jabatan.unorNama ?? '')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{label('jenjang', s.jabatan.jenjang)}</Table.Td>
                  <Table.Td data-field="peringkat">{f.number(s.peringkat)}</Table.Td>
                  <Table.Td data-field="kesiapan" data-value={s.kesiapan}>
                    <Tag color={READINESS_COLOR[s.kesiapan] ?? 'gray'}>{label('readiness', s.kesiapan)}</Tag>
                  </Table.Td>
                  <Table.Td data-field="darurat" data-value={String(s.suksesorDarurat)}>
                    {s.suksesorDarurat ? <Tag color="blue">{t('succession.emergencyYes')}</Tag> : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PoolStatus data={data} label={label} />
    </Stack>
  );
}

/** The person's place in the talent pools (rules.md §4): member, proposed, removed, or left out by rule. */
function PoolStatus({
  data,
  label,
}: {
  data: CardSuccession;
  label: (group: 'poolLevel' | 'poolStatus' | 'poolExclusion', code: string) => string;
}) {
  const { t } = useTranslation('employees');
  const pool = data.kelompokTalenta;
  if (!pool) return <Text size="sm">{t('succession.poolNoMapping')}</Text>;
  return (
    <Group gap="xs" data-testid="status-kelompok-talenta">
      <Text size="sm" fw={600}>
        {t('succession.pool', { periode: pool.periode })}
      </Text>
      {pool.items.length === 0 && !pool.dikecualikan && <Text size="sm">{t('succession.poolNone')}</Text>}
      {pool.items.map((m) => (
        <Tag key={m.kelompok} color={m.anggota ? 'green' : 'gray'}>
          {t('succession.poolItem', {
            level: label('poolLevel', m.kelompok),
            status: label('poolStatus', m.status),
          })}
        </Tag>
      ))}
      {pool.dikecualikan && (
        <Text size="sm">
          {t('succession.poolExcluded', {
            level: label('poolLevel', pool.dikecualikan.kelompok),
            reasons: pool.dikecualikan.alasan.map((a) => label('poolExclusion', a.kode)).join('; '),
          })}
        </Text>
      )}
    </Group>
  );
}
