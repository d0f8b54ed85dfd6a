import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang, Localized } from '@djt/shared';
import { withModuleMessages } from '../modules';
import { zhCN } from './zh-cn';
import { en } from './en';

/** UI languages: the i18next code, and the shared package's short code for Localized values. */
export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'djt.lang';

function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh-CN') return stored;
  } catch {
    // storage blocked (private mode): fall through to the default
  }
  // Chinese by default, whatever the browser says: the users are Chinese bureau staff (SPEC §4).
  return 'zh-CN';
}

void i18n.use(initReactI18next).init({
  // The core's strings, and each record module's bundle under its own key (modules/index.ts).
  resources: {
    'zh-CN': { translation: withModuleMessages(zhCN, 'zh-CN') },
    en: { translation: withModuleMessages(en, 'en') },
  },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function shortLang(lng: string | undefined): Lang {
  return lng?.startsWith('en') ? 'en' : 'zh';
}

/** The value of the Accept-Language header the API translates server messages by. */
export function acceptLanguage(lng: string | undefined): string {
  return shortLang(lng) === 'en' ? 'en' : 'zh-CN';
}

export function saveLanguage(lng: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not persisted; the switch still applies to this tab
  }
  document.documentElement.lang = lng;
}

export function pick(value: Localized, lang: Lang): string {
  return value[lang];
}

export { i18n };
