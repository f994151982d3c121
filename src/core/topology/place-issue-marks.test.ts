import { describe, expect, it } from 'vitest'
import type { HostNic, Project } from '../project/model'
import {
  aBridgeNetwork, aDeployment, aMacvlanNetwork, anIpvlanNetwork, aPod, aProject, attach, hostLocal,
} from '../validation/test-builders'
import { formatIssue } from '../validation/format-issue'
import { validateProject } from '../validation/validate-project'
import { buildTopology } from './build-topology'
import type { TopologyGraph, WorkloadNode } from './topology-graph'

const eth0: HostNic = { name: 'eth0', mtu: 1500, primary: true }

/** Ids of every node, interface (`workload#interface`) and edge carrying a mark with `code`. */
function markedWith(graph: TopologyGraph, code: string): string[] {
  const has = (marks: { code: string }[]) => marks.some((mark) => mark.code === code)
  return [
    ...graph.nodes.flatMap((node) => [
      ...(has(node.marks) ? [node.id] : []),
      ...(node.kind === 'workload' ? node.interfaces.filter((nic) => has(nic.marks)).map((nic) => `${node.id}#${nic.name}`) : []),
    ]),
    ...graph.edges.filter((edge) => has(edge.marks)).map((edge) => edge.id),
  ]
}

function graphOf(project: Project): TopologyGraph {
  return buildTopology(project, validateProject(project))
}

