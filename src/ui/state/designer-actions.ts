import type { Attachment, HostNic, Network, Platform, Project, Workload } from '../../core'
import type { DesignerState, DesignerStore, Selection } from './designer-store'
import {
  addAttachment, addNetwork, addWorkload, deleteNetwork, deleteWorkload, duplicateNetwork, duplicateWorkload, removeAttachment, replaceNetwork, replaceWorkload,
  setHostNics as withHostNics, setPlatform as withPlatform,
} from './project-edits'

function withProject(state: DesignerState, project: Project): DesignerState {
  return project === state.project ? state : { ...state, project }
}

/** A change made outside the forms (on the canvas): the forms re-read the project. */
function fromOutside(state: DesignerState, project: Project): DesignerState {
  return project === state.project ? state : { ...state, project, formRevision: state.formRevision + 1 }
}

/** The operations the panels perform on the store; ids come in from the caller. */
export function designerActions(store: DesignerStore) {
  const set = store.setState
  return {
    select(selection: Selection) {
      set((s) => ({ ...s, selection }))
    },
    createNetwork(network: Network) {
      set((s) => ({ ...withProject(s, addNetwork(s.project, network)), selection: { kind: 'network', id: network.id } }))
    },
    /** A change typed into the network's form: the form already shows it, so no form refresh. */
    editNetwork(network: Network) {
      set((s) => withProject(s, replaceNetwork(s.project, network)))
    },
    /** A change from outside the form (YAML editor, preset): forms reload. */
    replaceNetworkFromOutside(network: Network) {
      set((s) => ({ ...withProject(s, replaceNetwork(s.project, network)), formRevision: s.formRevision + 1 }))
    },
    duplicateNetwork(id: string, newId: string) {
      set((s) => ({ ...withProject(s, duplicateNetwork(s.project, id, newId)), selection: { kind: 'network', id: newId } }))
    },
    deleteNetwork(id: string) {
      set((s) => ({
        ...withProject(s, deleteNetwork(s.project, id)),
        undo: { name: s.project.networks.find((n) => n.id === id)?.name ?? '', project: s.project },
        selection: s.selection.kind === 'network' && s.selection.id === id ? { kind: 'none' } : s.selection,
      }))
    },
    createWorkload(workload: Workload) {
      set((s) => ({ ...withProject(s, addWorkload(s.project, workload)), selection: { kind: 'workload', id: workload.id } }))
    },
    editWorkload(workload: Workload) {
      set((s) => withProject(s, replaceWorkload(s.project, workload)))
    },
    duplicateWorkload(id: string, newId: string) {
      set((s) => ({ ...withProject(s, duplicateWorkload(s.project, id, newId)), selection: { kind: 'workload', id: newId } }))
    },
    deleteWorkload(id: string) {
      set((s) => ({
        ...withProject(s, deleteWorkload(s.project, id)),
        undo: { name: s.project.workloads.find((w) => w.id === id)?.name ?? '', project: s.project },
        selection: s.selection.kind === 'workload' && s.selection.id === id ? { kind: 'none' } : s.selection,
      }))
    },
    /** Select the object an issue is about and ask its form to focus the field. */
    /** Attach a workload to one more network (drawn on the topology canvas); the form re-reads the workload. */
    addAttachment(workloadId: string, attachment: Attachment) {
      set((s) => fromOutside(s, addAttachment(s.project, workloadId, attachment)))
    },
    removeAttachment(workloadId: string, index: number) {
      set((s) => fromOutside(s, removeAttachment(s.project, workloadId, index)))
    },
    focusField(target: Selection, field: string) {
      set((s) => ({ ...s, selection: target, focusRequest: { target, field, nonce: (s.focusRequest?.nonce ?? 0) + 1 } }))
    },
    /** Bring the node NIC `name` into view and focus its `field` (an issue about a NIC was clicked). */
    focusNic(name: string, field: string) {
      set((s) => ({ ...s, nicFocus: { name, field, nonce: (s.nicFocus?.nonce ?? 0) + 1 } }))
    },
    setHostNics(hostNics: HostNic[]) {
      set((s) => withProject(s, withHostNics(s.project, hostNics)))
    },
    setPlatform(platform: Platform) {
      set((s) => withProject(s, withPlatform(s.project, platform)))
    },
    /** The form has focused the requested field: a later remount must not steal focus again. */
    focusDone(nonce: number) {
      set((s) => (s.focusRequest?.nonce === nonce ? { ...s, focusRequest: { ...s.focusRequest, done: true } } : s))
    },
    /** Put back the project as it was before the last delete. */
    undoDelete() {
      set((s) => (s.undo ? { ...s, project: s.undo.project, undo: undefined, formRevision: s.formRevision + 1 } : s))
    },
    forgetUndo() {
      set((s) => (s.undo ? { ...s, undo: undefined } : s))
    },
    replaceProject(project: Project) {
      set((s) => ({ ...s, project, selection: { kind: 'none' }, formRevision: s.formRevision + 1 }))
    },
    /** Open another project: nothing of the one before (its selection, its undo) carries over. */
    loadProject(project: Project) {
      set((s) => ({ ...s, project, selection: { kind: 'none' }, formRevision: s.formRevision + 1, undo: undefined }))
    },
  }
}

export type DesignerActions = ReturnType<typeof designerActions>
