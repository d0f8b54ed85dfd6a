import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router-dom';
import { useEffect } from 'react';
import { useLang } from '../lib/use-lang';
import { ApiProvider } from './api-provider';
import { AppRoutes } from './router';
import { SessionProvider } from './session.provider';

/** The party-red brand on antd's defaults; everything else stays stock for familiarity. */
const THEME = {
  token: {
    colorPrimary: '#c8102e',
    borderRadius: 6,
    fontFamily: "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, sans-serif",
  },
};

export function App() {
  const { lang, uiLanguage } = useLang();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = uiLanguage;
  }, [lang, uiLanguage]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <BrowserRouter>
          <ApiProvider>
            <SessionProvider>
              <AppRoutes />
            </SessionProvider>
          </ApiProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
