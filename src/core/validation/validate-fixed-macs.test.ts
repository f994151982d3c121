import { describe, expect, it } from 'vitest'
import type { Network, Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aDeployment, aMacvlanNetwork, anIpvlanNetwork, aPod, aProject, attach } from './test-builders'
import { validateFixedMacs } from './validate-fixed-macs'

const fixedMac = aMacvlanNetwork({ master: 'eth1', mac: '02:00:00:00:00:aa' }, { name: 'fixed-mac' })
const lanA = aMacvlanNetwork({ master: 'eth1', capabilities: { mac: true } }, { name: 'lan-a' })
const lanB = aMacvlanNetwork({ master: 'eth2', capabilities: { mac: true } }, { name: 'lan-b' })
const br = aBridgeNetwork({ capabilities: { mac: true } }, { name: 'br' })
const ipv = anIpvlanNetwork({ master: 'eth3' }, { name: 'ipv' })
const mac = '02:00:00:00:00:01'

function findings(networks: Network[], workloads: Workload[]) {
  return validateFixedMacs(buildProjectIndex(aProject(networks, workloads)))
    .map((issue) => [issue.code, issue.target.kind === 'network' || issue.target.kind === 'workload' ? issue.target.id : '', issue.field])
}

describe('R-MAC-STATIC: a fixed MAC is worn by one interface per L2 segment', () => {
  it.each<[string, Network[], Workload[]]>([
    ['a NAD mac used by one pod', [fixedMac], [aPod([attach(fixedMac)])]],
    ['the same annotation mac on different masters', [lanA, lanB], [aPod([attach(lanA, { mac })]), aPod([attach(lanB, { mac })])]],
    ['the same annotation mac on ipvlan (ignored there)', [ipv], [aPod([attach(ipv, { mac })]), aPod([attach(ipv, { mac })])]],
  ])('accepts %s', (_, networks, workloads) => {
    expect(findings(networks, workloads)).toEqual([])
  })

  it.each<[string, Network[], Workload[], [string, string, string][]]>([
    ['a NAD mac used by a Deployment with 2 replicas', [fixedMac], [aDeployment(2, [attach(fixedMac)])],
      [['macvlan.fixed-mac-shared-by-pods', 'default/fixed-mac', 'config.mac']]],
    ['a NAD mac used by two pods', [fixedMac], [aPod([attach(fixedMac)]), aPod([attach(fixedMac)])],
      [['macvlan.fixed-mac-shared-by-pods', 'default/fixed-mac', 'config.mac']]],
    ['the same annotation mac in two pods on one master', [lanA],
      [aPod([attach(lanA, { mac })], { name: 'p1' }), aPod([attach(lanA, { mac: mac.toUpperCase() })], { name: 'p2' })],
      [['attachment.mac-duplicated', 'Pod/default/p2', 'attachments.0.mac']]],
    ['the same annotation mac in two pods on the default bridge', [br],
      [aPod([attach(br, { mac })], { name: 'p1' }), aPod([attach(br, { mac })], { name: 'p2' })],
      [['attachment.mac-duplicated', 'Pod/default/p2', 'attachments.0.mac']]],
    ['an annotation mac in a Deployment with 2 replicas', [lanA], [aDeployment(2, [attach(lanA, { mac })], { name: 'd' })],
      [['attachment.mac-shared-by-replicas', 'Deployment/default/d', 'attachments.0.mac']]],
  ])('rejects %s', (_, networks, workloads, expected) => {
    expect(findings(networks, workloads)).toEqual(expected)
  })

  it('does not count pods that bring their own mac against the NAD mac', () => {
    expect(findings([fixedMac], [aPod([attach(fixedMac, { mac })]), aPod([attach(fixedMac)])])).toEqual([])
  })
})
