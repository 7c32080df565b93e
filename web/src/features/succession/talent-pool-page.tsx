import { Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Tag } from '../../components/tag.js';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import { POOL_LEVELS, decisionsQuery, poolQuery, type PoolLevel, type PoolMember } from './api.js';
import { DecisionForm, type DecisionDraft } from './decision-form.js';
import { useLabels } from './labels.js';
import { CardLink } from './card-link.js';

const STATUS_COLOR: Record<string, string> = {
  USULAN: 'blue',
  DIKONFIRMASI: 'green',
  DITAMBAHKAN: 'teal',
  DIKELUARKAN: 'gray',
};

/** Kelompok rencana suksesi per job level (rules.md §4); the Talent Committee decides on it here. */
export function TalentPoolPage({
  kode,
  kelompok,
  onKelompok,
}: {
  kode: string;
  kelompok: PoolLevel;
  onKelompok: (next: PoolLevel) => void;
}) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const l = useLabels();
  const user = useUser();
  const komite = user.peran === 'KOMITE_TALENTA';
  const { data } = useSuspenseQuery(poolQuery(kode, kelompok));
  const [draft, setDraft] = useState<DecisionDraft>({ nip: '', keputusan: 'TAMBAH' });
  const members = data.items.filter((m) => m.anggota).length;
  const choose = (next: DecisionDraft) => {
    setDraft(next);
    document.getElementById('keputusan-komite')?.scrollIntoView({ block: 'start' });
  };
  return (
    <Stack>
      <div>
        <Title order={2}>{t('pool.title')}</Title>
        <Text size="sm">{t('pool.intro', { periode: data.periode })}</Text>
      </div>
      <Group>
        <Text size="sm" id="pilih-kelompok">
          {t('pool.level')}
        </Text>
        <SegmentedControl
          aria-labelledby="pilih-kelompok"
          value={kelompok}
          onChange={(v) => onKelompok(v)}
          data={POOL_LEVELS.map((v) => ({ value: v, label: l.level(v) }))}
        />
      </Group>
      <Group gap="lg">
        <Text data-testid="jumlah-anggota">{t('pool.members', { n: f.number(members) })}</Text>
        <Text>{t('pool.excluded', { n: f.number(data.items.length - members) })}</Text>
        <Text>
          {t('pool.retiring', {
            n: f.number(data.items.filter((m) => m.anggota && m.menjelangPensiun).length),
          })}
        </Text>
      </Group>
      {komite && <DecisionForm kode={kode} kelompok={kelompok} draft={draft} onDraft={setDraft} />}
      <Card withBorder>
        {data.items.length === 0 ? (
          <Text>{t('pool.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="tabel-kelompok">
              <Table.Caption>{t('pool.caption', { level: l.level(kelompok) })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('pool.nama')}</Table.Th>
                  <Table.Th scope="col">{t('pool.jabatan')}</Table.Th>
                  <Table.Th scope="col">{t('pool.box')}</Table.Th>
                  <Table.Th scope="col">{t('pool.status')}</Table.Th>
                  <Table.Th scope="col">{t('pool.pensiun')}</Table.Th>
                  {komite && <Table.Th scope="col">{t('pool.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((m) => (
                  <MemberRow
                    key={`${m.kelompok}|${m.nipBaru}`}
                    kode={kode}
                    m={m}
                    komite={komite}
                    onChoose={choose}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <DecisionHistory kode={kode} />
    </Stack>
  );
}

function MemberRow({
  kode,
  m,
  komite,
  onChoose,
}: {
  kode: string;
  m: PoolMember;
  komite: boolean;
  onChoose: (d: DecisionDraft) => void;
}) {
  const { t } = useTranslation(['succession', 'common']);
  const l = useLabels();
  const nip = m.nipBaru ?? '';
  return (
    <Table.Tr data-nip={nip} data-anggota={String(m.anggota)}>
      <Table.Td>
        {m.nipBaru ? (
          <CardLink kode={kode} nip={m.nipBaru}>
            {m.nama ?? m.nipBaru}
          </CardLink>
        ) : (
          '—'
        )}
        <Text size="xs">{m.nipBaru}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{m.jabatanNama ?? '—'}</Text>
        <Text size="xs">{m.unorNama ?? ''}</Text>
      </Table.Td>
      <Table.Td>{m.kotak === null ? '—' : t('common:box.short', { box: m.kotak })}</Table.Td>
      <Table.Td data-field="status" data-value={m.status}>
        <Tag color={STATUS_COLOR[m.status] ?? 'gray'}>{l.poolStatus(m.status)}</Tag>
      </Table.Td>
      <Table.Td>
        {m.tanggalPensiun ? l.date(m.tanggalPensiun) : '—'}
        {m.menjelangPensiun && (
          <Tag color="red" ml={4} data-testid="menjelang-pensiun">
            {t('pool.flagRetiring')}
          </Tag>
        )}
      </Table.Td>
      {komite && (
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {m.anggota && m.status === 'USULAN' && (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => onChoose({ nip, keputusan: 'KONFIRMASI' })}
              >
                {t('pool.confirm')}
              </Button>
            )}
            {m.anggota ? (
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => onChoose({ nip, keputusan: 'KELUARKAN' })}
              >
                {t('pool.remove')}
              </Button>
            ) : (
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => onChoose({ nip, keputusan: 'TAMBAH' })}
              >
                {t('decision.TAMBAH')}
              </Button>
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Every committee decision, latest first (the log is append-only). */
function DecisionHistory({ kode }: { kode: string }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const l = useLabels();
  const { data } = useSuspenseQuery(decisionsQuery(kode));
  const items = [...data.items].reverse();
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('decision.history')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('decision.noHistory')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="tabel-riwayat">
            <Table.Caption>{t('decision.historyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('decision.when')}</Table.Th>
                <Table.Th scope="col">{t('pool.nama')}</Table.Th>
                <Table.Th scope="col">{t('pool.level')}</Table.Th>
                <Table.Th scope="col">{t('decision.keputusan')}</Table.Th>
                <Table.Th scope="col">{t('decision.alasan')}</Table.Th>
                <Table.Th scope="col">{t('decision.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id} data-nip={d.nipBaru}>
                  <Table.Td>{f.dateTime(d.pada)}</Table.Td>
                  <Table.Td>
                    {d.nama ?? '—'}
                    <Text size="xs">{d.nipBaru}</Text>
                  </Table.Td>
                  <Table.Td>{l.level(d.kelompok)}</Table.Td>
                  <Table.Td data-field="keputusan">{t(`decision.${d.keputusan}`)}</Table.Td>
                  <Table.Td data-field="alasan">{d.alasan ?? '—'}</Table.Td>
                  <Table.Td>{d.oleh}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
