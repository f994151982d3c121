import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { Prec } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { tags } from '@lezer/highlight'
import { oneDarkTheme } from '@codemirror/theme-one-dark'

// one-dark's own colours (keys #e06c75, gutter #7d8799 on #282c34) fall short of WCAG's 4.5:1; these keep its look and pass.
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#ff9ea6' },
  { tag: [tags.string, tags.special(tags.string)], color: '#b8e08f' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#f0b985' },
  { tag: [tags.keyword, tags.operator, tags.modifier], color: '#dba6f2' },
  { tag: [tags.typeName, tags.className, tags.labelName], color: '#ecc98a' },
  { tag: [tags.comment, tags.meta], color: '#a3abb9', fontStyle: 'italic' },
  { tag: [tags.punctuation, tags.bracket, tags.separator], color: '#c9ced6' },
  { tag: tags.invalid, color: '#ffffff' },
])

/** CodeMirror's dark look for the YAML editor, with contrast that passes axe. */
export const darkEditorTheme = [
  oneDarkTheme,
  syntaxHighlighting(highlight),
  Prec.highest(EditorView.theme({ '.cm-gutters': { color: '#a3abb9' } }, { dark: true })),
]
