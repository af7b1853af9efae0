import { createContext, useContext } from 'react';
import { en, type MessageKey, zh } from './messages';

export type Lang = 'zh' | 'en';

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { zh, en };
const STORAGE_KEY = 'gas-closure.lang';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

export function translator(lang: Lang): Translate {
  const dictionary = DICTIONARIES[lang];
  return (key, vars) => {
    const text = dictionary[key];
    return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;
  };
}

/** Chinese unless the user chose English earlier on this browser. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this page only.
  }
}

export const I18nContext = createContext<I18n>({ lang: 'zh', setLang: () => {}, t: translator('zh') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
