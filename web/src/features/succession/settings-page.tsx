import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { describeError } from '../../components/error-message.js';
import { ApiError } from '../../lib/api-client.js';
import { useFormat } from '../../lib/format.js';
import { useUser } from '../../lib/session.js';
import {
  SETTING_KEYS,
  settingsQuery,
  useConfigure,
  type ConfiguredSettings,
  type SettingValues,
  type SuccessionSettings,
} from './api.js';
import { canConfigure } from './can-configure.js';

type NumericKey = 'slateSize' | 'coverageMinEligible' | 'readyNowJpm' | 'readySoonJpm';
const NUMERIC: readonly NumericKey[] = ['slateSize', 'coverageMinEligible', 'readyNowJpm', 'readySoonJpm'];

/** The server's field issues of a 400 VALIDATION (`details: [{ path, message }]`), by setting. */
function serverIssues(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const parsed = z.array(z.object({ path: z.string(), message: z.string() })).safeParse(error.details);
  return parsed.success ? Object.fromEntries(parsed.data.map((i) => [i.path, i.message])) : {};
}

/** Pengaturan rencana suksesi (rules.md §6 "configurable"): a form for who may change it, else a table. */
export function SettingsPage({ kode }: { kode: string }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  const user = useUser();
  const { data } = useSuspenseQuery(settingsQuery(kode));
  const editable = canConfigure(user, kode);
  return (
    <Stack>
      <div>
        <Anchor size="sm" renderRoot={(props) => <Link to="/i/$kode/suksesi" params={{ kode }} {...props} />}>
          {t('slate.back')}
        </Anchor>
        <Title order={2}>{t('settings.title')}</Title>
        <Text size="sm">{t('settings.intro', { nama: data.instansi.nama })}</Text>
        <Text size="sm" data-testid="pengaturan-diubah">
          {data.diubahPada
            ? t('settings.changed', { when: f.dateTime(data.diubahPada), who: data.diubahOleh ?? '—' })
            : t('settings.neverChanged')}
        </Text>
      </div>
      {editable ? <SettingsForm kode={kode} data={data} /> : <SettingsTable data={data} />}
    </Stack>
  );
}

function useValueText() {
  const { t } = useTranslation('succession');
  const f = useFormat();
  return (v: number | boolean) =>
    typeof v === 'boolean' ? (v ? t('settings.on') : t('settings.off')) : f.decimal(v);
}

