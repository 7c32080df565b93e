import dayjs from 'dayjs';
import 'dayjs/locale/id';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from '../i18n/resources.js';

/** The UI languages: Bahasa Indonesia first (official PermenPANRB/BKN terms), English second. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'talenta.bahasa';
const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);

function rememberedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : 'id';
  } catch {
    return 'id';
  }
}

/** `<html lang>` and dayjs follow the UI language (screen readers pronounce by `lang`). */
function applyLanguage(language: string) {
  document.documentElement.lang = language;
  dayjs.locale(language === 'en' ? 'en' : 'id');
}

export async function initI18n(): Promise<void> {
  dayjs.extend(relativeTime);
  i18next.on('languageChanged', applyLanguage);
  await i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: rememberedLanguage(),
    fallbackLng: 'id',
    defaultNS: 'common',
    ns: Object.keys(RESOURCES.id),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyLanguage(i18next.language);
}

/** Switches the UI language and remembers the choice in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(language);
}
