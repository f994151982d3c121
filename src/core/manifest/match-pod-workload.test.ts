import { describe, expect, it } from 'vitest'
import type { Workload } from '../project/model'
import { aWorkload } from '../validation/test-builders'
import { matchPodWorkload } from './match-pod-workload'
import type { RunningPod } from './read-running-pods'

const attach = [{ network: 'lan' }]
const workloads: Workload[] = [
  aWorkload('Deployment', attach, { name: 'web', namespace: 'apps' }),
  aWorkload('StatefulSet', attach, { name: 'db', namespace: 'apps' }),
  aWorkload('DaemonSet', attach, { name: 'agent', namespace: 'apps' }),
  aWorkload('Pod', attach, { name: 'probe', namespace: 'apps' }),
  // Imported CronJobs and Jobs are counted like Deployments; their manifest keeps the kind.
  aWorkload('Deployment', attach, { name: 'nightly', namespace: 'apps', manifest: { kind: 'CronJob', spec: {} } }),
  aWorkload('Deployment', attach, { name: 'api', namespace: 'apps', manifest: { kind: 'Deployment', spec: { selector: { matchLabels: { tier: 'api' } } } } }),
]
const pod = (name: string, extra: Partial<RunningPod> = {}): RunningPod => ({ namespace: 'apps', name, labels: {}, owners: [], ...extra })

describe('matchPodWorkload', () => {
  it.each<[string, RunningPod, string | undefined, string?]>([
    ["a Deployment's pod through its ReplicaSet", pod('web-7f9c-abcde', { owners: [{ kind: 'ReplicaSet', name: 'web-7f9c' }] }), 'web', 'owner-of-owner ReplicaSet/web-7f9c'],
    ["a StatefulSet's pod through its owner", pod('db-0', { owners: [{ kind: 'StatefulSet', name: 'db' }] }), 'db', 'owner StatefulSet/db'],
    ["a StatefulSet's pod by its ordinal name alone", pod('db-1'), 'db', 'ordinal-name db-1'],
    ["a DaemonSet's pod through generateName", pod('agent-x7k2p', { generateName: 'agent-' }), 'agent', 'generate-name agent-'],
    ["a CronJob's pod through its Job", pod('nightly-28911-q2w3e', { owners: [{ kind: 'Job', name: 'nightly-28911' }] }), 'nightly', 'owner-of-owner Job/nightly-28911'],
    ['a bare Pod by name', pod('probe'), 'probe', 'pod-name probe'],
    ['a pod by the selector labels of an imported controller', pod('api-copy', { labels: { tier: 'api', extra: 'x' } }), 'api', 'selector-labels tier=api'],
    ['a pod by the app label the designer writes', pod('web-manual', { labels: { app: 'web' } }), 'web', 'selector-labels app=web'],
    ['no workload for a pod owned by something else', pod('probe', { owners: [{ kind: 'ReplicaSet', name: 'other-1' }] }), undefined],
    ['no workload in another namespace', pod('probe', { namespace: 'default' }), undefined],
  ])('finds %s', (_, running, expected, how) => {
    const match = matchPodWorkload(running, workloads)
    expect(match?.workload.name).toBe(expected)
    expect(match && `${match.by} ${match.via}`).toBe(how)
  })
})
