import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Issue } from '../../core'

const FieldIssuesContext = createContext<ReadonlyMap<string, Issue[]>>(new Map())

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

/** Provides the issues of the object a form edits, so each field can show its own. */
export function FieldIssuesProvider({ issues, children }: { issues: readonly Issue[]; children: ReactNode }) {
  const byField = useMemo(() => groupByField(issues), [issues])
  return <FieldIssuesContext.Provider value={byField}>{children}</FieldIssuesContext.Provider>
}

/** The issues reported exactly at `field`. */
export function useFieldIssues(field: string): Issue[] {
  return useContext(FieldIssuesContext).get(field) ?? []
}

/** Whether any issue is reported at `prefix` or below it. */
export function useHasIssuesUnder(prefixes: readonly string[]): boolean {
  const byField = useContext(FieldIssuesContext)
  return [...byField.keys()].some((field) => prefixes.some((p) => field === p || field.startsWith(`${p}.`)))
}
