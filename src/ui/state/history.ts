import type { Project } from '../../core'

/** What a step did: an i18n key under `history.steps` plus its parameters, so the UI words it in each language. */
export type StepKind =
  | 'createNetwork' | 'editNetwork' | 'editNetworkYaml' | 'duplicateNetwork' | 'deleteNetwork'
  | 'createWorkload' | 'editWorkload' | 'duplicateWorkload' | 'deleteWorkload'
  | 'attach' | 'detach' | 'deleteItems'
  | 'addNic' | 'editNic' | 'removeNic' | 'editPlatform' | 'removePassThrough'
  | 'replaceProject' | 'importAdd' | 'importReplace' | 'openLink' | 'openFile'

export interface StepLabel {
  kind: StepKind
  params: Record<string, string | number>
}

export function stepLabel(kind: StepKind, params: StepLabel['params'] = {}): StepLabel {
  return { kind, params }
}

/** The object a step was about (what undo and redo select again), or none for project-wide steps. */
export type StepSubject = { kind: 'network' | 'workload'; id: string } | { kind: 'passThrough'; index: number } | { kind: 'none' }

/** One undoable step: the project as it was on the other side of it. */
export interface Step {
  /** Stays the same while successive edits coalesce into this step. */
  id: number
  label: StepLabel
  subject: StepSubject
  project: Project
}

export interface History {
  past: readonly Step[]
  future: readonly Step[]
  /** The step still taking edits: its coalescing key and when the last edit joined it. */
  open?: { key: string; at: number }
  nextId: number
}

/** Steps kept: older ones are dropped first. */
export const HISTORY_LIMIT = 100
/** Edits of the same field arriving closer together than this make one step (typing a word is one step). */
export const COALESCE_MS = 1000

export function emptyHistory(): History {
  return { past: [], future: [], nextId: 1 }
}

/** What a new edit brings: its label and subject, and a key when successive edits of it may coalesce. */
export interface EditRecord {
  label: StepLabel
  subject: StepSubject
  key?: string
}

/** The history after an edit that turned `before` into a new project at time `now`; the future is gone. */
export function recordEdit(history: History, before: Project, edit: EditRecord, now: number): History {
  const top = history.past.at(-1)
  const open = edit.key === undefined ? undefined : { key: edit.key, at: now }
  if (top && open && history.open?.key === open.key && now - history.open.at < COALESCE_MS) {
    // the step keeps the project from before its first edit; its label follows the latest (a name being typed)
    return { ...history, past: [...history.past.slice(0, -1), { ...top, label: edit.label }], future: [], open }
  }
  const step: Step = { id: history.nextId, label: edit.label, subject: edit.subject, project: before }
  return { past: [...history.past, step].slice(-HISTORY_LIMIT), future: [], open, nextId: history.nextId + 1 }
}

/** A step boundary: the next edit starts a new step even if it is of the same field. */
export function closeStep(history: History): History {
  return history.open ? { ...history, open: undefined } : history
}

/** Undo the last step from `current`: the project to show, the step undone, and the history with it on the future. */
export function undoStep(history: History, current: Project): { history: History; project: Project; step: Step } | undefined {
  const step = history.past.at(-1)
  if (!step) return undefined
  return {
    history: { ...history, past: history.past.slice(0, -1), future: [...history.future, { ...step, project: current }], open: undefined },
    project: step.project,
    step,
  }
}

/** Redo the last undone step from `current`. */
export function redoStep(history: History, current: Project): { history: History; project: Project; step: Step } | undefined {
  const step = history.future.at(-1)
  if (!step) return undefined
  return {
    history: { ...history, past: [...history.past, { ...step, project: current }], future: history.future.slice(0, -1), open: undefined },
    project: step.project,
    step,
  }
}

/** The paths (dot-separated) where two plain values differ; an array that changed length counts as one path. */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  if (Object.is(before, after)) return []
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [path]
    return before.flatMap((item, i) => changedPaths(item, after[i], join(path, String(i))))
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    return [...keys].sort().flatMap((key) => changedPaths(before[key], after[key], join(path, key)))
  }
  return [path]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}
