import { describe, expect, it } from 'vitest'
import type { Attachment } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aDeployment, aMacvlanNetwork, aPod, aProject, attach, staticIpam } from './test-builders'
import { validateStaticWithoutAddresses } from './validate-static-without-addresses'

const networks = [
  aMacvlanNetwork({ master: 'eth1', ipam: staticIpam() }, { name: 'st-empty' }),
  aMacvlanNetwork({ master: 'eth1', ipam: { type: 'static', addresses: [] } }, { name: 'st-none' }),
  aMacvlanNetwork({ master: 'eth1', capabilities: { ips: true }, ipam: staticIpam() }, { name: 'st-caps' }),
  aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('10.5.0.5/24') }, { name: 'st-fixed' }),
  aMacvlanNetwork({ master: 'eth1', ipam: { type: 'host-local', subnet: '10.6.0.0/24' } }, { name: 'hl' }),
]

function findings(attachment: Attachment) {
  const index = buildProjectIndex(aProject(networks, [aPod([attachment])]))
  return validateStaticWithoutAddresses(index).map((issue) => [issue.code, issue.severity, issue.field])
}

describe('an attachment to a static NAD without addresses must request ips', () => {
  it.each<[string, Attachment]>([
    ['ips requested for static without addresses', attach('st-empty', { ips: ['10.5.0.7/24'] })],
    ['ips requested through capabilities.ips', attach('st-caps', { ips: ['10.5.0.7/24'] })],
    ['a static NAD with fixed addresses', attach('st-fixed')],
    ['a host-local NAD', attach('hl')],
    ['a NAD the project does not have', attach('missing')],
  ])('accepts %s', (_, attachment) => {
    expect(findings(attachment)).toEqual([])
  })

  it.each<[string, Attachment]>([
    ['no ips for static without addresses', attach('st-empty')],
    ['no ips for static with an empty address list', attach('st-none')],
    ['no ips even though the NAD declares capabilities.ips', attach('st-caps')],
    ['an empty ips list', attach('st-empty', { ips: [] })],
  ])('rejects %s', (_, attachment) => {
    expect(findings(attachment)).toEqual([['attachment.static-without-addresses-needs-ips', 'error', 'attachments.0.ips']])
  })

  it('accepts a Deployment scaled to zero, which starts no pod', () => {
    const index = buildProjectIndex(aProject(networks, [aDeployment(0, [attach('st-empty')])]))
    expect(validateStaticWithoutAddresses(index)).toEqual([])
  })
})
