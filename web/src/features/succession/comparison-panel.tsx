import {
  Alert,
  Button,
  CloseButton,
  Card,
  Group,
  Loader,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { useFormat } from '../../lib/format.js';
import { comparisonQuery, type Comparison } from './api.js';
import { NIP_PATTERN } from './eligibility-lookup.js';
import { useLabels } from './labels.js';

type Row = Comparison['pegawai'][number];

/** Up to 5 people side by side against one key position (…/bandingkan). */
export function ComparisonPanel({
  kode,
  jabatan,
  nips,
  onChange,
}: {
  kode: string;
  jabatan: string;
  nips: string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation(['succession', 'common']);
  const f = useFormat();
  const l = useLabels();
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<string | null>(null);
  const query = useQuery(comparisonQuery(kode, jabatan, nips));
  const dec = (n: number | null) => (n === null ? '—' : f.decimal(n));
  const rows: Array<[string, (p: Row) => ReactNode]> = [
    [t('compare.instansi'), (p) => p.instansi ?? t('compare.ownInstansi')],
    [t('compare.jenjang'), (p) => l.jenjang(p.jenjang)],
    [t('compare.golongan'), (p) => p.golongan ?? '—'],
    [t('compare.pendidikan'), (p) => p.pendidikan ?? '—'],
    [
      t('slate.box'),
      (p) => (p.kotak === null ? t('common:box.notMapped') : t('common:box.short', { box: p.kotak })),
    ],
    [t('slate.potensial'), (p) => dec(p.nilaiPotensial)],
    [t('slate.kinerja'), (p) => dec(p.nilaiKinerja)],
    [t('slate.jpm'), (p) => dec(p.jpmTarget)],
    [t('compare.memenuhi'), (p) => (p.memenuhiSyarat ? t('compare.yes') : t('compare.no'))],
    [t('compare.alasan'), (p) => (p.alasan.length === 0 ? '—' : p.alasan.map(l.reason).join('; '))],
    [t('slate.kesiapan'), (p) => (p.kesiapan ? l.readiness(p.kesiapan) : '—')],
  ];
  return (
    <Card withBorder data-testid="perbandingan">
      <Title order={3} size="h4" mb="xs">
        {t('compare.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('compare.hint')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const nip = extra.trim();
          if (!NIP_PATTERN.test(nip)) return setError(t('why.nipInvalid'));
          if (nips.length >= 5) return setError(t('compare.max'));
          setError(null);
          setExtra('');
          if (!nips.includes(nip)) onChange([...nips, nip]);
        }}
      >
        <Group align="flex-start" mb="sm">
          <TextInput
            label={t('compare.add')}
            value={extra}
            onChange={(e) => setExtra(e.currentTarget.value)}
            error={error ?? undefined}
            inputMode="numeric"
            w={260}
          />
          <Button type="submit" variant="default" mt={24}>
            {t('compare.addButton')}
          </Button>
        </Group>
      </form>
      {query.isPending && <Loader size="sm" aria-label={t('compare.title')} />}
      {query.isError && (
        <Alert color="red" role="alert">
          {describeError(query.error).message}
        </Alert>
      )}
      {query.data && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped withColumnBorders data-testid="tabel-perbandingan">
            <Table.Caption>{t('compare.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('compare.aspect')}</Table.Th>
                {query.data.pegawai.map((p) => (
                  <Table.Th scope="col" key={p.nipBaru} data-nip={p.nipBaru}>
                    <Group gap={4} wrap="nowrap">
                      {p.nipBaru}
                      <CloseButton
                        size="sm"
                        aria-label={t('compare.remove', { nip: p.nipBaru })}
                        onClick={() => onChange(nips.filter((n) => n !== p.nipBaru))}
                      />
                    </Group>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(([label, cell]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row">{label}</Table.Th>
                  {query.data.pegawai.map((p) => (
                    <Table.Td key={p.nipBaru}>{cell(p)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
