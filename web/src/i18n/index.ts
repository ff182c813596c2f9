/**
 * i18next set-up: Bahasa Indonesia by default, English on request; the choice is kept in localStorage.
 * It starts with the shared words only; each feature's words come with its pages (./features.ts).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './id.ts';
import { en } from './en.ts';
import type { Words } from './features.ts';

export type Language = 'id' | 'en';
const STORAGE_KEY = 'lindung.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Words };
  }
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

const initial = storedLanguage();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
