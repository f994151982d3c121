import { describe, expect, it } from 'vitest'
import type { HostNic, Network, Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aDeployment, aMacvlanNetwork, anIpvlanNetwork, aPod, aProject, attach } from './test-builders'
import { validateMasters } from './validate-masters'

const primary: HostNic = { name: 'enp1s0', mtu: 1500, primary: true }

function findings(networks: Network[], workloads: Workload[] = [], hostNics: HostNic[] = []) {
  return validateMasters(buildProjectIndex(aProject(networks, workloads, hostNics)))
    .map((issue) => [issue.code, issue.target.kind === 'network' ? issue.target.id : '', issue.field, issue.params.master])
}

describe('R-MASTER-MIX / R-PASSTHRU: a master NIC carries one kind of link, and passthru holds it alone', () => {
  it.each<[string, Network[], Workload[]]>([
    ['macvlan and ipvlan on different NICs', [aMacvlanNetwork({ master: 'eth1' }), anIpvlanNetwork({ master: 'eth2' })], []],
    ['two macvlan NADs on one NIC', [aMacvlanNetwork({ master: 'eth1' }), aMacvlanNetwork({ master: 'eth1', mode: 'vepa' })], []],
    ['ipvlan with linkInContainer (its master lives in the pod)',
      [aMacvlanNetwork({ master: 'eth1' }), anIpvlanNetwork({ master: 'eth1', linkInContainer: true })], []],
    ['a passthru NAD used by one pod', [aMacvlanNetwork({ master: 'eth1', mode: 'passthru' }, { name: 'pt' })], [aPod([attach('pt')])]],
  ])('accepts %s', (_, networks, workloads) => {
    expect(findings(networks, workloads)).toEqual([])
  })

  it.each<[string, Network[], Workload[], HostNic[], unknown[][]]>([
    ['macvlan and ipvlan on one NIC',
      [aMacvlanNetwork({ master: 'eth1' }, { name: 'm' }), anIpvlanNetwork({ master: 'eth1' }, { name: 'i' })], [], [],
      [['master.shared-by-macvlan-and-ipvlan', 'default/i', 'config.master', 'eth1']]],
    ['an omitted master resolving to the primary NIC',
      [aMacvlanNetwork({}, { name: 'm' }), anIpvlanNetwork({ master: 'enp1s0' }, { name: 'i' })], [], [primary],
      [['master.shared-by-macvlan-and-ipvlan', 'default/i', 'config.master', 'enp1s0']]],
    ['two omitted masters with no NIC known (both mean the default-route NIC)',
      [anIpvlanNetwork({}, { name: 'i' }), aMacvlanNetwork({}, { name: 'm' })], [], [],
      [['master.shared-by-macvlan-and-ipvlan', 'default/m', 'config.master', '(default-route NIC)']]],
    ['a passthru NAD used by a Deployment with 2 replicas',
      [aMacvlanNetwork({ master: 'eth1', mode: 'passthru' }, { name: 'pt' })], [aDeployment(2, [attach('pt')])], [],
      [['macvlan.passthru-used-by-several-pods', 'default/pt', 'config.mode', 'eth1']]],
    ['a passthru NAD attached by two pods',
      [aMacvlanNetwork({ master: 'eth1', mode: 'passthru' }, { name: 'pt' })], [aPod([attach('pt')]), aPod([attach('pt')])], [],
      [['macvlan.passthru-used-by-several-pods', 'default/pt', 'config.mode', 'eth1']]],
    ['a passthru NAD sharing its master with another macvlan NAD',
      [aMacvlanNetwork({ master: 'eth1', mode: 'passthru' }, { name: 'pt' }), aMacvlanNetwork({ master: 'eth1' }, { name: 'm' })], [], [],
      [['macvlan.passthru-master-shared', 'default/pt', 'config.master', 'eth1']]],
  ])('rejects %s', (_, networks, workloads, hostNics, expected) => {
    expect(findings(networks, workloads, hostNics)).toEqual(expected)
  })
})