/** Read-only: the value in force and rules.md's default of each setting. */
function SettingsTable({ data }: { data: SuccessionSettings }) {
  const { t } = useTranslation('succession');
  const text = useValueText();
  const keys = SETTING_KEYS.filter((k) => k !== 'jptFromProvincialPool' || data.poolProvinsiTersedia);
  return (
    <Card withBorder>
      <Text size="sm" mb="xs">
        {t('settings.readOnly')}
      </Text>
      <Table data-testid="tabel-pengaturan" maw={760}>
        <Table.Caption>{t('settings.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settings.setting')}</Table.Th>
            <Table.Th scope="col">{t('settings.value')}</Table.Th>
            <Table.Th scope="col">{t('settings.default')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((k) => (
            <Table.Tr key={k} data-setting={k}>
              <Table.Th scope="row">{t(`settings.field.${k}`)}</Table.Th>
              <Table.Td data-field="nilai">{text(data.efektif[k])}</Table.Td>
              <Table.Td>{text(data.bawaan[k])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The form: every setting with its default; checked here as the server checks it (its messages win). */
function SettingsForm({ kode, data }: { kode: string; data: SuccessionSettings }) {
  const { t } = useTranslation('succession');
  const text = useValueText();
  const configure = useConfigure(kode);
  const [values, setValues] = useState<SettingValues>(data.efektif);
  const [errors, setErrors] = useState<Partial<Record<keyof SettingValues, string>>>({});
  const [result, setResult] = useState<ConfiguredSettings['perhitungan'] | null>(null);
  const set = <K extends keyof SettingValues>(key: K, value: SettingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const check = (): typeof errors => {
    const out: typeof errors = {};
    for (const k of NUMERIC) {
      const b = data.batas[k];
      const v = values[k];
      if (!Number.isFinite(v) || v < b.min || v > b.max || (b.integer && !Number.isInteger(v)))
        out[k] = t(b.integer ? 'settings.rangeInteger' : 'settings.range', { min: b.min, max: b.max });
    }
    if (!out.readySoonJpm && !out.readyNowJpm && values.readySoonJpm > values.readyNowJpm)
      out.readySoonJpm = t('settings.readySoonAbove');
    return out;
  };
  const submit = () => {
    const found = check();
    setErrors(found);
    setResult(null);
    if (Object.keys(found).length > 0) return;
    const body: Partial<SettingValues> = { ...values };
    if (!data.poolProvinsiTersedia) delete body.jptFromProvincialPool;
    configure.mutate(body, { onSuccess: (saved) => setResult(saved.perhitungan) });
  };
  const server = configure.isError ? serverIssues(configure.error) : {};
  const errorOf = (k: keyof SettingValues) => errors[k] ?? server[k];
  const hint = (k: keyof SettingValues) => t('settings.defaultHint', { value: text(data.bawaan[k]) });

  return (
    <Card withBorder>
      <form
        noValidate
        data-testid="form-pengaturan"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md" maw={620}>
          {NUMERIC.map((k) => (
            <NumberInput
              key={k}
              label={t(`settings.field.${k}`)}
              description={`${t(`settings.help.${k}`)} ${hint(k)}`}
              value={Number.isNaN(values[k]) ? '' : values[k]}
              onChange={(v) => set(k, typeof v === 'number' ? v : Number.NaN)}
              min={data.batas[k].min}
              max={data.batas[k].max}
              allowDecimal={!data.batas[k].integer}
              decimalSeparator=","
              clampBehavior="none"
              error={errorOf(k)}
              data-setting={k}
              w={440}
            />
          ))}
          <Switch
            label={t('settings.field.pppkForJpt')}
            description={`${t('settings.help.pppkForJpt')} ${hint('pppkForJpt')}`}
            checked={values.pppkForJpt}
            onChange={(e) => set('pppkForJpt', e.currentTarget.checked)}
            error={errorOf('pppkForJpt')}
            data-setting="pppkForJpt"
          />
          {data.poolProvinsiTersedia && (
            <Switch
              label={t('settings.field.jptFromProvincialPool')}
              description={`${t('settings.help.jptFromProvincialPool')} ${hint('jptFromProvincialPool')}`}
              checked={values.jptFromProvincialPool}
              onChange={(e) => set('jptFromProvincialPool', e.currentTarget.checked)}
              error={errorOf('jptFromProvincialPool')}
              data-setting="jptFromProvincialPool"
            />
          )}
          <Group>
            <Button type="submit" loading={configure.isPending} data-testid="simpan-pengaturan">
              {t('settings.save')}
            </Button>
            <Button variant="default" onClick={() => setValues(data.bawaan)}>
              {t('settings.reset')}
            </Button>
          </Group>
          {configure.isError && (
            <Alert color="red" role="alert">
              {describeError(configure.error).message}
            </Alert>
          )}
          {result && <RecomputeResult result={result} />}
        </Stack>
      </form>
    </Card>
  );
}

function RecomputeResult({ result }: { result: ConfiguredSettings['perhitungan'] }) {
  const { t } = useTranslation('succession');
  const f = useFormat();
  if ('error' in result)
    return (
      <Alert color="yellow" role="status" data-testid="pengaturan-tersimpan" data-hitung="gagal">
        {t('settings.savedNotRecomputed', { error: result.error })}
      </Alert>
    );
  return (
    <Alert color="green" role="status" data-testid="pengaturan-tersimpan" data-hitung="ok">
      {t('settings.savedRecomputed', {
        positions: f.number(result.keyPositions),
        covered: f.number(result.covered),
      })}
      {result.drawn !== null && ` ${t('settings.drawn', { n: f.number(result.drawn) })}`}
    </Alert>
  );
}
