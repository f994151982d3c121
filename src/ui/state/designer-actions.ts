import type { Attachment, HostNic, Issue, Network, Platform, Project, Workload } from '../../core'
import { issueKey } from './issue-key'
import type { DesignerState, DesignerStore, Selection } from './designer-store'
import { changedPaths, closeStep, stepLabel as label, type StepKind, type StepLabel } from './history'
import { historyActions, isSelectable } from './history-actions'
import { describeRemoval, removeItems, type DoomedItems } from './remove-items'
import { shareUnchanged } from './share-unchanged'
import {
  addAttachment, addNetwork, addWorkload, duplicateNetwork, duplicateWorkload, removePassThrough, replaceNetwork, replaceWorkload,
  setHostNics as withHostNics, setPlatform as withPlatform,
} from './project-edits'

/** How a replaced project came in (the step's label says so). */
export type ReplaceKind = Extract<StepKind, 'replaceProject' | 'importAdd' | 'importReplace' | 'openLink' | 'openFile'>

const selecting = (selection: Selection) => (s: DesignerState): DesignerState => ({ ...s, selection })
/** A change made outside the forms (canvas, YAML, import): the forms re-read the project. */
const reread = (s: DesignerState): DesignerState => ({ ...s, formRevision: s.formRevision + 1 })
const unselectGone = (s: DesignerState): DesignerState => (isSelectable(s.selection, s.project) ? s : { ...s, selection: { kind: 'none' } })

/** Kept objects are known by their place in the list: one removed moves the later ones up, and the selection with them. */
const selectionAfterRemoving = (index: number) => (s: DesignerState): DesignerState => {
  const { selection } = s
  if (selection.kind !== 'passThrough' || selection.index < index) return s
  return { ...s, selection: selection.index === index ? { kind: 'none' } : { kind: 'passThrough', index: selection.index - 1 } }
}

const networkOf = (project: Project, id: string) => project.networks.find((n) => n.id === id)
const workloadOf = (project: Project, id: string) => project.workloads.find((w) => w.id === id)

/**
 * The same object with other contents replaces it, keeping the parts it did not change (so a keystroke revalidates and
 * redraws only what it touched); an identical one changes nothing (no empty undo step).
 */
function replacing<T extends { id: string }>(find: (project: Project, id: string) => T | undefined, put: (project: Project, value: T) => Project) {
  return (value: T) => (project: Project) => {
    const old = find(project, value.id)
    return old && changedPaths(old, value).length > 0 ? put(project, shareUnchanged(old, value)) : project
  }
}
const replacingNetwork = replacing(networkOf, replaceNetwork)
const replacingWorkload = replacing(workloadOf, replaceWorkload)

/** Edits of the same fields of one object coalesce while the user keeps typing; another field starts a new step. */
function fieldKey(scope: string, before: unknown, after: unknown): string {
  return `${scope}:${changedPaths(before, after).join(',')}`
}

/** A kept object's kind and namespace/name, for the step's label. */
function passThroughName(project: Project, index: number): { kind: string; name: string } {
  const object = project.passThrough[index]
  if (!object) return { kind: '', name: '' }
  return { kind: object.kind, name: object.namespace === undefined ? object.name : `${object.namespace}/${object.name}` }
}

/** The node NIC a list change added, removed or edited, for the step's label. */
function nicLabel(before: readonly HostNic[], after: readonly HostNic[]): StepLabel {
  if (after.length > before.length) return label('addNic', { name: after.at(-1)?.name ?? '' })
  if (after.length < before.length) return label('removeNic', { name: before.find((nic, i) => after[i]?.name !== nic.name)?.name ?? '' })
  const index = Number(changedPaths(before, after)[0]?.split('.')[0] ?? 0)
  return label('editNic', { name: after[index]?.name ?? '' })
}

