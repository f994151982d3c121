import { describe, expect, it } from 'vitest'
import { aBridgeNetwork, aNetwork } from './network-builders'
import { parseCniConfig } from './parse-cni-config'
import { toCniConfig } from './to-cni-config'

describe('toCniConfig writes keys in a stable order', () => {
  it('cniVersion, name, type, plugin keys in table order, ipam, dns, capabilities, extra', () => {
    const network = aNetwork({
      extra: { zeta: 1 },
      capabilities: { ips: true },
      dns: { nameservers: ['10.0.0.53'] },
      ipam: { type: 'host-local', routes: [{ gw: '10.1.1.1', dst: '0.0.0.0/0' }], subnet: '10.1.1.0/24' },
      vlan: 5,
      isGateway: true,
      bridge: 'br-a',
      type: 'bridge',
      name: 'net-a',
      cniVersion: '1.0.0',
    })
    const json = JSON.stringify(toCniConfig(network))
    expect(json).toBe(
      '{"cniVersion":"1.0.0","name":"net-a","type":"bridge","bridge":"br-a","isGateway":true,"vlan":5,' +
        '"ipam":{"type":"host-local","subnet":"10.1.1.0/24","routes":[{"dst":"0.0.0.0/0","gw":"10.1.1.1"}]},' +
        '"dns":{"nameservers":["10.0.0.53"]},"capabilities":{"ips":true},"zeta":1}',
    )
  })
})

describe('toCniConfig adds no noise', () => {
  it('writes only what the user set, with name from metadata.name', () => {
    const network = aNetwork({ type: 'macvlan', master: 'eth1' }, { name: 'lan-a' })
    expect(toCniConfig(network)).toEqual({ name: 'lan-a', type: 'macvlan', master: 'eth1' })
  })
  it('keeps an explicit CNI name', () => {
    expect(toCniConfig(aBridgeNetwork({ name: 'other' })).name).toBe('other')
  })
  it('writes foreign plugins verbatim', () => {
    const raw = { cniVersion: '0.4.0', type: 'host-device', device: 'eth2' }
    expect(toCniConfig(aNetwork({ type: 'foreign', raw }))).toEqual(raw)
  })
})

describe('toCniConfig writes conflists back as conflists', () => {
  it('puts cniVersion and name on the list and the chain after the main plugin', () => {
    const network = aNetwork(
      { cniVersion: '1.0.0', type: 'macvlan', master: 'eth1' },
      { name: 'lan', conflist: { chain: [{ type: 'tuning', mtu: 1400 }], extra: { disableCheck: true } } },
    )
    expect(JSON.stringify(toCniConfig(network))).toBe(
      '{"cniVersion":"1.0.0","name":"lan","disableCheck":true,"plugins":[{"type":"macvlan","master":"eth1"},{"type":"tuning","mtu":1400}]}',
    )
  })
})

describe('parse(stringify(toCniConfig(n))) gives back the config', () => {
  it.each([
    '{"cniVersion":"0.4.0","name":"br16","type":"bridge","vlan":100,"vlanTrunk":[{"id":101},{"minID":200,"maxID":300}],"preserveDefaultVlan":false}',
    '{"cniVersion":"1.0.0","name":"s10","type":"macvlan","ipam":{"type":"static","addresses":[{"address":"2001:db8::10/64","gateway":"2001:db8::1"}],"routes":[{"dst":"::/0"}],"dns":{"nameservers":["2001:db8::53"]}}}',
    '{"cniVersion":"1.0.0","name":"h12","type":"ipvlan","mode":"l3","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24"}],[{"subnet":"fd00:1::/64"}]],"dataDir":"/tmp/x"}}',
    '{"cniVersion":"0.4.0","name":"d3","type":"macvlan","ipam":{"type":"dhcp","request":[{"option":"121","skipDefault":true}],"provide":[{"option":"host-name","fromArg":"K8S_POD_NAME"}]},"capabilities":{"mac":true,"portMappings":true},"foo":{"x":[1]}}',
    '{"cniVersion":"1.0.0","name":"lan","plugins":[{"type":"bridge","ipam":{"type":"whereabouts","range":"10.0.0.0/24"}},{"type":"sbr"}]}',
  ])('%s', (text) => {
    const parsed = parseCniConfig(text)
    const network = aNetwork(parsed.config ?? { type: 'bridge' }, { name: 'x', conflist: parsed.conflist })
    const again = parseCniConfig(JSON.stringify(toCniConfig(network)))
    expect(again.config).toEqual(parsed.config)
    expect(again.conflist).toEqual(parsed.conflist)
    expect(JSON.stringify(toCniConfig(network))).toBe(JSON.stringify(JSON.parse(text)))
  })
})
