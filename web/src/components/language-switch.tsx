import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, type Language } from '../lib/i18n.js';

/** Bahasa Indonesia / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={(value) => void changeLanguage(value as Language)}
      data={LANGUAGES.map((l) => ({
        value: l,
        label: (
          <>
            <span aria-hidden="true">{l.toUpperCase()}</span>
            <VisuallyHidden lang={l}>{t(`languages.${l}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
