import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Tag } from '../../components/tag.js';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import { benchQuery, keyPositionsQuery, type Bench, type KeyPositions } from './api.js';
import { canConfigure } from './can-configure.js';
import { useLabels } from './labels.js';
import { Stat } from '../../components/stat.js';

/** Key positions of an instansi: coverage, incumbent's retirement risk, counts; bench strength on top. */
export function KeyPositionsPage({ kode }: { kode: string }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const l = useLabels();
  const { data } = useSuspenseQuery(keyPositionsQuery(kode));
  const user = useUser();
  // Who keeps the key-position register (positions.manage_key); others read it through the navigation.
  const manager = user.peran === 'ADMIN_INSTANSI' && !user.terbatasUnit;
  const configure = canConfigure(user, kode);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('list.title')}</Title>
          <Text size="sm">
            {t('list.intro', { periode: data.periode, when: f.dateTime(data.dihitungPada) })}
          </Text>
        </div>
        <Group gap="sm">
          {manager && (
            <Button
              variant="default"
              renderRoot={(props) => (
                <Link to="/i/$kode/jabatan" params={{ kode }} search={{ kunci: true }} {...props} />
              )}
              data-testid="kelola-jabatan-kunci"
            >
              {t('list.manage')}
            </Button>
          )}
          <Button
            variant={configure ? 'filled' : 'default'}
            renderRoot={(props) => <Link to="/i/$kode/suksesi/pengaturan" params={{ kode }} {...props} />}
            data-testid="tautan-pengaturan"
          >
            {configure ? t('settings.open') : t('settings.view')}
          </Button>
        </Group>
      </Group>
      {data.poolProvinsi && <PoolNote pool={data.poolProvinsi} />}
      <BenchSummary kode={kode} />
      <Text size="sm">{t('list.rule', { n: data.pengaturan?.coverageMinEligible ?? 3 })}</Text>
      {data.items.length === 0 ? (
        <Text>{t('list.empty')}</Text>
      ) : (
        <Card withBorder>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped data-testid="tabel-jabatan-kunci">
              <Table.Caption>{t('list.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('list.jabatan')}</Table.Th>
                  <Table.Th scope="col">{t('list.pemangku')}</Table.Th>
                  <Table.Th scope="col">{t('list.lowongan')}</Table.Th>
                  <Table.Th scope="col">{t('list.memenuhi')}</Table.Th>
                  <Table.Th scope="col">{t('list.siap')}</Table.Th>
                  <Table.Th scope="col">{t('list.cakupan')}</Table.Th>
                  <Table.Th scope="col">{t('list.darurat')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.kode} data-kode={p.kode}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            to="/i/$kode/suksesi/$jabatan"
                            params={{ kode, jabatan: p.kode }}
                            {...props}
                          />
                        )}
                      >
                        {p.nama}
                      </Anchor>
                      <Text size="xs">
                        {l.jenjang(p.jenjang)}
                        {p.unorNama ? ` · ${p.unorNama}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {p.pemangku ? (
                        <>
                          <Text size="sm">{p.pemangku.nama ?? '—'}</Text>
                          <Text size="xs">{p.pemangku.nipBaru}</Text>
                        </>
                      ) : (
                        <Text size="sm">{t('list.kosong')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td data-field="lowongan">
                      <Text size="sm">
                        {p.lowongan.jenis === null
                          ? t('list.none')
                          : t(`vacancy.${p.lowongan.jenis}`, {
                              date: p.lowongan.tanggal ? l.date(p.lowongan.tanggal) : '',
                            })}
                      </Text>
                      {p.risikoPensiun && (
                        <Tag color="red" data-testid="risiko-pensiun">
                          {t('vacancy.risk')}
                        </Tag>
                      )}
                    </Table.Td>
                    <Table.Td data-field="memenuhi">{f.number(p.memenuhiSyarat)}</Table.Td>
                    <Table.Td data-field="siap">{f.number(p.siapSekarang)}</Table.Td>
                    <Table.Td data-field="tercakup" data-value={String(p.tercakup)}>
                      <Tag color={p.tercakup ? 'green' : 'red'}>
                        {p.tercakup ? t('coverage.yes') : t('coverage.no')}
                      </Tag>
                    </Table.Td>
                    <Table.Td>
                      {p.suksesorDarurat ? (
                        <>
                          <Text size="sm">{p.suksesorDarurat.nama ?? '—'}</Text>
                          <Text size="xs">
                            {p.suksesorDarurat.nipBaru}
                            {p.suksesorDarurat.instansi ? ` · ${p.suksesorDarurat.instansi}` : ''}
                          </Text>
                        </>
                      ) : (
                        t('list.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}

/** The provincial pool the slates drew on: JPT candidates from the kabupaten/kota too (rules.md §6). */
function PoolNote({ pool }: { pool: NonNullable<KeyPositions['poolProvinsi']> }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  return (
    <Alert color="blue" data-testid="catatan-pool-provinsi" title={t('settings.poolTitle')}>
      <Text size="sm">
        {t('settings.poolNote', {
          n: f.number(pool.drawn),
          governments: f.number(pool.governments.filter((g) => g.periode !== null).length),
        })}
      </Text>
      {pool.notes.map((note) => (
        <Text size="sm" key={note}>
          {note}
        </Text>
      ))}
    </Alert>
  );
}

/** Bench strength of the current slates and the vacancies forecast per year. */
function BenchSummary({ kode }: { kode: string }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const { data } = useSuspenseQuery(benchQuery(kode));
  const k: Bench['kekuatan'] = data.kekuatan;
  const dec = (n: number | null) => (n === null ? '—' : f.decimal(n));
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('bench.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('bench.keyPositions')} value={f.number(k.keyPositions)} testId="stat-jabatan-kunci" />
        <Stat
          label={t('bench.covered')}
          value={`${f.number(k.covered)} (${f.percent(k.covered, k.keyPositions)})`}
          testId="stat-tercakup"
        />
        <Stat label={t('bench.emergency')} value={f.number(k.withEmergencySuccessor)} testId="stat-darurat" />
        <Stat
          label={t('bench.withoutCandidates')}
          value={f.number(k.withoutCandidates)}
          testId="stat-tanpa-kandidat"
        />
        <Stat label={t('bench.meanEligible')} value={dec(k.meanEligible)} testId="stat-rata-kandidat" />
        <Stat label={t('bench.readyNowPerPosition')} value={dec(k.readyNowPerPosition)} testId="stat-siap" />
        <Stat label={t('bench.distinct')} value={f.number(k.distinctCandidates)} testId="stat-pegawai" />
      </SimpleGrid>
      <Text size="sm" mt="md" fw={600} id="lowongan-per-tahun">
        {t('bench.vacancies')}
      </Text>
      <Group gap="lg" aria-labelledby="lowongan-per-tahun" role="list">
        {data.lowonganPerTahun.map((v) => (
          <Text key={v.tahun} size="sm" role="listitem" data-tahun={v.tahun}>
            {v.tahun}: <b>{f.number(v.jumlah)}</b>
          </Text>
        ))}
      </Group>
    </Card>
  );
}
