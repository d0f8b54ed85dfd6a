import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../lib/use-lang';
import type { UiLanguage } from '../i18n';

/** 中文 / English. Switching also switches antd's locale and refetches server-translated text. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { uiLanguage, setLanguage } = useLang();
  return (
    <Segmented<UiLanguage>
      size="small"
      aria-label={t('app.language')}
      data-testid="language-switch"
      value={uiLanguage}
      onChange={setLanguage}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