/** The operations the panels perform on the store; ids come in from the caller. Every project change is one undoable step. */
export function designerActions(store: DesignerStore, now: () => number = Date.now) {
  const set = store.setState
  const { commit, ...history } = historyActions(store, now)
  const networkStep = (kind: StepKind, id: string, name: string) => ({ label: label(kind, { name }), subject: { kind: 'network' as const, id } })
  const workloadStep = (kind: StepKind, id: string, name: string) => ({ label: label(kind, { name }), subject: { kind: 'workload' as const, id } })
  const removing = (items: DoomedItems, after: (s: DesignerState) => DesignerState = (s) => s) =>
    commit((p) => describeRemoval(p, items), (p) => removeItems(p, items), (s) => after(unselectGone(s)))
  return {
    ...history,
    commit,
    select(selection: Selection) {
      set((s) => ({ ...s, selection, history: closeStep(s.history) }))
    },
    createNetwork(network: Network) {
      commit(networkStep('createNetwork', network.id, network.name), (p) => addNetwork(p, network), selecting({ kind: 'network', id: network.id }))
    },
    /** A change typed into the network's form: the form already shows it, so no form refresh. */
    editNetwork(network: Network) {
      commit((p) => ({ ...networkStep('editNetwork', network.id, network.name), key: fieldKey(`network:${network.id}`, networkOf(p, network.id), network) }),
        replacingNetwork(network))
    },
    /** A change from outside the form (the YAML editor): forms reload; typing in the editor coalesces like typing in a field. */
    replaceNetworkFromOutside(network: Network) {
      commit({ ...networkStep('editNetworkYaml', network.id, network.name), key: `yaml:${network.id}` }, replacingNetwork(network), reread)
    },
    duplicateNetwork(id: string, newId: string) {
      commit((p) => networkStep('duplicateNetwork', newId, networkOf(p, id)?.name ?? ''),
        (p) => duplicateNetwork(p, id, newId), selecting({ kind: 'network', id: newId }))
    },
    deleteNetwork(id: string) {
      removing({ networkIds: [id], workloadIds: [], attachments: [] })
    },
    createWorkload(workload: Workload) {
      commit(workloadStep('createWorkload', workload.id, workload.name), (p) => addWorkload(p, workload), selecting({ kind: 'workload', id: workload.id }))
    },
    editWorkload(workload: Workload) {
      commit((p) => ({ ...workloadStep('editWorkload', workload.id, workload.name), key: fieldKey(`workload:${workload.id}`, workloadOf(p, workload.id), workload) }),
        replacingWorkload(workload))
    },
    duplicateWorkload(id: string, newId: string) {
      commit((p) => workloadStep('duplicateWorkload', newId, workloadOf(p, id)?.name ?? ''),
        (p) => duplicateWorkload(p, id, newId), selecting({ kind: 'workload', id: newId }))
    },
    deleteWorkload(id: string) {
      removing({ networkIds: [], workloadIds: [id], attachments: [] })
    },
    /** Attach a workload to one more network (drawn on the topology canvas); the form re-reads the workload. */
    addAttachment(workloadId: string, attachment: Attachment) {
      commit((p) => ({ label: label('attach', { pod: workloadOf(p, workloadId)?.name ?? '', network: attachment.network }), subject: { kind: 'workload', id: workloadId } }),
        (p) => addAttachment(p, workloadId, attachment), reread)
    },
    removeAttachment(workloadId: string, index: number) {
      removing({ networkIds: [], workloadIds: [], attachments: [{ workloadId, index }] }, reread)
    },
    /** Several things deleted at once (a selection on the canvas): one step, so one undo brings them all back. */
    deleteItems(items: DoomedItems) {
      removing(items, reread)
    },
    /** Take a kept object out of the project (and so out of the bundle); Undo puts it back at its place, selected. */
    removePassThrough(index: number) {
      commit((p) => ({ label: label('removePassThrough', passThroughName(p, index)), subject: { kind: 'passThrough', index } }),
        (p) => removePassThrough(p, index), selectionAfterRemoving(index))
    },
    setHostNics(hostNics: HostNic[]) {
      commit((p) => ({ label: nicLabel(p.hostNics, hostNics), subject: { kind: 'none' }, key: fieldKey('nics', p.hostNics, hostNics) }),
        (p) => (changedPaths(p.hostNics, hostNics).length > 0 ? withHostNics(p, hostNics) : p))
    },
    setPlatform(platform: Platform) {
      commit((p) => ({ label: label('editPlatform'), subject: { kind: 'none' }, key: fieldKey('platform', p.platform, platform) }),
        (p) => (changedPaths(p.platform, platform).length > 0 ? withPlatform(p, platform) : p))
    },
    /** A whole project from outside (import, share link, project file): undoable, nothing selected, forms re-read. */
    replaceProject(project: Project, kind: ReplaceKind = 'replaceProject') {
      commit({ label: label(kind), subject: { kind: 'none' } }, () => project, (s) => reread({ ...s, selection: { kind: 'none' } }))
    },
    /** Select the object an issue is about and ask its form to focus the field. */
    focusField(target: Selection, field: string) {
      set((s) => ({ ...s, selection: target, history: closeStep(s.history), focusRequest: { target, field, nonce: (s.focusRequest?.nonce ?? 0) + 1 } }))
    },
    /** Bring the node NIC `name` into view and focus its `field` (an issue about a NIC was clicked). */
    focusNic(name: string, field: string) {
      set((s) => ({ ...s, nicFocus: { name, field, nonce: (s.nicFocus?.nonce ?? 0) + 1 } }))
    },
    /** Mark `issue` as the chosen one (a click on it in the list or on its mark on the diagram). */
    pickIssue(issue: Issue) {
      set((s) => ({ ...s, pickedIssue: { key: issueKey(issue), nonce: (s.pickedIssue?.nonce ?? 0) + 1 } }))
    },
    /** The form has focused the requested field: a later remount must not steal focus again. */
    focusDone(nonce: number) {
      set((s) => (s.focusRequest?.nonce === nonce ? { ...s, focusRequest: { ...s.focusRequest, done: true } } : s))
    },
  }
}

export type DesignerActions = ReturnType<typeof designerActions>
