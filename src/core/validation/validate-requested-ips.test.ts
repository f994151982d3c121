import { describe, expect, it } from 'vitest'
import type { Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aDeployment, aMacvlanNetwork, aPod, aProject, attach, hostLocal, staticIpam } from './test-builders'
import { validateRequestedIps } from './validate-requested-ips'

const caps = { ips: true }
const hl = aBridgeNetwork({ capabilities: caps, ipam: hostLocal('10.1.1.0/24', { rangeStart: '10.1.1.10', rangeEnd: '10.1.1.200' }) }, { name: 'hl' })
const hlSameStore = aBridgeNetwork({ name: 'hl', capabilities: caps, ipam: hostLocal('10.1.1.0/24') }, { name: 'hl-alias' })
const hlOther = aBridgeNetwork({ bridge: 'br2', capabilities: caps, ipam: hostLocal('10.1.1.0/24') }, { name: 'hl-other' })
const gwInRange = aBridgeNetwork({ bridge: 'br3', capabilities: caps, ipam: hostLocal('10.3.0.0/24') }, { name: 'gw-in-range' })
const st = aMacvlanNetwork({ master: 'eth1', capabilities: caps, ipam: staticIpam() }, { name: 'st' })

function findings(...workloads: Workload[]) {
  const index = buildProjectIndex(aProject([hl, hlSameStore, hlOther, gwInRange, st], workloads))
  return validateRequestedIps(index).map((issue) => [issue.code, issue.target.kind === 'workload' ? issue.target.id : '', issue.field])
}

describe('R-IP-IN-RANGE / R-REQ-IP-DUP: requested addresses fit the NAD and are held by one pod only', () => {
  it.each<[string, Workload[]]>([
    ['an address inside the host-local range', [aPod([attach(hl, { ips: ['10.1.1.50'] })])]],
    ['an address with a prefix inside the range (host-local ignores the prefix)', [aPod([attach(hl, { ips: ['10.1.1.50/24'] })])]],
    ['two pods requesting different addresses', [aPod([attach(hl, { ips: ['10.1.1.50'] })]), aPod([attach(hl, { ips: ['10.1.1.51'] })])]],
    ['the same address from two NADs with separate stores (the overlap rule reports that)',
      [aPod([attach(hl, { ips: ['10.1.1.50'] })]), aPod([attach(hlOther, { ips: ['10.1.1.50'] })])]],
    ['a static address with a prefix', [aPod([attach(st, { ips: ['192.168.1.5/24'] })])]],
    ['a gateway outside the range', [aPod([attach(hl, { ips: ['10.1.1.100'] })])]],
  ])('accepts %s', (_, workloads) => {
    expect(findings(...workloads)).toEqual([])
  })

  it.each<[string, Workload[], [string, string, string][]]>([
    ['an address outside every range', [aPod([attach(hl, { ips: ['10.1.1.5'] })], { name: 'p' })],
      [['attachment.requested-ip-outside-pool', 'Pod/default/p', 'attachments.0.ips.0']]],
    ['the gateway of a range', [aPod([attach(gwInRange, { ips: ['10.3.0.1'] })], { name: 'p' })],
      [['attachment.requested-ip-is-gateway', 'Pod/default/p', 'attachments.0.ips.0']]],
    ['an address Multus cannot parse', [aPod([attach(hl, { ips: ['10.1.1.300'] })], { name: 'p' })],
      [['annotation.ips-item-not-an-ip', 'Pod/default/p', 'attachments.0.ips.0']]],
    ['a static address without prefix', [aPod([attach(st, { ips: ['192.168.1.5'] })], { name: 'p' })],
      [['attachment.requested-ip-needs-prefix', 'Pod/default/p', 'attachments.0.ips.0']]],
    ['the same address requested by two pods', [
      aPod([attach(hl, { ips: ['10.1.1.50'] })], { name: 'p1' }),
      aPod([attach(hl, { ips: ['10.1.1.50/24'] })], { name: 'p2' }),
    ], [['attachment.requested-ip-duplicated', 'Pod/default/p2', 'attachments.0.ips.0']]],
    ['the same address from two NADs sharing one store', [
      aPod([attach(hl, { ips: ['10.1.1.50'] })], { name: 'p1' }),
      aPod([attach(hlSameStore, { ips: ['10.1.1.50'] })], { name: 'p2' }),
    ], [['attachment.requested-ip-duplicated', 'Pod/default/p2', 'attachments.0.ips.0']]],
    ['a fixed address in a Deployment with 3 replicas', [aDeployment(3, [attach(hl, { ips: ['10.1.1.50'] })], { name: 'd' })],
      [['attachment.requested-ip-shared-by-replicas', 'Deployment/default/d', 'attachments.0.ips.0']]],
  ])('rejects %s', (_, workloads, expected) => {
    expect(findings(...workloads)).toEqual(expected)
  })
})
