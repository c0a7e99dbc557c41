import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../lib/i18n/index.ts';
import { useLanguage } from '../../lib/i18n/index.ts';

/** The language choice on the sign-in page (the shell has its own in the header). */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<TLanguage>
      size="small"
      aria-label={t('Language')}
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
