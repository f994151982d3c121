import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { ja } from './ja'
import { jaIssues } from './ja-issues'

export const LANGUAGES = ['en', 'ja'] as const
export type Language = (typeof LANGUAGES)[number]

const LANGUAGE_KEY = 'nad-designer.language'

/** The language to start in: the user's last choice, else the browser's language. */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === 'en' || stored === 'ja') return stored
  const first = browserLanguages.find((tag) => tag.length > 0) ?? 'en'
  return first.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** Switch the UI language and remember the choice. */
export function changeLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language)
  } catch {
    // private mode: the choice just is not remembered
  }
  document.documentElement.lang = language
  return i18n.changeLanguage(language)
}

const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]

export const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    ja: { translation: { ...ja, issues: jaIssues } },
  },
  lng: initialLanguage(readStoredLanguage(), browserLanguages),
  fallbackLng: 'en',
  // The core's catalogue templates use single-brace {param} slots; the UI strings follow suit.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  initAsync: false,
})
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language
