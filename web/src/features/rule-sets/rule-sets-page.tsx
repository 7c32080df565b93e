import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import { copyRuleSet, ruleSetsQuery } from './api.js';

/** Rule sets of an instansi (built-in first among none: own sets first, newest version first), and copy. */
export function RuleSetsPage({ kode }: { kode: string }) {
  const { t } = useTranslation('ruleSets');
  const f = useFormat();
  const user = useUser();
  const { data } = useSuspenseQuery(ruleSetsQuery(kode));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {user.peran === 'ADMIN_INSTANSI' && (
          <Button renderRoot={(props) => <Link to="/i/$kode/aturan/jalankan" params={{ kode }} {...props} />}>
            {t('runLink')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('intro')}</Text>
      <Card withBorder>
        <Table.ScrollContainer minWidth={700}>
          <Table striped data-testid="tabel-aturan">
            <Table.Caption>{t('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cols.aturan')}</Table.Th>
                <Table.Th scope="col">{t('cols.nama')}</Table.Th>
                <Table.Th scope="col">{t('cols.milik')}</Table.Th>
                <Table.Th scope="col">{t('cols.status')}</Table.Th>
                <Table.Th scope="col">{t('cols.hash')}</Table.Th>
                <Table.Th scope="col">{t('cols.dibuat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <Link
                      to="/i/$kode/aturan/$aturan"
                      params={{ kode, aturan: v.aturan }}
                      aria-label={t('open', { aturan: v.aturan })}
                    >
                      {v.aturan}
                    </Link>
                  </Table.Td>
                  <Table.Td>{v.nama}</Table.Td>
                  <Table.Td>{t(`milik.${v.milik}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={v.status === 'PUBLISHED' ? '#1e6b30' : 'gray.7'} variant="filled">
                      {t(`status.${v.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Code title={v.hash}>{v.hash.slice(0, 12)}…</Code>
                  </Table.Td>
                  <Table.Td>{f.dateTime(v.dibuat)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <CopyForm kode={kode} sources={data.items.map((v) => v.aturan)} />
    </Stack>
  );
}

function CopyForm({ kode, sources }: { kode: string; sources: string[] }) {
  const { t } = useTranslation('ruleSets');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [from, setFrom] = useState(sources.includes('bawaan@1') ? 'bawaan@1' : (sources[0] ?? ''));
  const [newKode, setNewKode] = useState('');
  const [nama, setNama] = useState('');
  const copy = useMutation({
    mutationFn: () => copyRuleSet(kode, { dari: from, kode: newKode.trim(), nama: nama.trim() }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['rule-sets', kode] });
      await navigate({ to: '/i/$kode/aturan/$aturan', params: { kode, aturan: created.aturan } });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="salin-aturan">
      <Title order={3} size="h4" id="salin-aturan" mb="sm">
        {t('copy.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          copy.mutate();
        }}
      >
        <Group align="flex-end">
          <Select
            label={t('copy.from')}
            data={sources}
            value={from}
            onChange={(v) => setFrom(v ?? from)}
            allowDeselect={false}
            w={220}
          />
          <TextInput
            label={t('copy.kode')}
            description={t('copy.kodeHint')}
            value={newKode}
            onChange={(e) => setNewKode(e.currentTarget.value)}
            required
            w={220}
          />
          <TextInput
            label={t('copy.nama')}
            value={nama}
            onChange={(e) => setNama(e.currentTarget.value)}
            required
            w={260}
          />
          <Button type="submit" loading={copy.isPending}>
            {t('copy.submit')}
          </Button>
        </Group>
      </form>
      {copy.isError && (
        <Stack mt="sm">
          <ErrorPanel error={copy.error} />
        </Stack>
      )}
    </Card>
  );
}
