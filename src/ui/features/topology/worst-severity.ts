import type { Severity, TopologyMark } from '../../../core'

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

/** The most serious severity among `marks`, or undefined when there are none. */
export function worstSeverity(marks: readonly TopologyMark[]): Severity | undefined {
  let worst: Severity | undefined
  for (const mark of marks) if (!worst || RANK[mark.severity] > RANK[worst]) worst = mark.severity
  return worst
}

/** The theme palette entry a severity is drawn in. */
export const SEVERITY_PALETTE = { error: 'error', warning: 'warning', info: 'info' } as const satisfies Record<Severity, string>
