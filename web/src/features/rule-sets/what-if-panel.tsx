import { Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { useFormat } from '../../lib/format.js';
import { WHAT_IF_LIMIT, simulate, type WhatIf } from './api.js';

/** The what-if of a version against a year: how many change box, the from→to matrix, the first people. */
export function WhatIfPanel({ kode, aturan }: { kode: string; aturan: string }) {
  const { t } = useTranslation('ruleSets');
  const f = useFormat();
  const [periode, setPeriode] = useState(new Date().getFullYear() - 1);
  const run = useMutation({ mutationFn: () => simulate(kode, periode, aturan) });
  return (
    <Card withBorder component="section" aria-labelledby="simulasi">
      <Stack>
        <Title order={3} size="h4" id="simulasi">
          {t('whatIf.title')}
        </Title>
        <Text size="sm">{t('whatIf.intro')}</Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run.mutate();
          }}
        >
          <Group align="flex-end">
            <NumberInput
              label={t('whatIf.periode')}
              value={periode}
              onChange={(v) => setPeriode(Number(v))}
              min={2000}
              max={2100}
              w={140}
            />
            <Button type="submit" loading={run.isPending}>
              {t('whatIf.run')}
            </Button>
          </Group>
        </form>
        {run.isError && <ErrorPanel error={run.error} />}
        {run.data && (
          <>
            <Text
              size="sm"
              data-testid="simulasi-ringkas"
              data-changed={run.data.changed}
              data-evaluated={run.data.evaluated}
            >
              {t('whatIf.summary', {
                baseline: run.data.baseline,
                evaluated: f.number(run.data.evaluated),
                changed: f.number(run.data.changed),
              })}
            </Text>
            {run.data.changed === 0 ? <Text size="sm">{t('whatIf.none')}</Text> : <Matrix data={run.data} />}
            {run.data.changes.length > 0 && <People data={run.data} />}
          </>
        )}
      </Stack>
    </Card>
  );
}

function Matrix({ data }: { data: WhatIf }) {
  const { t } = useTranslation('ruleSets');
  const { t: tc } = useTranslation();
  const f = useFormat();
  const pairs = Object.entries(data.transitions).map(([k, n]) => {
    const [from, to] = k.split('->').map(Number) as [number, number];
    return { from, to, n };
  });
  const froms = [...new Set(pairs.map((p) => p.from))].sort((a, b) => a - b);
  const tos = [...new Set(pairs.map((p) => p.to))].sort((a, b) => a - b);
  const label = (box: number) => (box === 0 ? tc('box.notMapped') : tc('box.short', { box }));
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table withTableBorder withColumnBorders data-testid="matriks-simulasi">
        <Table.Caption>{t('whatIf.matrix')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('whatIf.fromTo')}</Table.Th>
            {tos.map((to) => (
              <Table.Th scope="col" key={to}>
                {label(to)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {froms.map((from) => (
            <Table.Tr key={from}>
              <Table.Th scope="row">{label(from)}</Table.Th>
              {tos.map((to) => (
                <Table.Td key={to}>
                  {f.number(pairs.find((p) => p.from === from && p.to === to)?.n ?? 0)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function People({ data }: { data: WhatIf }) {
  const { t } = useTranslation('ruleSets');
  const { t: tc } = useTranslation();
  const label = (box: number | null) => (box === null ? tc('box.notMapped') : tc('box.short', { box }));
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table striped data-testid="orang-simulasi">
        <Table.Caption>{t('whatIf.people', { n: WHAT_IF_LIMIT })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('whatIf.nip')}</Table.Th>
            <Table.Th scope="col">{t('whatIf.from')}</Table.Th>
            <Table.Th scope="col">{t('whatIf.to')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.changes.map((c) => (
            <Table.Tr key={c.nip}>
              <Table.Td>{c.nip}</Table.Td>
              <Table.Td>{label(c.fromBox)}</Table.Td>
              <Table.Td>{label(c.toBox)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