describe('each issue lands on what it concerns', () => {
  it.each<[string, Project, string, string[]]>([
    ['a network\'s own finding marks its node',
      aProject([aBridgeNetwork({ vlan: 4095 }, { id: 'v' })]), 'bridge.vlan-out-of-range', ['network:v']],
    ['a finding on `master` marks the NAD, its uplink and the NIC it names',
      aProject([aMacvlanNetwork({ master: 'eth9' }, { id: 'm' })], [], [eth0]), 'master.unknown-nic', ['nic:eth9', 'network:m', 'uplink:m']],
    ['macvlan and ipvlan on one master mark the later NAD, its uplink and the shared NIC',
      aProject([aMacvlanNetwork({ master: 'eth1' }, { id: 'mv' }), anIpvlanNetwork({ master: 'eth1' }, { id: 'iv' })]),
      'master.shared-by-macvlan-and-ipvlan', ['nic:eth1', 'network:iv', 'uplink:iv']],
    ['a master that is a bridge of the design marks that bridge',
      aProject([aBridgeNetwork({ bridge: 'br1' }, { id: 'br' }), aMacvlanNetwork({ master: 'br1' }, { id: 'mv' }), anIpvlanNetwork({ master: 'br1' }, { id: 'iv' })]),
      'master.shared-by-macvlan-and-ipvlan', ['bridge:br1', 'network:iv', 'uplink:iv']],
    ['a passthru master used twice marks the NIC',
      aProject([aMacvlanNetwork({ master: 'eth1', mode: 'passthru' }, { id: 'a' }), aMacvlanNetwork({ master: 'eth1' }, { id: 'b' })]),
      'macvlan.passthru-master-shared', ['nic:eth1', 'network:a', 'uplink:a']],
    ['a master that is the primary NIC marks that NIC',
      aProject([anIpvlanNetwork({ master: 'eth0' }, { id: 'p' })], [], [eth0]), 'master.is-primary-nic', ['nic:eth0', 'network:p', 'uplink:p']],
    ['an omitted master without a default-route NIC marks the uplink to the implicit NIC',
      aProject([aMacvlanNetwork({}, { id: 'o' })], [], [{ name: 'eth1', mtu: 1500, primary: false }]), 'master.no-default-route-nic', ['network:o', 'uplink:o']],
    ['two gateway addresses on one bridge mark the later NAD and the bridge, not the uplink',
      aProject([
        aBridgeNetwork({ bridge: 'br0', isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { id: 'a' }),
        aBridgeNetwork({ bridge: 'br0', isGateway: true, ipam: hostLocal('10.2.2.0/24') }, { id: 'b' }),
      ]), 'bridge.gateway-address-conflict', ['bridge:br0', 'network:b']],
    ['a conflict on a bridge\'s VLAN sub-interface marks the bridge',
      aProject([
        aBridgeNetwork({ bridge: 'br0', vlan: 100, isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { id: 'a' }),
        aBridgeNetwork({ bridge: 'br0', vlan: 100, isGateway: true, ipam: hostLocal('10.2.2.0/24') }, { id: 'b' }),
      ]), 'bridge.gateway-address-conflict', ['bridge:br0', 'network:b']],
    ['a pool too small for its pods marks the NAD',
      aProject([aBridgeNetwork({ ipam: hostLocal('10.1.1.0/29') }, { name: 'small', id: 's' })], [aDeployment(9, [attach('small')], { id: 'd' })]),
      'host-local.pool-smaller-than-demand', ['network:s']],
    ['a finding on attachment N marks interface N+1 and its edge, not the workload',
      aProject([aBridgeNetwork({}, { name: 'ok' })], [aPod([attach('ok'), attach('gone')], { id: 'p' })]),
      'attachment.network-not-found', ['workload:p#net2', 'attachment:p:1']],
    ['a finding on the workload itself marks its node',
      aProject([], [aPod([], { id: 'p1', name: 'same' }), aPod([], { id: 'p2', name: 'same' })]), 'workload.duplicated', ['workload:p2']],
    ['a host NIC\'s finding marks the NIC',
      aProject([], [], [{ name: 'eth1', mtu: 20, primary: false }]), 'host-nic.mtu-outside-ethernet-range', ['nic:eth1']],
    ['a project-wide note marks nothing',
      aProject([aBridgeNetwork()]), 'project.network-policies-do-not-apply', []],
  ])('%s', (_rule, project, code, marked) => {
    const issues = validateProject(project)
    expect(issues.map((issue) => issue.code)).toContain(code)
    expect(markedWith(buildTopology(project, issues), code).sort()).toEqual([...marked].sort())
  })

  it('carries the very issue object, so a click can select it in the issues list', () => {
    const project = aProject([aBridgeNetwork({ vlan: 4095 }, { id: 'v' })])
    const issues = validateProject(project)
    const node = buildTopology(project, issues).nodes.find((candidate) => candidate.id === 'network:v')
    const mark = node?.marks.find((candidate) => candidate.code === 'bridge.vlan-out-of-range')
    expect(mark?.issue).toBe(issues.find((issue) => issue.code === 'bridge.vlan-out-of-range'))
    expect(mark).toMatchObject({ severity: 'error', params: { vlan: 4095 } })
  })

  it('ignores issues about objects the design no longer has', () => {
    const graph = buildTopology(aProject([]), [
      { code: 'bridge.vlan-out-of-range', severity: 'error', target: { kind: 'network', id: 'gone' }, field: '', params: {} },
      { code: 'attachment.network-not-found', severity: 'error', target: { kind: 'workload', id: 'gone' }, field: 'attachments.0.network', params: {} },
    ])
    expect(graph.nodes.flatMap((node) => node.marks)).toEqual([])
  })

  it('marks nothing on a valid design but the topology\'s own facts', () => {
    const project = aProject([aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { name: 'lan' })], [aPod([attach('lan')])], [eth0])
    const graph = graphOf(project)
    const workload = graph.nodes.find((node): node is WorkloadNode => node.kind === 'workload')
    expect([...graph.nodes.flatMap((node) => node.marks), ...graph.edges.flatMap((edge) => edge.marks), ...(workload?.interfaces ?? []).flatMap((nic) => nic.marks)]
      .filter((mark) => mark.severity !== 'info')).toEqual([])
  })
})

describe('topology.no-host-reach', () => {
  it.each<[string, Project, string[]]>([
    ['marks a macvlan network', aProject([aMacvlanNetwork({ master: 'eth1' }, { id: 'm' })], [], [eth0]), ['network:m']],
    ['marks an ipvlan network on the default-route NIC', aProject([anIpvlanNetwork({}, { id: 'i' })]), ['network:i']],
    ['leaves a bridge network alone', aProject([aBridgeNetwork({}, { id: 'b' })]), []],
    ['leaves a macvlan with linkInContainer alone (its master is inside the pod)', aProject([aMacvlanNetwork({ master: 'eth1', linkInContainer: true })]), []],
    ['is not repeated where master.is-primary-nic already says it', aProject([aMacvlanNetwork({ master: 'eth0' }, { id: 'p' })], [], [eth0]), []],
  ])('%s', (_rule, project, marked) => {
    expect(markedWith(graphOf(project), 'topology.no-host-reach')).toEqual(marked)
  })

  it('names the plugin and the master, is info, and has a catalogued message', () => {
    const node = graphOf(aProject([anIpvlanNetwork({ master: 'eth1' }, { id: 'i' })])).nodes.find((candidate) => candidate.id === 'network:i')
    const mark = node?.marks.find((candidate) => candidate.code === 'topology.no-host-reach')
    expect(mark).toEqual({ code: 'topology.no-host-reach', severity: 'info', params: { plugin: 'ipvlan', master: 'eth1' } })
    expect(formatIssue(mark ?? { code: '', params: {} })).toMatch(/^Pods cannot reach the node over this ipvlan network: .* master `eth1`/)
  })
})
