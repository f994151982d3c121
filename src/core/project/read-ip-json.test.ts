import { describe, expect, it } from 'vitest'
import { IMPORT_LIMITS } from '../manifest/import-limits'
import session from './fixtures/ip-j-microshift.txt?raw'
import { readIpJson } from './read-ip-json'

// A MicroShift 4.17 node: enp1s0 enslaved to OVN's br-ex (which holds the node address and the default route),
// enp2s0 a free 9000-MTU NIC for secondary networks, plus lo, ovs-system, br-int, ovn-k8s-mp0 and one pod's veth.
const [, linkOutput = '', addrOutput = '', routeOutput = ''] = session.split(/^\[redhat@edge-01 ~\]\$ .*$/m).map((part) => part.trim())

describe('readIpJson', () => {
  it('reads a whole pasted session: link, addr and route output with the shell prompts between them', () => {
    const { nics, skipped, issues } = readIpJson(session)
    expect(nics).toEqual([
      { name: 'enp1s0', mtu: 1500, primary: false },
      { name: 'enp2s0', mtu: 9000, primary: false, addresses: ['192.168.50.10/24'] },
      { name: 'br-ex', mtu: 1500, primary: true, addresses: ['192.168.122.20/24'] },
    ])
    expect(skipped.map((issue) => [issue.code, issue.params.name])).toEqual([
      ['ip-json.skipped-loopback', 'lo'],
      ['ip-json.skipped-ovs', 'ovs-system'],
      ['ip-json.skipped-ovn', 'br-int'],
      ['ip-json.skipped-ovn', 'ovn-k8s-mp0'],
      ['ip-json.skipped-container-veth', '3f2a9c1d7e8b4a6'],
    ])
    expect(skipped[0]?.target).toEqual({ kind: 'hostNic', name: 'lo' })
    expect(issues).toEqual([])
  })

  it('takes MTUs from `ip -j link` alone and keeps the primary flag it cannot tell, with a note', () => {
    const known = [{ name: 'enp2s0', mtu: 1500, primary: true }]
    const { nics, issues } = readIpJson(linkOutput, known)
    expect(nics.map((nic) => [nic.name, nic.mtu, nic.primary, nic.addresses])).toEqual([
      ['enp1s0', 1500, false, undefined],
      ['enp2s0', 9000, true, undefined],
      ['br-ex', 1500, false, undefined],
    ])
    expect(issues.map((issue) => issue.code)).toEqual(['ip-json.primary-unknown'])
  })

  it('sets the primary NIC from the default route of lowest metric, even over a stored flag', () => {
    const routes = `[{"dst":"default","gateway":"192.168.50.1","dev":"enp2s0","metric":200,"flags":[]},${routeOutput.slice(1)}`
    const { nics } = readIpJson(`${addrOutput}\n${routes}`, [{ name: 'enp2s0', mtu: 9000, primary: true }])
    expect(nics.filter((nic) => nic.primary).map((nic) => nic.name)).toEqual(['br-ex'])
  })

  it('marks no NIC primary when the pasted route table has no default route', () => {
    const { nics, issues } = readIpJson(`${addrOutput}\n[]`, [{ name: 'br-ex', mtu: 1500, primary: true }])
    expect(nics.some((nic) => nic.primary)).toBe(false)
    expect(issues).toEqual([])
  })

  it('reads `ip -j -p` pretty output', () => {
    const pretty = JSON.stringify(JSON.parse(addrOutput), null, 4)
    expect(readIpJson(pretty).nics.map((nic) => nic.name)).toEqual(['enp1s0', 'enp2s0', 'br-ex'])
  })

  it.each([
    ['empty text', '', ['ip-json.no-interfaces']],
    ['a route table alone', routeOutput, ['ip-json.no-interfaces']],
    ['plain `ip a` text', '2: enp2s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000 qdisc fq_codel state UP\n    inet 192.168.50.10/24 scope global enp2s0\n', ['ip-json.no-interfaces']],
    ['cut-off output', linkOutput.slice(0, 300), ['ip-json.invalid-json']],
    ['broken JSON', `[{"ifname": "eth1", "mtu": 1500,, "link_type": "ether", "flags": []}]`, ['ip-json.invalid-json']],
    ['more than is read', `[${' '.repeat(IMPORT_LIMITS.totalBytes)}]`, ['ip-json.input-too-large']],
  ])('reports %s without throwing', (_, text, codes) => {
    const { nics, issues } = readIpJson(text)
    expect(nics).toEqual([])
    expect(issues.map((issue) => issue.code)).toEqual(codes)
  })

  it('stays fast on text that opens lists and never closes them', () => {
    const started = performance.now()
    expect(readIpJson('[\n'.repeat(500_000)).issues.map((issue) => issue.code)).toEqual(['ip-json.invalid-json'])
    expect(readIpJson('[1x]\n'.repeat(500_000)).issues.map((issue) => issue.code)).toEqual(['ip-json.invalid-json'])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
