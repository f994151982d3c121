import type { Workload } from '../project/model'
import { asRecord } from './document-context'
import type { RunningPod } from './read-running-pods'

/** What tied a running pod to a workload of the design, most certain first. */
export type PodMatchBasis = 'owner' | 'owner-of-owner' | 'pod-name' | 'generate-name' | 'ordinal-name' | 'selector-labels'

/** The workload a running pod belongs to, and what showed it (`via`: the owner, prefix or labels that did). */
export interface PodMatch {
  workload: Workload
  by: PodMatchBasis
  via: string
}

interface Creator {
  kind: string
  name: string
  by: PodMatchBasis
  via: string
}

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
function creators(pod: RunningPod): Creator[] {
  const found: Creator[] = []
  for (const owner of pod.owners) {
    const via = `${owner.kind}/${owner.name}`
    found.push({ ...owner, by: 'owner', via })
    if (owner.kind === 'ReplicaSet') found.push({ kind: 'Deployment', name: withoutSuffix(owner.name), by: 'owner-of-owner', via })
    if (owner.kind === 'Job') found.push({ kind: 'CronJob', name: withoutSuffix(owner.name), by: 'owner-of-owner', via })
  }
  if (pod.owners.length === 0) found.push({ kind: 'Pod', name: pod.name, by: 'pod-name', via: pod.name })
  // Without ownerReferences (trimmed output), generateName still says who made it: `web-5d9c7b-` or `db-` (StatefulSet: `db-0`).
  const generateName = pod.generateName
  const prefix = generateName?.replace(/-$/, '')
  if (generateName && prefix) {
    const by = 'generate-name'
    found.push(
      { kind: 'DaemonSet', name: prefix, by, via: generateName }, { kind: 'Job', name: prefix, by, via: generateName },
      { kind: 'ReplicaSet', name: prefix, by, via: generateName }, { kind: 'Deployment', name: withoutSuffix(prefix), by, via: generateName },
    )
  }
  found.push({ kind: 'StatefulSet', name: withoutSuffix(pod.name), by: 'ordinal-name', via: pod.name })
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
export function matchPodWorkload(pod: RunningPod, workloads: readonly Workload[]): PodMatch | undefined {
  const candidates = workloads.filter((workload) => workload.namespace === pod.namespace)
  for (const creator of creators(pod)) {
    const workload = candidates.find((candidate) => candidate.name === creator.name && manifestKind(candidate) === creator.kind)
    if (workload) return { workload, by: creator.by, via: creator.via }
  }
  for (const workload of candidates) {
    const labels = Object.entries(selectorLabels(workload) ?? {})
    if (labels.length > 0 && labels.every(([key, value]) => pod.labels[key] === value)) {
      return { workload, by: 'selector-labels', via: labels.map(([key, value]) => `${key}=${String(value)}`).join(',') }
    }
  }
  return undefined
}
