import { describe, expect, it } from 'vitest'
import type { Network, Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aDeployment, aPod, aProject, aWorkload, attach, hostLocal } from './test-builders'
import { validatePoolCapacity } from './validate-pool-capacity'

const tiny = aBridgeNetwork({ ipam: hostLocal('10.9.9.0/30') }, { name: 'tiny' }) // 1 address
const small = aBridgeNetwork({ ipam: hostLocal('10.1.1.0/24', { rangeStart: '10.1.1.10', rangeEnd: '10.1.1.29' }) }, { name: 'small' }) // 20
const dual = aBridgeNetwork({
  ipam: { type: 'host-local', ranges: [[{ subnet: '10.2.0.0/24' }], [{ subnet: 'fd00:2::/120' }]] },
}, { name: 'dual' }) // min(253, 255)

function findings(networks: Network[], workloads: Workload[]) {
  return validatePoolCapacity(buildProjectIndex(aProject(networks, workloads)))
    .map((issue) => [issue.code, issue.target.kind === 'network' ? issue.target.id : '', issue.params.capacity, issue.params.demand])
}

describe('R-POOL: host-local pool capacity per node covers replicas × attachments with 10 % headroom', () => {
  it.each<[string, Network[], Workload[]]>([
    ['20 addresses for 18 pods (10 % left)', [small], [aDeployment(18, [attach(small)])]],
    ['a DaemonSet counts one pod per node', [small], [aWorkload('DaemonSet', [attach(small)]), aDeployment(17, [attach(small)])]],
    ['an unused NAD', [tiny], []],
    ['a /30 (one address) for one pod: the NAD\'s own host-local.pool-single-address covers it', [tiny], [aPod([attach(tiny)])]],
  ])('accepts %s', (_, networks, workloads) => {
    expect(findings(networks, workloads)).toEqual([])
  })

  it.each<[string, Network[], Workload[], unknown[][]]>([
    ['a /30 for two pods', [tiny], [aPod([attach(tiny)]), aPod([attach(tiny)])],
      [['host-local.pool-smaller-than-demand', 'default/tiny', '1', 2]]],
    ['a /30 attached twice in one pod', [tiny], [aPod([attach(tiny), attach(tiny)])],
      [['host-local.pool-smaller-than-demand', 'default/tiny', '1', 2]]],
    ['20 addresses for 19 pods (headroom under 10 %)', [small], [aDeployment(19, [attach(small)])],
      [['host-local.pool-headroom-low', 'default/small', '20', 19]]],
    ['20 addresses for 7 replicas × 3 attachments', [small], [aDeployment(7, [attach(small), attach(small), attach(small)])],
      [['host-local.pool-smaller-than-demand', 'default/small', '20', 21]]],
    ['the smallest range set limits a dual-stack pool', [dual], [aDeployment(250, [attach(dual)])],
      [['host-local.pool-headroom-low', 'default/dual', '253', 250]]],
  ])('flags %s', (_, networks, workloads, expected) => {
    expect(findings(networks, workloads)).toEqual(expected)
  })

  it('adds up the demand of NADs drawing from one store and range', () => {
    const twin = aBridgeNetwork({ name: 'tiny', ipam: hostLocal('10.9.9.0/30') }, { name: 'tiny-twin' })
    expect(findings([tiny, twin], [aPod([attach(tiny)]), aPod([attach(twin)])])).toEqual([
      ['host-local.pool-smaller-than-demand', 'default/tiny', '1', 2],
      ['host-local.pool-smaller-than-demand', 'default/tiny-twin', '1', 2],
    ])
  })
})
