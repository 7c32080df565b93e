import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/**
 * Labels of the codes these pages show (job levels, reasons, readiness). A code this UI does not know (a
 * newer server) is shown as the code itself rather than hidden.
 */
export function useLabels() {
  const { t } = useTranslation('succession');
  const label = (
    group: 'jenjang' | 'reason' | 'readiness' | 'poolStatus' | 'level' | 'poolExclusion',
    code: string,
  ) => t(`${group}.${code}` as 'jenjang.PELAKSANA', { defaultValue: code });
  return {
    jenjang: (code: string) => label('jenjang', code),
    reason: (code: string) => label('reason', code),
    readiness: (code: string) => label('readiness', code),
    poolStatus: (code: string) => label('poolStatus', code),
    level: (code: string) => label('level', code),
    poolExclusion: (code: string) => label('poolExclusion', code),
    /** A calendar date (`2027-03-01`) in the UI language (dayjs follows the UI locale). */
    date: (iso: string) => dayjs(iso).format('D MMM YYYY'),
  };
}
