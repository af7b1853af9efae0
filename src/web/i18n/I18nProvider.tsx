import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { type I18n, I18nContext, type Lang, storedLang, storeLang, translator } from './i18n';

const ANTD_LOCALES = { zh: zhCN, en: enUS } as const;
const DAYJS_LOCALES = { zh: 'zh-cn', en: 'en' } as const;
const HTML_LANGS = { zh: 'zh-CN', en: 'en' } as const;

function applyGlobals(lang: Lang): void {
  // Date pickers format through dayjs' global locale, so it must switch together with antd's.
  dayjs.locale(DAYJS_LOCALES[lang]);
  document.documentElement.lang = HTML_LANGS[lang];
}

const THEME = { token: { colorPrimary: '#1559c6', borderRadius: 6 } };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    applyGlobals(initial);
    return initial;
  });

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    applyGlobals(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  useEffect(() => {
    document.title = value.t('app.name');
  }, [value]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[lang]} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
