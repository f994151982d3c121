import { describe, expect, it } from 'vitest'
import type { Attachment } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aMacvlanNetwork, anIpvlanNetwork, aPod, aProject, attach, dhcp, hostLocal, staticIpam } from './test-builders'
import { validateCapabilities } from './validate-capabilities'

const ips = { ips: true }
const networks = {
  hlCaps: aBridgeNetwork({ capabilities: ips, ipam: hostLocal('10.1.1.0/24') }, { name: 'hl-caps' }),
  hl: aBridgeNetwork({ ipam: hostLocal('10.1.1.0/24') }, { name: 'hl' }),
  staticCaps: aMacvlanNetwork({ master: 'eth1', capabilities: { ips: true, mac: true }, ipam: staticIpam() }, { name: 'st-caps' }),
  staticEmpty: aMacvlanNetwork({ master: 'eth1', ipam: staticIpam() }, { name: 'st-empty' }),
  staticFixed: aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('10.5.0.5/24') }, { name: 'st-fixed' }),
  leased: aMacvlanNetwork({ master: 'eth1', ipam: dhcp() }, { name: 'leased' }),
  l2: aBridgeNetwork({}, { name: 'l2' }),
  ipvlan: anIpvlanNetwork({ master: 'eth2', ipam: hostLocal('10.6.0.0/24') }, { name: 'ipv' }),
}

function findings(attachment: Attachment) {
  const index = buildProjectIndex(aProject(Object.values(networks), [aPod([attachment])]))
  return validateCapabilities(index).map((issue) => [issue.code, issue.field])
}

describe('R-CAPS: annotation ips and mac reach the plugin only as its capabilities and CNI_ARGS handling allow', () => {
  it.each<[string, Attachment]>([
    ['one ip for host-local with capabilities.ips', attach('hl-caps', { ips: ['10.1.1.7'] })],
    ['ips for static with capabilities.ips', attach('st-caps', { ips: ['10.5.0.7/24', 'fd00::7/64'] })],
    ['a mac with capabilities.mac', attach('st-caps', { mac: '02:00:00:00:00:01' })],
    ['an entry without ips or mac', attach('hl')],
  ])('accepts %s', (_, attachment) => {
    expect(findings(attachment)).toEqual([])
  })

  it.each<[string, Attachment, [string, string][]]>([
    ['several ips for host-local (CNI_ARGS IP=a,b breaks host-local)', attach('hl-caps', { ips: ['10.1.1.7', 'fd00::7'] }),
      [['attachment.ips-several-for-host-local', 'attachments.0.ips']]],
    ['one ip for host-local without capabilities (works only through CNI_ARGS)', attach('hl', { ips: ['10.1.1.7'] }),
      [['attachment.ips-only-through-cni-args', 'attachments.0.ips']]],
    ['ips for static without capabilities and without fixed addresses', attach('st-empty', { ips: ['10.5.0.7/24'] }),
      [['attachment.ips-only-through-cni-args', 'attachments.0.ips']]],
    ['ips for static without capabilities next to fixed addresses (both are kept)', attach('st-fixed', { ips: ['10.5.0.7/24'] }),
      [['attachment.ips-added-to-static-addresses', 'attachments.0.ips']]],
    ['ips for dhcp', attach('leased', { ips: ['10.1.1.7'] }), [['attachment.ips-ignored-by-dhcp', 'attachments.0.ips']]],
    ['ips for a NAD without IPAM', attach('l2', { ips: ['10.1.1.7/24'] }), [['attachment.ips-without-ipam', 'attachments.0.ips']]],
    ['a mac on ipvlan', attach('ipv', { mac: '02:00:00:00:00:01' }), [['attachment.mac-ignored-by-ipvlan', 'attachments.0.mac']]],
    ['a mac on bridge without capabilities.mac (works only through CNI_ARGS)', attach('l2', { mac: '02:00:00:00:00:01' }),
      [['attachment.mac-only-through-cni-args', 'attachments.0.mac']]],
    ['a mac Multus cannot parse', attach('hl', { mac: 'zz' }), [['annotation.mac-invalid', 'attachments.0.mac']]],
    ['portMappings', attach('hl', { extra: { portMappings: [] } }), [['attachment.port-mappings-unsupported', 'attachments.0.extra.portMappings']]],
    ['bandwidth in any case', attach('hl', { extra: { Bandwidth: {} } }), [['attachment.bandwidth-unsupported', 'attachments.0.extra.Bandwidth']]],
  ])('flags %s', (_, attachment, expected) => {
    expect(findings(attachment)).toEqual(expected)
  })
})
