import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore } from 'react'
import type { Issue } from '../../core'

const EMPTY: Issue[] = []

/**
 * Issues by field path, as a tiny store: each field subscribes to its own path only, so a keystroke that
 * changes the issues of one field re-renders that field, not the whole form.
 */
export interface FieldIssuesStore {
  get(field: string): Issue[]
  hasUnder(prefixes: readonly string[]): boolean
  set(issues: readonly Issue[]): void
  subscribe(listener: () => void): () => void
}

/** Group issues by their field path (`config.ipam.ranges.0.0.subnet`). */
export function groupByField(issues: readonly Issue[]): Map<string, Issue[]> {
  const byField = new Map<string, Issue[]>()
  for (const issue of issues) {
    const list = byField.get(issue.field)
    if (list) list.push(issue)
    else byField.set(issue.field, [issue])
  }
  return byField
}

/** A store holding `issues`; unchanged fields keep their array, so their inputs do not re-render. */
export function createFieldIssuesStore(issues: readonly Issue[] = []): FieldIssuesStore {
  let byField = groupByField(issues)
  const listeners = new Set<() => void>()
  return {
    get: (field) => byField.get(field) ?? EMPTY,
    hasUnder: (prefixes) => [...byField.keys()].some((f) => prefixes.some((p) => f === p || f.startsWith(`${p}.`))),
    set(next) {
      const grouped = groupByField(next)
      for (const [field, list] of grouped) {
        const old = byField.get(field)
        if (old && JSON.stringify(old) === JSON.stringify(list)) grouped.set(field, old)
      }
      byField = grouped
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const FieldIssuesContext = createContext<FieldIssuesStore>(createFieldIssuesStore())

/** Provides a form's issue store to its fields. */
export const FieldIssuesStoreProvider = FieldIssuesContext.Provider

/** A store for one form, created once. */
export function useNewFieldIssuesStore(): FieldIssuesStore {
  const [store] = useState(() => createFieldIssuesStore())
  return store
}

/** Pushes the latest issues into a form's store (render this where the issues are known). */
export function IssuesFeed({ store, issues }: { store: FieldIssuesStore; issues: readonly Issue[] }) {
  useLayoutEffect(() => store.set(issues), [store, issues])
  return null
}

/** The issues reported exactly at `field`. */
export function useFieldIssues(field: string): Issue[] {
  const store = useContext(FieldIssuesContext)
  return useSyncExternalStore(store.subscribe, () => store.get(field), () => store.get(field))
}

/** Whether any issue is reported at one of `prefixes` or below it. */
export function useHasIssuesUnder(prefixes: readonly string[]): boolean {
  const store = useContext(FieldIssuesContext)
  return useSyncExternalStore(store.subscribe, () => store.hasUnder(prefixes), () => store.hasUnder(prefixes))
}
