import { useEffect, useRef } from 'react'

export type HistoryCommand = 'undo' | 'redo'

type KeyFacts = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing'>

/** Inputs without text of their own: the browser has nothing to undo in them, so the project's undo applies. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. A layout without Latin letters is read by the key's position. */
export function historyCommandOf(event: KeyFacts): HistoryCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return undefined
  const key = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code.replace(/^Key/, '').toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  // Cmd+Y is the browser's history on a Mac: only Ctrl+Y redoes
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo'
  return undefined
}

/** Whether the key goes to something with its own undo: a text input, a text area, a select, a contenteditable (the YAML editor). */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('textarea, select, [contenteditable]:not([contenteditable="false"]), .cm-editor')) return true
  const input = target.closest('input')
  return input !== null && !NON_TEXT_INPUTS.has(input.type)
}

/** Whether the key comes from a dialog over the page, where undoing the project behind it would be unseen. */
export function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null
}

/** Undo and redo from the keyboard anywhere on the page except where the browser's own undo belongs. */
export function useHistoryShortcuts(run: (command: HistoryCommand) => void) {
  const latest = useRef(run)
  useEffect(() => {
    latest.current = run
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // the command first: it is cheap, and most keys (typing) are none, so the DOM is not searched per keystroke
      const command = historyCommandOf(event)
      if (!command || event.defaultPrevented || isEditingText(event.target) || isInDialog(event.target)) return
      event.preventDefault()
      latest.current(command)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
