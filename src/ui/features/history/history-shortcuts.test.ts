// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { historyCommandOf, isEditingText, isInDialog } from './history-shortcuts'

const key = (key: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ key, code: `Key${key.toUpperCase()}`, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...mods })

function element(html: string, selector: string): Element {
  document.body.innerHTML = html
  const found = document.querySelector(selector)
  if (!found) throw new Error(`no ${selector}`)
  return found
}

describe('history shortcuts', () => {
  it.each([
    ['Ctrl+Z', key('z', { ctrlKey: true }), 'undo'],
    ['Cmd+Z', key('z', { metaKey: true }), 'undo'],
    ['Shift+Ctrl+Z', key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Shift+Cmd+Z', key('Z', { metaKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', key('y', { ctrlKey: true }), 'redo'],
    ['Cmd+Y (the browser history on a Mac)', key('y', { metaKey: true }), undefined],
    ['Z alone', key('z'), undefined],
    ['Ctrl+Alt+Z', key('z', { ctrlKey: true, altKey: true }), undefined],
    ['Ctrl+Z while an IME composes', key('z', { ctrlKey: true, isComposing: true }), undefined],
    ['Ctrl+Z on a Russian layout (key я, position KeyZ)', { ...key('z', { ctrlKey: true }), key: 'я' }, 'undo'],
    ['Ctrl+Z on a French layout (key z at position KeyW)', { ...key('z', { ctrlKey: true }), code: 'KeyW' }, 'undo'],
  ])('%s', (_, event, command) => {
    expect(historyCommandOf(event)).toBe(command)
  })

  it.each([
    ['a text input', '<input id="t" type="text">', '#t', true],
    ['an input with no type', '<input id="t">', '#t', true],
    ['a text area', '<textarea id="t"></textarea>', '#t', true],
    ['a select', '<select id="t"></select>', '#t', true],
    ['a contenteditable', '<div contenteditable="true"><span id="t">x</span></div>', '#t', true],
    ['the CodeMirror editor', '<div class="cm-editor"><div id="t" class="cm-content"></div></div>', '#t', true],
    ['a checkbox', '<input id="t" type="checkbox">', '#t', false],
    ['a button', '<button id="t">Delete</button>', '#t', false],
    ['the diagram', '<div class="react-flow" tabindex="0" id="t"></div>', '#t', false],
    ['contenteditable="false"', '<div contenteditable="false" id="t"></div>', '#t', false],
  ])('%s has its own undo: %s', (_, html, selector, editing) => {
    expect(isEditingText(element(html, selector))).toBe(editing)
  })

  it('a key from inside a dialog does not reach the project behind it', () => {
    expect(isInDialog(element('<div role="dialog"><button id="t">Next</button></div>', '#t'))).toBe(true)
    expect(isInDialog(element('<main><button id="t">Next</button></main>', '#t'))).toBe(false)
    expect(isInDialog(null)).toBe(false)
  })
})
