import { describe, expect, it } from 'vitest'
import type { Attachment } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aMacvlanNetwork, aPod, aProject, attach, dhcp, hostLocal, staticIpam } from './test-builders'
import { validateDefaultRoutes } from './validate-default-routes'

const plain = aBridgeNetwork({ ipam: hostLocal('10.1.1.0/24') }, { name: 'plain' })
const plain2 = aBridgeNetwork({ bridge: 'br2', ipam: hostLocal('10.2.2.0/24') }, { name: 'plain2' })
const gw = aBridgeNetwork({ bridge: 'br3', isDefaultGateway: true, ipam: hostLocal('10.3.3.0/24') }, { name: 'gw' })
const routed = aMacvlanNetwork({ master: 'eth1', ipam: hostLocal('10.4.4.0/24', { routes: [{ dst: '0.0.0.0/0' }] }) }, { name: 'routed' })
const routed6 = aMacvlanNetwork({ master: 'eth1', ipam: hostLocal('fd00:5::/64', { routes: [{ dst: '::/0' }] }) }, { name: 'routed6' })
const leased = aMacvlanNetwork({ master: 'eth2', ipam: dhcp() }, { name: 'leased' })
const fixed = aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('192.168.9.5/24') }, { name: 'fixed' })
const l2 = aMacvlanNetwork({ master: 'eth1' }, { name: 'l2' })

function findings(attachments: Attachment[]) {
  const index = buildProjectIndex(aProject([plain, plain2, gw, routed, routed6, leased, fixed, l2], [aPod(attachments)]))
  return validateDefaultRoutes(index).map((issue) => [issue.code, issue.field])
}

describe('R-DEFAULT-ROUTE: one default route per family, and the annotation gateway must be reachable', () => {
  it.each<[string, Attachment[]]>([
    ['NADs that add no default route', [attach(plain), attach(plain2)]],
    ['one default-route gateway inside the attachment subnet', [attach(plain, { defaultRoute: ['10.1.1.1'] })]],
    ['one IPv4 and one IPv6 default-route gateway', [attach(plain, { defaultRoute: ['10.1.1.1'] }), attach(routed6, { defaultRoute: ['fd00:5::1'] })]],
    ['an isDefaultGateway NAD when another entry sets default-route (Multus removes the NAD route)',
      [attach(gw), attach(plain, { defaultRoute: ['10.1.1.1'] })]],
    ['a static gateway inside the static address subnet', [attach(fixed, { defaultRoute: ['192.168.9.1'] })]],
    ['a dhcp attachment with default-route (subnet unknown)', [attach(leased, { defaultRoute: ['172.16.0.1'] })]],
  ])('accepts %s', (_, attachments) => {
    expect(findings(attachments)).toEqual([])
  })

  it.each<[string, Attachment[], [string, string][]]>([
    ['an isDefaultGateway bridge NAD (warning)', [attach(gw)], [['default-route.taken-from-cluster-network', 'attachments.0.network']]],
    ['an IPAM default route (warning)', [attach(routed)], [['default-route.taken-from-cluster-network', 'attachments.0.network']]],
    ['a dhcp NAD, whose router option becomes a default route (warning)', [attach(leased)],
      [['default-route.taken-from-cluster-network', 'attachments.0.network']]],
    ['two NADs adding an IPv4 default route', [attach(gw), attach(routed)], [
      ['default-route.taken-from-cluster-network', 'attachments.0.network'],
      ['default-route.claimed-by-several-attachments', 'attachments.1.network'],
    ]],
    ['two IPv4 default-route gateways (ECMP)', [attach(plain, { defaultRoute: ['10.1.1.1'] }), attach(plain2, { defaultRoute: ['10.2.2.1'] })],
      [['default-route.ecmp-not-supported', 'attachments.1.defaultRoute.0']]],
    ['a default-route gateway outside the attachment subnet', [attach(plain, { defaultRoute: ['10.9.9.1'] })],
      [['default-route.gateway-unreachable', 'attachments.0.defaultRoute.0']]],
    ['a default-route gateway that is not an IP', [attach(plain, { defaultRoute: ['10.1.1.1/24'] })],
      [['annotation.default-route-not-an-ip', 'attachments.0.defaultRoute.0']]],
    ['a default-route on a NAD without IPAM', [attach(l2, { defaultRoute: ['10.1.1.1'] })],
      [['default-route.attachment-without-address', 'attachments.0.defaultRoute.0']]],
  ])('flags %s', (_, attachments, expected) => {
    expect(findings(attachments)).toEqual(expected)
  })

  it('names both interfaces when two NADs fight over the default route', () => {
    const index = buildProjectIndex(aProject([gw, routed], [aPod([attach(gw, { interface: 'a' }), attach(routed)])]))
    expect(validateDefaultRoutes(index)[1]?.params).toMatchObject({ interface: 'net2', otherInterface: 'a', family: 4 })
  })
})
