import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../lib/i18n/index.ts';
import { useLanguage } from '../../lib/i18n/index.ts';

/** Switches between Chinese and English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<TLanguage>
      aria-label={t('Language')}
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
