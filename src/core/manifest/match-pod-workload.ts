import type { Workload } from '../project/model'
import { asRecord } from './document-context'
import type { RunningPod } from './read-running-pods'

/** The kind the workload's manifest has (Job, ReplicaSet, ...), which the model may count as another. */
function manifestKind(workload: Workload): string {
  return typeof workload.manifest?.kind === 'string' ? workload.manifest.kind : workload.kind
}

// Controllers name what they create `<name>-<suffix>`: a Deployment's ReplicaSet `web-5d9c7b`, a CronJob's Job `nightly-28911`.
function withoutSuffix(name: string): string {
  const dash = name.lastIndexOf('-')
  return dash > 0 ? name.slice(0, dash) : name
}

/** (kind, name) of the workloads that could have made the pod, most certain first. */
function creators(pod: RunningPod): { kind: string; name: string }[] {
  const found: { kind: string; name: string }[] = []
  for (const owner of pod.owners) {
    found.push(owner)
    if (owner.kind === 'ReplicaSet') found.push({ kind: 'Deployment', name: withoutSuffix(owner.name) })
    if (owner.kind === 'Job') found.push({ kind: 'CronJob', name: withoutSuffix(owner.name) })
  }
  if (pod.owners.length === 0) found.push({ kind: 'Pod', name: pod.name })
  // Without ownerReferences (trimmed output), generateName still says who made it: `web-5d9c7b-` or `db-` (StatefulSet: `db-0`).
  const prefix = pod.generateName?.replace(/-$/, '')
  if (prefix) {
    found.push({ kind: 'DaemonSet', name: prefix }, { kind: 'Job', name: prefix }, { kind: 'ReplicaSet', name: prefix }, { kind: 'Deployment', name: withoutSuffix(prefix) })
  }
  found.push({ kind: 'StatefulSet', name: withoutSuffix(pod.name) })
  return found
}

function selectorLabels(workload: Workload): Record<string, unknown> | undefined {
  if (!workload.manifest) return workload.kind === 'Pod' ? undefined : { app: workload.name }
  return asRecord(asRecord(asRecord(workload.manifest.spec)?.selector)?.matchLabels)
}

/**
 * The workload of the design a running pod belongs to, in the pod's namespace: by ownerReferences, generateName or
 * name, and last by the controller's selector labels all being on the pod. Undefined when none fits.
 */
export function matchPodWorkload(pod: RunningPod, workloads: readonly Workload[]): Workload | undefined {
  const candidates = workloads.filter((workload) => workload.namespace === pod.namespace)
  for (const creator of creators(pod)) {
    const workload = candidates.find((candidate) => candidate.name === creator.name && manifestKind(candidate) === creator.kind)
    if (workload) return workload
  }
  return candidates.find((workload) => {
    const labels = selectorLabels(workload)
    return labels !== undefined && Object.keys(labels).length > 0 && Object.entries(labels).every(([key, value]) => pod.labels[key] === value)
  })
}
