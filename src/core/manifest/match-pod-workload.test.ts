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
  it.each<[string, RunningPod, string | undefined]>([
    ["a Deployment's pod through its ReplicaSet", pod('web-7f9c-abcde', { owners: [{ kind: 'ReplicaSet', name: 'web-7f9c' }] }), 'web'],
    ["a StatefulSet's pod through its owner", pod('db-0', { owners: [{ kind: 'StatefulSet', name: 'db' }] }), 'db'],
    ["a StatefulSet's pod by its ordinal name alone", pod('db-1'), 'db'],
    ["a DaemonSet's pod through generateName", pod('agent-x7k2p', { generateName: 'agent-' }), 'agent'],
    ["a CronJob's pod through its Job", pod('nightly-28911-q2w3e', { owners: [{ kind: 'Job', name: 'nightly-28911' }] }), 'nightly'],
    ['a bare Pod by name', pod('probe'), 'probe'],
    ['a pod by the selector labels of an imported controller', pod('api-copy', { labels: { tier: 'api', extra: 'x' } }), 'api'],
    ['a pod by the app label the designer writes', pod('web-manual', { labels: { app: 'web' } }), 'web'],
    ['no workload for a pod owned by something else', pod('probe', { owners: [{ kind: 'ReplicaSet', name: 'other-1' }] }), undefined],
    ['no workload in another namespace', pod('probe', { namespace: 'default' }), undefined],
  ])('finds %s', (_, running, expected) => {
    expect(matchPodWorkload(running, workloads)?.name).toBe(expected)
  })
})
