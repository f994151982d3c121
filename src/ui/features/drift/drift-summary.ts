import type { NetworkStatusComparison, PodComparison } from '../../../core'

/** Where a running pod stands: as designed, differing from the design, or made by no workload of it. */
export type PodDriftState = 'matches' | 'drift' | 'not-designed'

/** The state of one compared pod. */
export function podDriftState(pod: PodComparison): PodDriftState {
  if (pod.workloadId === undefined) return 'not-designed'
  return pod.issues.length > 0 ? 'drift' : 'matches'
}

/** How many pods are in each state, for the report's headline. */
export function summarizeDrift(comparison: NetworkStatusComparison): Record<PodDriftState, number> {
  const counts: Record<PodDriftState, number> = { matches: 0, drift: 0, 'not-designed': 0 }
  for (const pod of comparison.pods) counts[podDriftState(pod)]++
  return counts
}

const ORDER: Record<PodDriftState, number> = { drift: 0, matches: 1, 'not-designed': 2 }

/** Pods with differences first, then those as designed, then the ones the design does not make; each group in input order. */
export function sortPodsForReport(pods: readonly PodComparison[]): PodComparison[] {
  return pods.map((pod, index) => ({ pod, index })).sort((a, b) => ORDER[podDriftState(a.pod)] - ORDER[podDriftState(b.pod)] || a.index - b.index).map(({ pod }) => pod)
}
