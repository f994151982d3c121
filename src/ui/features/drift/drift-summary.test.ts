import { describe, expect, it } from 'vitest'
import type { Issue, PodComparison } from '../../../core'
import { buildDriftCommands } from './drift-commands'
import { podDriftState, sortPodsForReport, summarizeDrift } from './drift-summary'
import { emptyProject, type Workload } from '../../../core'

const missing: Issue = { code: 'drift.interface-missing', severity: 'error', target: { kind: 'workload', id: 'w' }, field: 'attachments.1', params: {} }
const pod = (name: string, extra: Partial<PodComparison> = {}): PodComparison => ({ namespace: 'edge', name, issues: [], interfaces: [], ...extra })
const asDesigned = pod('web-1', { workloadId: 'w' })
const drifted = pod('web-2', { workloadId: 'w', issues: [missing] })
const foreign = pod('multus-x')

describe('the drift report', () => {
  it('tells a pod as designed from one with differences and one no workload makes', () => {
    expect([asDesigned, drifted, foreign].map(podDriftState)).toEqual(['matches', 'drift', 'not-designed'])
    expect(summarizeDrift({ pods: [asDesigned, drifted, foreign, pod('web-3', { workloadId: 'w' })], issues: [] })).toEqual({ matches: 2, drift: 1, 'not-designed': 1 })
  })

  it('lists pods with differences first, then those as designed, then the rest, keeping the input order within each', () => {
    const second = pod('web-4', { workloadId: 'w', issues: [missing] })
    expect(sortPodsForReport([foreign, asDesigned, drifted, second]).map((entry) => entry.name)).toEqual(['web-2', 'web-4', 'web-1', 'multus-x'])
  })
})

describe('buildDriftCommands', () => {
  const workload = (namespace: string): Workload => ({ id: namespace, kind: 'Pod', name: 'p', namespace, attachments: [] })

  it('offers one pod, each namespace of the design once, and all pods', () => {
    const project = { ...emptyProject(), workloads: [workload('edge'), workload('default'), workload('edge')] }
    expect(buildDriftCommands(project).map((entry) => entry.command)).toEqual([
      'oc get pod NAME -n NAMESPACE -o yaml', 'oc get pods -n default -o yaml', 'oc get pods -n edge -o yaml', 'oc get pods -A -o yaml',
    ])
  })

  it('never puts a namespace Kubernetes would refuse (shell text) on a command line', () => {
    const project = { ...emptyProject(), workloads: [workload('edge; rm -rf ~'), workload('$(id)'), workload('Edge')] }
    expect(buildDriftCommands(project).map((entry) => entry.what)).toEqual(['one', 'all'])
  })
})
