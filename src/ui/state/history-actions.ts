import type { Project } from '../../core'
import type { DesignerState, DesignerStore, Selection } from './designer-store'
import { emptyHistory, recordEdit, redoStep, undoStep, type EditRecord, type History, type Step, type StepSubject } from './history'

const NONE: Selection = { kind: 'none' }

/** Whether `selection` names an object of `project` (or nothing). */
export function isSelectable(selection: Selection, project: Project): boolean {
  if (selection.kind === 'network') return project.networks.some((n) => n.id === selection.id)
  if (selection.kind === 'workload') return project.workloads.some((w) => w.id === selection.id)
  if (selection.kind === 'passThrough') return selection.index < project.passThrough.length
  return true
}

/**
 * A kept object is known by its place in the list, which a step can move: the place of the same object after the step,
 * or, for the step's own subject, the place only if the step brought the object there back.
 */
function keptAfterStep(selection: Selection, before: Project, after: Project, isSubject: boolean): Selection | undefined {
  if (selection.kind !== 'passThrough') return isSelectable(selection, after) ? selection : undefined
  if (isSubject) {
    const object = after.passThrough[selection.index]
    return object !== undefined && !before.passThrough.includes(object) ? selection : undefined
  }
  const object = before.passThrough[selection.index]
  const index = object === undefined ? -1 : after.passThrough.indexOf(object)
  return index < 0 ? undefined : { kind: 'passThrough', index }
}

/** After undo or redo: the object the step was about if it is there, else what was selected if it still is, else nothing. */
export function reselect(subject: StepSubject, current: Selection, before: Project, after: Project): Selection {
  const fromSubject = subject.kind === 'none' ? undefined : keptAfterStep(subject, before, after, true)
  return fromSubject ?? keptAfterStep(current, before, after, false) ?? NONE
}

/** The step Undo would undo and the one Redo would redo, for labels and disabled buttons. */
export function nextSteps(history: History): { undo?: Step; redo?: Step } {
  return { undo: history.past.at(-1), redo: history.future.at(-1) }
}

/** Commit, undo, redo and load: the only ways the project changes. `now` is the clock coalescing reads. */
export function historyActions(store: DesignerStore, now: () => number) {
  const set = store.setState
  const travel = (move: typeof undoStep) => set((s) => {
    const moved = move(s.history, s.project)
    if (!moved) return s
    return {
      ...s,
      project: moved.project,
      history: moved.history,
      selection: reselect(moved.step.subject, s.selection, s.project, moved.project),
      // every form re-reads the project, so none shows (or writes back) values of the other side of the step
      formRevision: s.formRevision + 1,
    }
  })
  return {
    /**
     * Apply a pure edit as one undoable step (or as part of the open one, see recordEdit). An edit that returns the
     * same project changes nothing and records nothing. `after` adjusts the rest of the state (selection, form reload).
     */
    commit(
      record: EditRecord | ((before: Project, after: Project) => EditRecord),
      edit: (project: Project) => Project,
      after?: (state: DesignerState) => DesignerState,
    ) {
      set((s) => {
        const project = edit(s.project)
        if (project === s.project) return s
        const described = typeof record === 'function' ? record(s.project, project) : record
        const next = { ...s, project, history: recordEdit(s.history, s.project, described, now()) }
        return after ? after(next) : next
      })
    },
    /** Undo the last step; with `stepId`, only if the last step is still that one (a snackbar's Undo after later edits does nothing). */
    undo(stepId?: number) {
      const last = store.getState().history.past.at(-1)
      if (stepId === undefined || last?.id === stepId) travel(undoStep)
    },
    redo() {
      travel(redoStep)
    },
    /** Open another project in place of this one: nothing to undo across it, nothing selected, forms re-read. */
    loadProject(project: Project) {
      set((s) => ({ ...s, project, history: emptyHistory(), selection: NONE, focusRequest: undefined, formRevision: s.formRevision + 1 }))
    },
  }
}
