import { useSyncExternalStore } from 'react'
import type { Project } from '../../core'
import { emptyHistory, type History } from './history'
import { createValueStore, type ValueStore } from './value-store'

/** What the inspector shows. */
export type Selection =
  | { kind: 'network'; id: string }
  | { kind: 'workload'; id: string }
  /** An object kept as imported, by its index in `project.passThrough`. */
  | { kind: 'passThrough'; index: number }
  | { kind: 'none' }

/** The whole UI state: the project plus what is selected. Issues and YAML are derived, never stored. */
export interface DesignerState {
  project: Project
  selection: Selection
  /** Bumped when the project changes from outside a form (YAML edit, undo, import), so forms re-read it. */
  formRevision: number
  /** Field path to focus after a click in the issues list. */
  focusRequest?: { target: Selection; field: string; nonce: number; done?: boolean }
  /** A node NIC to bring into view after a click in the issues list (NICs are known by name). */
  nicFocus?: { name: string; field: string; nonce: number }
  /** The issue last chosen (in the issues list or on a diagram mark), by `issueKey`: the list highlights and reveals it. */
  pickedIssue?: { key: string; nonce: number }
  /** Every edit of the project as an undoable step (designer-actions records them; history.ts is the stack). */
  history: History
}

/** The state a store starts from; a missing history starts empty. */
export type InitialDesignerState = Omit<DesignerState, 'history'> & { history?: History }

/** The designer's store (useSyncExternalStore), so panels re-render only for the slice they read. */
export type DesignerStore = ValueStore<DesignerState>

/** Create a store holding `initial`. */
export function createDesignerStore(initial: InitialDesignerState): DesignerStore {
  return createValueStore<DesignerState>({ ...initial, history: initial.history ?? emptyHistory() })
}

/** Read a slice of the store; re-renders when the slice changes by reference. */
export function useDesignerState<T>(store: DesignerStore, select: (state: DesignerState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()), () => select(store.getState()))
}
