import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { StepLabel } from '../../state/history'

/** Words a history step in the UI language; an object without a name is called "(no name)". */
export function useStepText(table: 'steps' | 'deleted' = 'steps') {
  const { t } = useTranslation()
  return useCallback((label: StepLabel) => {
    const params = Object.fromEntries(Object.entries(label.params).map(([key, value]) => [key, value === '' ? t('nav.unnamed') : value]))
    return t(`history.${table}.${label.kind}`, params)
  }, [t, table])
}

/** The shortcut keys as written on this platform. */
export function shortcutKeys(platform: string): { undo: string; redo: string } {
  return /Mac|iPhone|iPad/.test(platform) ? { undo: '⌘Z', redo: '⇧⌘Z' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z' }
}
