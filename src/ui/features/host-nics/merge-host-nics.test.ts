import { describe, expect, it } from 'vitest'
import { mergeHostNics } from './merge-host-nics'

const eth0 = { name: 'eth0', mtu: 1500, primary: true }
const eth1 = { name: 'eth1', mtu: 1500, primary: false }

describe('mergeHostNics', () => {
  it('updates a NIC of the same name, keeps the others in place and adds new ones after them', () => {
    const read = [{ name: 'eth1', mtu: 9000, primary: false, addresses: ['192.168.50.10/24'] }, { name: 'enp3s0', mtu: 1500, primary: false }]
    expect(mergeHostNics([eth0, eth1], read)).toEqual([eth0, read[0], read[1]])
  })

  it('leaves one primary NIC when the reading names one', () => {
    const read = [{ name: 'br-ex', mtu: 1500, primary: true }]
    expect(mergeHostNics([eth0, eth1], read).filter((nic) => nic.primary).map((nic) => nic.name)).toEqual(['br-ex'])
  })

  it('keeps the primary flag it has when the reading cannot tell (no route table)', () => {
    expect(mergeHostNics([eth0, eth1], [{ ...eth1, mtu: 1400 }])).toEqual([eth0, { ...eth1, mtu: 1400 }])
  })
})
