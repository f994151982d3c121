import { useSyncExternalStore } from 'react'
import type { Issue, Network, PluginType, Project } from '../../../core'
import { projectIssues } from '../../state/derived'
import { useDesigner } from '../../state/store-context'
import { shareUnchanged } from '../../state/share-unchanged'
import { createValueStore } from '../../state/value-store'

/**
 * The wizard's draft network, outside React state: a keystroke re-renders only what reads the draft or its issues
 * (the fields' issues, the held-back notice), not the dialog, its stepper and its buttons.
 */
export interface DraftStore {
  get(): Network | undefined
  /** The draft from now on; parts equal to the previous draft's stay those objects (see shareUnchanged). */
  set(draft: Network | undefined): void
  subscribe(listener: () => void): () => void
}

export function createDraftStore(): DraftStore {
  const store = createValueStore<Network | undefined>(undefined)
  return {
    get: store.getState,
    set: (next) => store.setState((draft) => next && shareUnchanged(draft, next)),
    subscribe: store.subscribe,
  }
}

const NO_ISSUES: Issue[] = []
const issuesByDraft = new WeakMap<Network, { project: Project; issues: Issue[] }>()

/** The draft's issues as the project would have them once the draft is created (computed once per draft and project). */
export function draftIssues(project: Project, draft: Network | undefined): Issue[] {
  if (!draft) return NO_ISSUES
  const known = issuesByDraft.get(draft)
  if (known?.project === project) return known.issues
  const withDraft = { ...project, networks: [...project.networks, draft] }
  const issues = projectIssues(withDraft).filter((i) => i.target.kind === 'network' && i.target.id === draft.id)
  issuesByDraft.set(draft, { project, issues })
  return issues
}

/** The current draft; re-renders on every change of it. */
export function useDraft(store: DraftStore): Network | undefined {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

/** The current draft's issues; re-renders on every change of the draft. */
export function useDraftIssues(store: DraftStore): Issue[] {
  const project = useDesigner((s) => s.project)
  return draftIssues(project, useDraft(store))
}

/** The draft's plugin (undefined without a draft or for a foreign one); re-renders only when it changes. */
export function useDraftPlugin(store: DraftStore): PluginType | undefined {
  const pluginOf = () => {
    const type = store.get()?.config?.type
    return type === 'foreign' ? undefined : type
  }
  return useSyncExternalStore(store.subscribe, pluginOf, pluginOf)
}

/** Whether there is a draft (a plugin or preset was chosen); re-renders only when that changes. */
export function useHasDraft(store: DraftStore): boolean {
  const hasDraft = () => store.get() !== undefined
  return useSyncExternalStore(store.subscribe, hasDraft, hasDraft)
}
