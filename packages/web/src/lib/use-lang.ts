import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Localized } from '@djt/shared';
import { saveLanguage, shortLang, type UiLanguage } from '../i18n';
import { describeError, type ErrorLike } from './errors';

/** The current language in both spellings, a Localized picker and an error translator. */
export function useLang() {
  const { i18n } = useTranslation();
  const lang: Lang = shortLang(i18n.language);
  const uiLanguage: UiLanguage = lang === 'en' ? 'en' : 'zh-CN';
  const setLanguage = useCallback(
    (lng: UiLanguage) => {
      saveLanguage(lng);
      void i18n.changeLanguage(lng);
    },
    [i18n],
  );
  const l = useCallback((v: Localized | null | undefined) => (v ? v[lang] : ''), [lang]);
  const errorText = useCallback((e: ErrorLike | null | undefined) => describeError(e, lang)?.message ?? '', [lang]);
  return { lang, uiLanguage, setLanguage, l, errorText };
}
