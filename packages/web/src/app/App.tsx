import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { useLanguage } from '../lib/i18n/index.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';
import { THEME } from './theme.ts';

/** Providers (data, language, antd theme and locale) around the router. */
export function App() {
  const { language } = useLanguage();
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  }, [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={language === 'zh-CN' ? zhCN : enUS}
        theme={THEME}
        button={{ autoInsertSpace: false }}
      >
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}
