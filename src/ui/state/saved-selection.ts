import type { Project } from '../../core'
import type { DesignerStore, Selection } from './designer-store'

const SELECTION_KEY = 'nad-designer.selection'

/** The selection stored for this project, if it still points at an object of the project. */
export function parseSavedSelection(text: string | null, project: Project): Selection {
  try {
    const saved: unknown = text ? JSON.parse(text) : undefined
    if (typeof saved !== 'object' || saved === null) return { kind: 'none' }
    const { kind, id } = saved as { kind?: unknown; id?: unknown }
    if (kind === 'network' && project.networks.some((n) => n.id === id)) return { kind, id: id as string }
    if (kind === 'workload' && project.workloads.some((w) => w.id === id)) return { kind, id: id as string }
  } catch {
    // a damaged value just means nothing is selected
  }
  return { kind: 'none' }
}

/** Remember what is selected, so a reload comes back to it. */
export function rememberSelection(store: DesignerStore, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined) {
  let last = store.getState().selection
  store.setState((s) => ({ ...s, selection: parseSavedSelection(safeGet(storage), s.project) }))
  return store.subscribe(() => {
    const { selection } = store.getState()
    if (selection === last) return
    last = selection
    try {
      storage?.setItem(SELECTION_KEY, JSON.stringify(selection))
    } catch {
      // storage full or denied: selection is not remembered
    }
  })
}

function safeGet(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(SELECTION_KEY) ?? null
  } catch {
    return null
  }
}
