import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { readPreference, writePreference } from '../shared/browser-doorway'
import { en } from './en'

export const LANGUAGES = ['en', 'ja'] as const
export type Language = (typeof LANGUAGES)[number]

/** The language to start in: the user's last choice, else the browser's language. */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === 'en' || stored === 'ja') return stored
  const first = browserLanguages.find((tag) => tag.length > 0) ?? 'en'
  return first.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

export const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  // The core's catalogue templates use single-brace {param} slots; the UI strings follow suit.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  initAsync: false,
})

/** Make sure a language's strings are loaded; Japanese (UI and every issue message) comes as its own chunk. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return
  const [{ ja }, { jaIssues }] = await Promise.all([import('./ja'), import('./ja-issues')])
  i18n.addResourceBundle('ja', 'translation', { ...ja, issues: jaIssues })
}

/** Switch the UI language and remember the choice. */
export async function changeLanguage(language: Language) {
  writePreference('language', language)
  await loadLanguage(language)
  if (typeof document !== 'undefined') document.documentElement.lang = language
  await i18n.changeLanguage(language)
}

/** Start in the remembered or the browser's language (English shows until Japanese has loaded). */
export function startLanguage(): Promise<void> {
  const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]
  const language = initialLanguage(readPreference('language'), browserLanguages)
  if (typeof document !== 'undefined') document.documentElement.lang = language
  return language === 'en' ? Promise.resolve() : loadLanguage(language).then(() => void i18n.changeLanguage(language))
}
