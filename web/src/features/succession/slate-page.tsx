import { Anchor, Button, Card, Checkbox, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { READINESS_COLOR, Tag } from '../../components/tag.js';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import { INELIGIBILITY_REASONS, slateQuery, type Slate } from './api.js';
import { CardLink } from './card-link.js';
import { ComparisonPanel } from './comparison-panel.js';
import { EligibilityLookup } from './eligibility-lookup.js';
import { useLabels } from './labels.js';
import { Stat } from '../../components/stat.js';

const MAX_COMPARE = 5;

/** One key position's slate: ranked candidates, reason counts, "why not?" and the comparison. */
export function SlatePage({ kode, jabatan }: { kode: string; jabatan: string }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const l = useLabels();
  const { data } = useSuspenseQuery(slateQuery(kode, jabatan));
  const [selected, setSelected] = useState<string[]>([]);
  const [compared, setCompared] = useState<string[]>([]);
  const toggle = (nip: string, on: boolean) =>
    setSelected((s) => (on ? [...s, nip].slice(0, MAX_COMPARE) : s.filter((n) => n !== nip)));
  return (
    <Stack>
      <div>
        <Anchor size="sm" renderRoot={(props) => <Link to="/i/$kode/suksesi" params={{ kode }} {...props} />}>
          {t('slate.back')}
        </Anchor>
        <Title order={2}>{data.jabatan.nama}</Title>
        <Text size="sm">
          {t('slate.intro', {
            jenjang: l.jenjang(data.jabatan.jenjang),
            unor: data.jabatan.unorNama ?? '—',
            periode: data.periode,
          })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('slate.eligible')} value={f.number(data.memenuhiSyarat)} testId="slate-memenuhi" />
        <Stat label={t('slate.readyNow')} value={f.number(data.siapSekarang)} testId="slate-siap" />
        <Stat
          label={t('slate.ineligible')}
          value={f.number(data.tidakMemenuhiSyarat)}
          testId="slate-tidak-memenuhi"
        />
        <Card withBorder padding="sm">
          <Text size="sm">{t('list.cakupan')}</Text>
          <Tag size="lg" color={data.tercakup ? 'green' : 'red'} variant="light" data-testid="slate-tercakup">
            {data.tercakup ? t('coverage.yes') : t('coverage.no')}
          </Tag>
        </Card>
      </SimpleGrid>
      <Text size="sm">{t('list.rule', { n: data.pengaturan?.coverageMinEligible ?? 3 })}</Text>
      {data.dariPoolProvinsi && (
        <Text size="sm" data-testid="slate-pool-provinsi">
          {t('slate.fromPool')}
        </Text>
      )}
      <CandidateTable kode={kode} data={data} selected={selected} onToggle={toggle} />
      <Group>
        <Button
          disabled={selected.length === 0}
          onClick={() => setCompared(selected)}
          data-testid="tombol-bandingkan"
        >
          {t('compare.show', { n: selected.length })}
        </Button>
      </Group>
      {compared.length > 0 && (
        <ComparisonPanel kode={kode} jabatan={jabatan} nips={compared} onChange={setCompared} />
      )}
      <ReasonCounts counts={data.jumlahPerAlasan} />
      <EligibilityLookup kode={kode} jabatan={jabatan} />
    </Stack>
  );
}

function CandidateTable({
  kode,
  data,
  selected,
  onToggle,
}: {
  kode: string;
  data: Slate;
  selected: string[];
  onToggle: (nip: string, on: boolean) => void;
}) {
  const { t } = useTranslation(['succession', 'common']);
  const f = useFormat();
  const l = useLabels();
  // A kabupaten/kota's talent card is reachable only by province-wide accounts (the Admin Provinsi).
  const seesOthers = useUser().seProvinsi;
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('slate.candidates')}
      </Title>
      {data.kandidat.length === 0 ? (
        <Text>{t('slate.noCandidates')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="tabel-kandidat">
            <Table.Caption>{t('slate.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('slate.compare')}</Table.Th>
                <Table.Th scope="col">{t('slate.rank')}</Table.Th>
                <Table.Th scope="col">{t('slate.nama')}</Table.Th>
                <Table.Th scope="col">{t('slate.jabatanNow')}</Table.Th>
                <Table.Th scope="col">{t('slate.box')}</Table.Th>
                <Table.Th scope="col">{t('slate.jpm')}</Table.Th>
                <Table.Th scope="col">{t('slate.potensial')}</Table.Th>
                <Table.Th scope="col">{t('slate.kinerja')}</Table.Th>
                <Table.Th scope="col">{t('slate.kesiapan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.kandidat.map((c) => {
                const on = selected.includes(c.nipBaru);
                return (
                  <Table.Tr key={c.nipBaru} data-nip={c.nipBaru} data-darurat={c.suksesorDarurat}>
                    <Table.Td>
                      <Checkbox
                        checked={on}
                        disabled={!on && selected.length >= MAX_COMPARE}
                        onChange={(e) => onToggle(c.nipBaru, e.currentTarget.checked)}
                        aria-label={t('slate.selectCompare', { nama: c.nama ?? c.nipBaru })}
                      />
                    </Table.Td>
                    <Table.Td data-field="peringkat">{c.peringkat}</Table.Td>
                    <Table.Td>
                      {!c.instansi ? (
                        <CardLink kode={kode} nip={c.nipBaru}>
                          {c.nama ?? c.nipBaru}
                        </CardLink>
                      ) : seesOthers ? (
                        <CardLink kode={c.instansi.kode} nip={c.nipBaru}>
                          {c.nama ?? c.nipBaru}
                        </CardLink>
                      ) : (
                        <Text size="sm">{c.nama ?? c.nipBaru}</Text>
                      )}
                      <Text size="xs">{c.nipBaru}</Text>
                      {c.instansi && (
                        <Tag color="blue" data-testid="instansi-kandidat" data-instansi={c.instansi.kode}>
                          {c.instansi.nama ?? c.instansi.kode}
                        </Tag>
                      )}
                      {c.suksesorDarurat && (
                        <Tag color="grape" data-testid="suksesor-darurat">
                          {t('slate.emergency')}
                        </Tag>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.jabatanNama ?? '—'}</Text>
                      <Text size="xs">{c.unorNama ?? ''}</Text>
                    </Table.Td>
                    <Table.Td>{t('common:box.short', { box: c.kotak })}</Table.Td>
                    <Table.Td data-field="jpm">{f.decimal(c.jpmTarget)}</Table.Td>
                    <Table.Td>{f.decimal(c.nilaiPotensial)}</Table.Td>
                    <Table.Td>{f.decimal(c.nilaiKinerja)}</Table.Td>
                    <Table.Td data-field="kesiapan" data-value={c.kesiapan}>
                      <Tag color={READINESS_COLOR[c.kesiapan] ?? 'gray'}>{l.readiness(c.kesiapan)}</Tag>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** People not eligible per reason (rules.md §6 order; a person counts under each of their reasons). */
function ReasonCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const l = useLabels();
  const known = INELIGIBILITY_REASONS as readonly string[];
  const codes = [
    ...INELIGIBILITY_REASONS.filter((r) => (counts[r] ?? 0) > 0),
    ...Object.keys(counts).filter((r) => !known.includes(r) && (counts[r] ?? 0) > 0),
  ];
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('slate.reasons')}
      </Title>
      <Text size="sm" mb="xs">
        {t('slate.reasonsNote')}
      </Text>
      {codes.length === 0 ? (
        <Text size="sm">{t('slate.noReasons')}</Text>
      ) : (
        <Table data-testid="tabel-alasan" maw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('slate.reason')}</Table.Th>
              <Table.Th scope="col">{t('slate.people')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.map((r) => (
              <Table.Tr key={r} data-alasan={r}>
                <Table.Td>{l.reason(r)}</Table.Td>
                <Table.Td data-field="jumlah">{f.number(counts[r] ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
