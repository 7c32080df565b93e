import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** The BCP 47 locale of the UI language, for `Intl` and dayjs. */
export const localeOf = (language: string) => LOCALES[language] ?? 'id-ID';

/**
 * Number, percent and date formats in the UI language (Intl; `1.234` in Indonesian, `1,234` in English).
 * Use these in components instead of `toString()` or `toFixed()`.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.resolvedLanguage ?? i18n.language);
  const number = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    number: (n: number) => number.format(n),
    /** A score: up to two decimals (`72,5` in Indonesian). */
    decimal: (n: number) => decimal.format(n),
    /** `part` of `whole` as a percentage; an em dash when there is no whole. */
    percent: (part: number, whole: number) => (whole > 0 ? percent.format(part / whole) : '—'),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}
