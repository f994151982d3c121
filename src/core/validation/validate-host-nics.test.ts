import { describe, expect, it } from 'vitest'
import type { HostNic } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aProject } from './test-builders'
import { validateHostNics } from './validate-host-nics'

function aNic(name: string, extra: Partial<HostNic> = {}): HostNic {
  return { name, mtu: 1500, primary: false, ...extra }
}

function findings(nics: HostNic[]) {
  return validateHostNics(buildProjectIndex(aProject([], [], nics))).map((issue) => [issue.code, issue.target, issue.field, issue.params])
}

describe('node NICs are valid, unique, have one primary and an Ethernet MTU', () => {
  it.each<[string, HostNic[]]>([
    ['no NICs', []],
    ['one primary NIC and a jumbo-frame NIC', [aNic('eth0', { primary: true }), aNic('eth1', { mtu: 9000 })]],
    ['a 15-byte name with dots and dashes', [aNic('enp0s31f6.100-x')]],
    ['the smallest and largest Ethernet MTU', [aNic('a', { mtu: 68 }), aNic('b', { mtu: 65535 })]],
  ])('accepts %s', (_, nics) => {
    expect(findings(nics)).toEqual([])
  })

  it.each<[string, HostNic[], unknown[][]]>([
    ['an empty name', [aNic('')],
      [['host-nic.name-invalid', { kind: 'hostNic', name: '' }, 'name', { name: '' }]]],
    ['a name over 15 bytes', [aNic('enp0s31f6.1000xy')],
      [['host-nic.name-invalid', { kind: 'hostNic', name: 'enp0s31f6.1000xy' }, 'name', { name: 'enp0s31f6.1000xy' }]]],
    ['a name with a slash, a colon or a space', [aNic('a/b'), aNic('eth0:1'), aNic('eth 1')],
      [['host-nic.name-invalid', { kind: 'hostNic', name: 'a/b' }, 'name', { name: 'a/b' }],
        ['host-nic.name-invalid', { kind: 'hostNic', name: 'eth0:1' }, 'name', { name: 'eth0:1' }],
        ['host-nic.name-invalid', { kind: 'hostNic', name: 'eth 1' }, 'name', { name: 'eth 1' }]]],
    ['one name three times (said once)', [aNic('eth1'), aNic('eth1'), aNic('eth1')],
      [['host-nic.name-duplicated', { kind: 'hostNic', name: 'eth1' }, 'name', { name: 'eth1' }]]],
    ['two primary NICs', [aNic('eth0', { primary: true }), aNic('eth1', { primary: true })],
      [['host-nic.primary-marked-twice', { kind: 'hostNic', name: 'eth1' }, 'primary', { name: 'eth1', first: 'eth0' }]]],
    ['an MTU below 68', [aNic('eth0', { mtu: 67 })],
      [['host-nic.mtu-outside-ethernet-range', { kind: 'hostNic', name: 'eth0' }, 'mtu', { name: 'eth0', mtu: '67', min: 68, max: 65535 }]]],
    ['an MTU above 65535', [aNic('eth0', { mtu: 65536 })],
      [['host-nic.mtu-outside-ethernet-range', { kind: 'hostNic', name: 'eth0' }, 'mtu', { name: 'eth0', mtu: '65536', min: 68, max: 65535 }]]],
    ['an MTU that is not a whole number', [aNic('eth0', { mtu: 1500.5 }), aNic('eth1', { mtu: Number.NaN })],
      [['host-nic.mtu-outside-ethernet-range', { kind: 'hostNic', name: 'eth0' }, 'mtu', { name: 'eth0', mtu: '1500.5', min: 68, max: 65535 }],
        ['host-nic.mtu-outside-ethernet-range', { kind: 'hostNic', name: 'eth1' }, 'mtu', { name: 'eth1', mtu: 'NaN', min: 68, max: 65535 }]]],
  ])('flags %s', (_, nics, expected) => {
    expect(findings(nics)).toEqual(expected)
  })

  // Speed belongs to `npm run bench`; here only the count: one finding per repeated name, however many repeats.
  it('reports each repeated name once among many NICs', () => {
    const nics = Array.from({ length: 20_000 }, (_, i) => aNic(`n${i % 10_000}`, { primary: i < 2 }))
    const issues = validateHostNics(buildProjectIndex(aProject([], [], nics)))
    expect(issues.filter((issue) => issue.code === 'host-nic.name-duplicated')).toHaveLength(10_000)
  })
})
