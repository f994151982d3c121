import { describe, expect, it } from 'vitest'
import type { Network, Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aDeployment, aMacvlanNetwork, aPod, aProject, attach, staticIpam } from './test-builders'
import { validateStaticAddresses } from './validate-static-addresses'

const fixedA = aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('10.5.0.5/24') }, { name: 'fixed-a' })
const fixedB = aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('10.5.0.6/24') }, { name: 'fixed-b' })
const fixedSame = aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('10.5.0.5/16') }, { name: 'fixed-same' })
const open = aMacvlanNetwork({ master: 'eth1', capabilities: { ips: true }, ipam: staticIpam() }, { name: 'open' })
const fixedCaps = aMacvlanNetwork({ master: 'eth1', capabilities: { ips: true }, ipam: staticIpam('10.5.0.9/24') }, { name: 'fixed-caps' })

function findings(networks: Network[], workloads: Workload[]) {
  return validateStaticAddresses(buildProjectIndex(aProject(networks, workloads)))
    .map((issue) => [issue.code, issue.target.kind === 'network' || issue.target.kind === 'workload' ? issue.target.id : '', issue.field])
}

describe('R-STATIC-DUP: a static address is used by one interface only', () => {
  it.each<[string, Network[], Workload[]]>([
    ['two NADs with different fixed addresses, one pod each', [fixedA, fixedB],
      [aPod([attach(fixedA)]), aPod([attach(fixedB)])]],
    ['per-pod requested addresses that differ', [open],
      [aPod([attach(open, { ips: ['10.5.0.20/24'] })]), aPod([attach(open, { ips: ['10.5.0.21/24'] })])]],
    ['a fixed NAD whose address each pod replaces (capabilities.ips)', [fixedCaps],
      [aPod([attach(fixedCaps, { ips: ['10.5.0.20/24'] })]), aPod([attach(fixedCaps, { ips: ['10.5.0.21/24'] })])]],
    ['a fixed NAD used by a single-replica Deployment', [fixedA], [aDeployment(1, [attach(fixedA)])]],
    ['a fixed NAD also attached by a Deployment scaled to zero', [fixedA], [aPod([attach(fixedA)]), aDeployment(0, [attach(fixedA)])]],
  ])('accepts %s', (_, networks, workloads) => {
    expect(findings(networks, workloads)).toEqual([])
  })

  it.each<[string, Network[], Workload[], [string, string, string][]]>([
    ['the same address fixed in two NADs', [fixedA, fixedSame], [],
      [['static.address-duplicated', 'default/fixed-same', 'config.ipam.addresses.0.address']]],
    ['a fixed NAD used by two pods', [fixedA], [aPod([attach(fixedA)], { name: 'p1' }), aPod([attach(fixedA)], { name: 'p2' })],
      [['static.address-duplicated', 'Pod/default/p2', 'attachments.0.network']]],
    ['a fixed NAD attached twice in one pod', [fixedA], [aPod([attach(fixedA), attach(fixedA)], { name: 'p' })],
      [['static.address-attached-twice', 'Pod/default/p', 'attachments.1.network']]],
    ['a fixed NAD in a Deployment with 2 replicas', [fixedA], [aDeployment(2, [attach(fixedA)], { name: 'd' })],
      [['static.address-shared-by-replicas', 'Deployment/default/d', 'attachments.0.network']]],
    ['the same requested address in two pods', [open],
      [aPod([attach(open, { ips: ['10.5.0.20/24'] })], { name: 'p1' }), aPod([attach(open, { ips: ['10.5.0.20/16'] })], { name: 'p2' })],
      [['static.address-duplicated', 'Pod/default/p2', 'attachments.0.ips.0']]],
    ['a requested address equal to another NAD fixed address', [fixedA, open],
      [aPod([attach(open, { ips: ['10.5.0.5/24'] })], { name: 'p' })],
      [['static.address-duplicated', 'Pod/default/p', 'attachments.0.ips.0']]],
    ['a requested address in a Deployment with 2 replicas', [open], [aDeployment(2, [attach(open, { ips: ['10.5.0.20/24'] })], { name: 'd' })],
      [['static.address-shared-by-replicas', 'Deployment/default/d', 'attachments.0.ips.0']]],
  ])('rejects %s', (_, networks, workloads, expected) => {
    expect(findings(networks, workloads)).toEqual(expected)
  })
})
