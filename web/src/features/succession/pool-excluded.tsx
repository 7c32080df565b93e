import { Accordion, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/tag.js';
import { useFormat } from '../../lib/format.js';
import type { PoolExcluded } from './api.js';
import { CardLink } from './card-link.js';
import { useLabels } from './labels.js';

/**
 * "Dikecualikan menurut aturan" of one pool level (rules.md §4): the people of boxes 7–9 the rule left out
 * of the proposal (medium/heavy sanction in Y−1 or Y, not active), each with every reason. Collapsed by
 * default. The server lists the first ones and counts all; the committee may still add someone, with a reason.
 */
export function PoolExcludedSection({
  kode,
  level,
  onAdd,
}: {
  kode: string;
  level: PoolExcluded;
  /** Komite Talenta only: start an "add" decision for this person. */
  onAdd?: (nip: string) => void;
}) {
  const { t } = useTranslation(['succession', 'common']);
  const f = useFormat();
  const l = useLabels();
  return (
    <Accordion variant="contained" data-testid="dikecualikan">
      <Accordion.Item value={level.kelompok}>
        <Accordion.Control>
          {t('succession:excluded.title', { level: l.level(level.kelompok) })}{' '}
          <span data-testid="jumlah-dikecualikan">({f.number(level.jumlah)})</span>
        </Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t('succession:excluded.intro')}
          </Text>
          {level.jumlah === 0 ? (
            <Text size="sm">{t('succession:excluded.none')}</Text>
          ) : (
            <>
              {level.items.length < level.jumlah && (
                <Text size="sm" mb="xs" data-testid="dikecualikan-sebagian">
                  {t('succession:excluded.partial', {
                    shown: f.number(level.items.length),
                    total: f.number(level.jumlah),
                  })}
                </Text>
              )}
              <Table.ScrollContainer minWidth={760}>
                <Table striped data-testid="tabel-dikecualikan">
                  <Table.Caption>
                    {t('succession:excluded.caption', { level: l.level(level.kelompok) })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('succession:pool.nama')}</Table.Th>
                      <Table.Th scope="col">{t('succession:pool.jabatan')}</Table.Th>
                      <Table.Th scope="col">{t('succession:pool.box')}</Table.Th>
                      <Table.Th scope="col">{t('succession:excluded.reasons')}</Table.Th>
                      {onAdd && <Table.Th scope="col">{t('succession:pool.actions')}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {level.items.map((x) => (
                      <Table.Tr key={x.nipBaru ?? x.nama} data-nip={x.nipBaru ?? ''}>
                        <Table.Td>
                          {x.nipBaru ? (
                            <CardLink kode={kode} nip={x.nipBaru}>
                              {x.nama ?? x.nipBaru}
                            </CardLink>
                          ) : (
                            '—'
                          )}
                          <Text size="xs">{x.nipBaru}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{x.jabatanNama ?? '—'}</Text>
                          <Text size="xs">{x.unorNama ?? ''}</Text>
                        </Table.Td>
                        <Table.Td>
                          {x.kotak === null ? '—' : t('common:box.short', { box: x.kotak })}
                        </Table.Td>
                        <Table.Td data-field="alasan">
                          <Group gap={4}>
                            {x.alasan.map((a) => (
                              <Tag key={a.kode} color="orange" data-alasan={a.kode}>
                                {l.poolExclusion(a.kode)}
                              </Tag>
                            ))}
                          </Group>
                        </Table.Td>
                        {onAdd && (
                          <Table.Td>
                            {x.nipBaru && (
                              <Button size="compact-xs" variant="default" onClick={() => onAdd(x.nipBaru!)}>
                                {t('succession:decision.TAMBAH')}
                              </Button>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
