import { describe, expect, it } from 'vitest'
import type { PodInterface } from '../../../core'
import { interfacesText } from './interfaces-text'

const eth0: PodInterface = { interface: 'eth0', networkName: 'ovn-kubernetes', ips: ['10.42.0.17'], addressSource: 'unknown', mac: '0a:58:0a:2a:00:11', macSource: 'generated' }
const net1: PodInterface = { interface: 'net1', networkName: 'default/lan', ips: ['192.168.1.10/24', 'fd00::10/64'], addressSource: 'static', mac: '02:00:00:00:00:01', macSource: 'requested' }

describe('the interfaces as text', () => {
  it('is one tab-separated row per interface under the header, addresses joined by commas', () => {
    expect(interfacesText([eth0, net1], ['Interface', 'Network', 'Addresses', 'MAC'])).toBe(
      'Interface\tNetwork\tAddresses\tMAC\n'
      + 'eth0\tovn-kubernetes\t10.42.0.17\t0a:58:0a:2a:00:11\n'
      + 'net1\tdefault/lan\t192.168.1.10/24, fd00::10/64\t02:00:00:00:00:01\n',
    )
  })

  it('leaves the address cell empty for an interface without one', () => {
    expect(interfacesText([{ ...net1, ips: [], addressSource: 'none' }], ['i', 'n', 'a', 'm'])).toContain('net1\tdefault/lan\t\t02:')
  })
})
