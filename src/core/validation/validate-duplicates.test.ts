import { describe, expect, it } from 'vitest'
import type { Network, Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aDeployment, aMacvlanNetwork, aPod, aProject, dhcp } from './test-builders'
import { validateDuplicates } from './validate-duplicates'
import { validateProjectNotes } from './validate-project-notes'

function findings(networks: Network[], workloads: Workload[] = []) {
  return validateDuplicates(buildProjectIndex(aProject(networks, workloads))).map((issue) => [issue.code, issue.target])
}

describe('objects are unique per kind, namespace and name', () => {
  it.each<[string, Network[], Workload[]]>([
    ['one NAD name in two namespaces', [aBridgeNetwork({}, { name: 'a', namespace: 'x' }), aBridgeNetwork({}, { name: 'a', namespace: 'y' })], []],
    ['a Pod and a Deployment with one name', [], [aPod([], { name: 'w' }), aDeployment(1, [], { name: 'w' })]],
  ])('accepts %s', (_, networks, workloads) => {
    expect(findings(networks, workloads)).toEqual([])
  })

  it.each<[string, Network[], Workload[], unknown[][]]>([
    ['the same NAD twice', [aBridgeNetwork({}, { name: 'a', id: 'n1' }), aBridgeNetwork({}, { name: 'a', id: 'n2' })], [],
      [['network.duplicated', { kind: 'network', id: 'n2' }]]],
    ['the same Pod twice', [], [aPod([], { name: 'w', id: 'w1' }), aPod([], { name: 'w', id: 'w2' })],
      [['workload.duplicated', { kind: 'workload', id: 'w2' }]]],
  ])('flags %s', (_, networks, workloads, expected) => {
    expect(findings(networks, workloads)).toEqual(expected)
  })
})

describe('project notes (R-DHCP daemon, R-NETPOL, R-INSTALL) are said once per project with networks', () => {
  const codes = (networks: Network[]) => validateProjectNotes(buildProjectIndex(aProject(networks))).map((issue) => issue.code)

  it('says nothing for an empty project', () => {
    expect(codes([])).toEqual([])
  })

  it('says the NetworkPolicy and install notes once', () => {
    expect(codes([aBridgeNetwork(), aBridgeNetwork()])).toEqual(['project.network-policies-do-not-apply', 'project.multus-install-needs-reboot'])
  })

  it('adds the dhcp-daemon note once, counting dhcp NADs', () => {
    const issues = validateProjectNotes(buildProjectIndex(aProject([aMacvlanNetwork({ ipam: dhcp() }), aMacvlanNetwork({ ipam: dhcp() })])))
    expect(issues[0]).toMatchObject({ code: 'project.dhcp-daemon-required', params: { count: 2 }, target: { kind: 'project' } })
  })
})
