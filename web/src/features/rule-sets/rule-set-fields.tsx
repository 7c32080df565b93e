import { Fieldset, NumberInput, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JENJANG } from '../../lib/jenjang.js';
import { EDUCATION, PREDIKAT, type Education, type RuleSetContent } from './api.js';

type Props = {
  value: RuleSetContent;
  /** Null: read only. */
  onChange: ((next: RuleSetContent) => void) | null;
  /** The server's messages by field path (`weights`, `weights.competency`). */
  issues: Record<string, string>;
};

/**
 * Every field of a rule set with its official label, editable for a draft, read-only otherwise. The
 * server's field-level messages show at their fields; a message about a group (`weights`: the sum) shows
 * under the group.
 */
export function RuleSetFields({ value, onChange, issues }: Props) {
  const { t } = useTranslation('ruleSets');
  const readOnly = onChange === null;
  const set = (path: string, n: number) => {
    if (!onChange) return;
    const next = structuredClone(value) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let at = next;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    at[keys.at(-1)!] = n;
    onChange(next as unknown as RuleSetContent);
  };
  const get = (path: string): number =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], value) as number;
  const field = (path: string, label: string, step = 1) => (
    <NumberInput
      key={path}
      label={label}
      value={get(path)}
      onChange={(v) => set(path, typeof v === 'number' ? v : Number(v))}
      error={issues[path]}
      readOnly={readOnly}
      variant={readOnly ? 'filled' : 'default'}
      step={step}
      decimalScale={4}
      data-path={path}
    />
  );
  const group = (path: string, legend: string, children: React.ReactNode) => (
    <Fieldset legend={legend} data-testid={`grup-${path}`}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>{children}</SimpleGrid>
      {issues[path] && (
        <Text c="red.8" size="sm" mt="xs" role="alert" data-testid={`galat-${path}`}>
          {issues[path]}
        </Text>
      )}
    </Fieldset>
  );
  return (
    <>
      {group('weights', t('view.weights'), [
        field('weights.competency', t('view.competency'), 0.05),
        field('weights.potential', t('view.potential'), 0.05),
        field('weights.trackRecord', t('view.trackRecord'), 0.05),
      ])}
      {group('performanceCutOffs', t('view.performanceCutOffs'), [
        field('performanceCutOffs.above', t('view.above')),
        field('performanceCutOffs.meets', t('view.meets')),
      ])}
      {group('potentialCutOffs', t('view.potentialCutOffs'), [
        field('potentialCutOffs.high', t('view.high')),
        field('potentialCutOffs.medium', t('view.medium')),
      ])}
      {group(
        'predikatPoints',
        t('view.predikatPoints'),
        PREDIKAT.map((p) => field(`predikatPoints.${p}`, t(`predikat.${p}`))),
      )}
      {group('windows', t('view.windows'), [
        field('performanceWindowYears', t('view.performanceWindowYears')),
        field('assessmentValidityYears', t('view.assessmentValidityYears')),
        field('trackRecord.disciplineWindowYears', t('view.disciplineWindowYears')),
      ])}
      {group('trackRecord', t('view.trackRecordParts'), [
        field('trackRecord.educationPoints', t('view.educationPoints')),
        field('trackRecord.trainingMaxPoints', t('view.trainingMaxPoints')),
        field('trackRecord.trainingTargetJp', t('view.trainingTargetJp')),
        field('trackRecord.experienceMaxPoints', t('view.experienceMaxPoints')),
        field('trackRecord.experienceTargetYears', t('view.experienceTargetYears')),
        field('trackRecord.disciplinePoints.none', t('view.disciplineNone')),
        field('trackRecord.disciplinePoints.lightOnly', t('view.disciplineLight')),
        field('trackRecord.disciplinePoints.mediumOrHeavy', t('view.disciplineHeavy')),
      ])}
      <Fieldset legend={t('view.levels')}>
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('view.jenjangCol')}</Table.Th>
                <Table.Th scope="col">{t('view.standardCol')}</Table.Th>
                <Table.Th scope="col">{t('view.educationCol')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {JENJANG.map((j) => (
                <Table.Tr key={j}>
                  <Table.Th scope="row">{t(`jenjang.${j}`)}</Table.Th>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t('view.standardCol')} ${t(`jenjang.${j}`)}`}
                      value={value.standardLevels[j]}
                      onChange={(v) => set(`standardLevels.${j}`, Number(v))}
                      error={issues[`standardLevels.${j}`]}
                      readOnly={readOnly}
                      variant={readOnly ? 'filled' : 'default'}
                      w={120}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('view.educationCol')} ${t(`jenjang.${j}`)}`}
                      data={[...EDUCATION]}
                      value={value.minimumEducation[j]}
                      onChange={(v) =>
                        onChange?.({
                          ...value,
                          minimumEducation: { ...value.minimumEducation, [j]: v as Education },
                        })
                      }
                      error={issues[`minimumEducation.${j}`]}
                      readOnly={readOnly}
                      variant={readOnly ? 'filled' : 'default'}
                      allowDeselect={false}
                      w={120}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Fieldset>
    </>
  );
}
