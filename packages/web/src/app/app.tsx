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

/**
 * The party-red brand on antd's defaults. The secondary, placeholder and error text colours are
 * darkened: antd's defaults (black at 45 %, #ff4d4f) are below the 4.5:1 contrast that small
 * text needs (WCAG AA), and axe-core in the browser tests holds every page to it.
 */
const THEME = {
  token: {
    colorPrimary: '#c8102e',
    colorError: '#cf1322',
    // antd's link colour (#1677ff) is 4.1:1 on white; its 7th blue is 5.6:1.
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
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
