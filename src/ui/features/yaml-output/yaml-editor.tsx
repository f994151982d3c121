import { useEffect, useRef } from 'react'
import { basicSetup } from 'codemirror'
import { yaml } from '@codemirror/lang-yaml'
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint'
import { Compartment, EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { darkEditorTheme } from './dark-highlight'

/** Changes the text to `value` by replacing only the span that differs, so the editor redraws those lines, not all. */
function replaceDoc(view: EditorView, value: string) {
  const text = view.state.doc.toString()
  if (text === value) return false
  let start = 0
  const shorter = Math.min(text.length, value.length)
  while (start < shorter && text.charCodeAt(start) === value.charCodeAt(start)) start++
  let end = 0
  while (end < shorter - start && text.charCodeAt(text.length - 1 - end) === value.charCodeAt(value.length - 1 - end)) end++
  view.dispatch({ changes: { from: start, to: text.length - end, insert: value.slice(start, value.length - end) } })
  return false
}

/** A problem to mark in the editor, by 1-based line. */
export interface LineMark {
  line: number
  severity: 'error' | 'warning' | 'info'
  message: string
}

interface Props {
  value: string
  onChange: (text: string) => void
  dark: boolean
  label: string
  marks: readonly LineMark[]
  readOnly?: boolean
}

/** CodeMirror 6 with YAML highlighting; lazy-loaded so it stays out of the first chunk. */
export default function YamlEditor({ value, onChange, dark, label, marks, readOnly }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const theme = useRef(new Compartment())
  const editable = useRef(new Compartment())
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const valueRef = useRef(value)
  valueRef.current = value

  useEffect(() => {
    if (!host.current) return
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          EditorView.lineWrapping,
          theme.current.of(dark ? darkEditorTheme : []),
          editable.current.of(EditorState.readOnly.of(readOnly === true)),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          // while the user types, a re-emitted YAML (keys reordered) must not move the cursor; catch up on blur
          EditorView.domEventHandlers({ blur: (_, v) => replaceDoc(v, valueRef.current) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && update.transactions.some((tr) => tr.isUserEvent('input') || tr.isUserEvent('delete') || tr.isUserEvent('undo') || tr.isUserEvent('redo') || tr.isUserEvent('move')))
              onChangeRef.current(update.state.doc.toString())
          }),
        ],
      }),
    })
    view.current = created
    return () => created.destroy()
    // created once; value, theme and marks are pushed in by the effects below
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const v = view.current
    if (v && !v.hasFocus) replaceDoc(v, value)
  }, [value])

  useEffect(() => {
    view.current?.dispatch({ effects: theme.current.reconfigure(dark ? darkEditorTheme : []) })
  }, [dark])

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorState.readOnly.of(readOnly === true)) })
  }, [readOnly])

  useEffect(() => {
    const v = view.current
    if (!v) return
    const doc = v.state.doc
    const diagnostics: Diagnostic[] = marks.map((mark) => {
      const line = doc.line(Math.min(Math.max(mark.line, 1), doc.lines))
      return { from: line.from, to: line.to, severity: mark.severity, message: mark.message }
    })
    v.dispatch(setDiagnostics(v.state, diagnostics))
  }, [marks, value])

  return <div ref={host} className="yaml-editor" />
}
