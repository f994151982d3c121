import { describe, expect, it } from 'vitest'
import { parseCniConfig } from './parse-cni-config'
import { validateNetworkConfig } from './validate-network-config'
import { aNodeContext } from './network-builders'

// cni-reference.md 5.1/5.2. `error` = the code the designer reports as an error (the 4.17 verdict, or the designer
// rule for configs the plugin accepts but that break); `ok` = no error; `warning` = the designer deliberately warns.
type Expect = { ok: true; warning?: string } | { error: string } | { warningOnly: string }

// The declared NICs are taken as the node's NICs, so a master outside them is the plugin's "Link not found".
const eth9 = aNodeContext([{ name: 'eth9', mtu: 1500, primary: true }])

const PLUGIN_VECTORS: [number, string, Expect][] = [
  [1, '{"cniVersion":"0.4.0","name":"br1","type":"bridge","bridge":"br-test","ipam":{"type":"host-local","subnet":"10.10.0.0/24"}}', { ok: true }],
  [2, '{"cniVersion":"0.4.0","name":"br2","type":"bridge","bridge":"br-l2"}', { ok: true }],
  [3, '{"cniVersion":"0.4.0","name":"br3","type":"bridge","vlan":4095,"ipam":{}}', { error: 'bridge.vlan-out-of-range' }],
  [4, '{"cniVersion":"0.4.0","name":"br4","type":"bridge","vlan":-1,"ipam":{}}', { error: 'bridge.vlan-out-of-range' }],
  [5, '{"cniVersion":"0.4.0","name":"br5","type":"bridge","vlan":"2","ipam":{}}', { error: 'config.wrong-json-type' }],
  [6, '{"cniVersion":"0.4.0","name":"br6","type":"bridge","mtu":"1500","ipam":{}}', { error: 'config.wrong-json-type' }],
  [7, '{"cniVersion":"0.4.0","name":"br7","type":"bridge","isGateway":"true","ipam":{}}', { error: 'config.wrong-json-type' }],
  [8, '{"cniVersion":"0.4.0","name":"br8","type":"bridge","hairpinMode":true,"promiscMode":true}', { error: 'bridge.hairpin-with-promisc' }],
  [9, '{"cniVersion":"0.4.0","name":"br9","type":"bridge","bridge":"br-gw","isDefaultGateway":true,"ipam":{"type":"host-local","subnet":"10.10.0.0/24"}}', { ok: true }],
  [10, '{"cniVersion":"0.4.0","name":"br10","type":"bridge","bridge":"br-k","isgateway":true,"ipam":{"type":"host-local","subnet":"10.77.0.0/24"}}', { ok: true }],
  [11, '{"cniVersion":"0.4.0","name":"br11","type":"bridge","is_gateway":true,"ipam":{"type":"host-local","subnet":"10.78.0.0/24"}}', { ok: true, warning: 'config.unknown-key-near-miss' }],
  [12, '{"cniVersion":"0.4.0","name":"br12","type":"bridge","vlanTrunk":[{"id":4095}],"ipam":{}}', { error: 'bridge.vlan-trunk-id-out-of-range' }],
  [13, '{"cniVersion":"0.4.0","name":"br13","type":"bridge","vlanTrunk":[{"minID":200}],"ipam":{}}', { error: 'bridge.vlan-trunk-max-id-missing' }],
  [14, '{"cniVersion":"0.4.0","name":"br14","type":"bridge","vlanTrunk":[{"minID":300,"maxID":200}],"ipam":{}}', { error: 'bridge.vlan-trunk-min-id-above-max-id' }],
  [15, '{"cniVersion":"0.4.0","name":"br15","type":"bridge","vlanTrunk":[{"minID":0,"maxID":10}],"ipam":{}}', { error: 'bridge.vlan-trunk-min-id-out-of-range' }],
  [16, '{"cniVersion":"0.4.0","name":"br16","type":"bridge","vlan":100,"vlanTrunk":[{"id":101}],"ipam":{}}', { error: 'bridge.vlan-with-vlan-trunk' }],
  [17, '{"cniVersion":"0.4.0","name":"br17","type":"bridge","disableContainerInterface":true,"ipam":{"type":"host-local","subnet":"10.11.0.0/24"}}', { error: 'bridge.ipam-with-container-interface-disabled' }],
  [18, '{"cniVersion":"1.1.0","name":"br18","type":"bridge","ipam":{}}', { error: 'cni-version.unsupported' }],
  [19, '{"cniVersion":"1.0","name":"br19","type":"bridge","ipam":{}}', { error: 'cni-version.unsupported' }],
  [20, '{"name":"br20","type":"bridge","ipam":{"type":"host-local","subnet":"10.6.0.0/24"}}', { error: 'cni-version.missing' }],
  [21, '{"cniVersion":"0.4.0","type":"bridge","ipam":{}}', { ok: true }],
  [22, '{"cniVersion":"0.4.0","name":"my net","type":"bridge","ipam":{}}', { error: 'name.invalid-characters' }],
  [23, '{"cniVersion":"0.4.0","name":"br23","type":"bridge","bridge":"eth9","ipam":{}}', { error: 'bridge.name-is-host-nic' }],
  [24, '{"cniVersion":"0.4.0","name":"br24","type":"bridge","bridge":"br-name-too-long-x","ipam":{}}', { error: 'bridge.name-too-long' }],
  [25, '{"cniVersion":"0.4.0","name":"br25","type":"bridge","ipam":{"type":"whereabouts","range":"10.0.0.0/24"}}', { error: 'ipam.not-shipped-on-microshift' }],
  [26, '{"cniVersion":"0.4.0","name":"br26","type":"bridge","bridge":"br-gwo","isGateway":true,"ipam":{"type":"host-local","subnet":"10.10.0.0/24","gateway":"10.99.0.1"}}', { error: 'host-local.gateway-outside-subnet' }],
  [27, '{"cniVersion":"0.4.0","name":"mv1","type":"macvlan","master":"eth9","mode":"bridge","ipam":{"type":"host-local","subnet":"192.168.50.0/24"}}', { ok: true, warning: 'master.is-primary-nic' }],
  [28, '{"cniVersion":"0.4.0","name":"mv2","type":"macvlan","master":"eth9","mode":"trunk","ipam":{}}', { error: 'macvlan.mode-unknown' }],
  [29, '{"cniVersion":"0.4.0","name":"mv3","type":"macvlan","master":"eth9","mode":"Bridge","ipam":{}}', { error: 'macvlan.mode-unknown' }],
  [30, '{"cniVersion":"0.4.0","name":"mv4","type":"macvlan","ipam":{}}', { ok: true, warning: 'master.defaults-to-primary' }],
  [32, '{"cniVersion":"0.4.0","name":"mv6","type":"macvlan","master":"eth99","ipam":{}}', { error: 'master.unknown-nic' }],
  [33, '{"cniVersion":"0.4.0","name":"mv7","type":"macvlan","master":"eth9","mtu":9000,"ipam":{}}', { error: 'macvlan.mtu-above-master' }],
  [34, '{"cniVersion":"0.4.0","name":"mv8","type":"macvlan","master":"eth9","mtu":-1,"ipam":{}}', { error: 'macvlan.mtu-negative' }],
  [35, '{"cniVersion":"0.3.1","name":"mv9","type":"macvlan","master":"eth9","mtu":0,"ipam":{}}', { ok: true }],
  [36, '{"cniVersion":"0.4.0","name":"mv10","type":"macvlan","master":"eth9","mac":"zz:00:00:00:00:01","ipam":{}}', { error: 'macvlan.mac-invalid' }],
  [37, '{"cniVersion":"0.4.0","name":"mv11","type":"macvlan","master":"eth9","mac":"02:00:00:00:00:01","ipam":{}}', { ok: true, warning: 'macvlan.fixed-mac' }],
  [38, '{"cniVersion":"1.0.0","name":"mv12","type":"macvlan","Master":"eth9","MODE":"private","ipam":{}}', { ok: true }],
  // Rejected when the pod requests no ips; Multus passes annotation ips as CNI_ARGS IP=, so the NAD alone gets a warning.
  [39, '{"cniVersion":"0.4.0","name":"mv13","type":"macvlan","master":"eth9","ipam":{"type":"static"}}', { warningOnly: 'static.addresses-missing' }],
  [41, '{"cniVersion":"0.4.0","name":"mv15","type":"macvlan","master":"eth9","ipam":{"type":"dhcp"}}', { ok: true, warning: 'master.is-primary-nic' }],
  [42, '{"cniVersion":"0.4.0","name":"mv16","type":"macvlan","master":"eth9","ipam":{"type":"static","addresses":[{"address":"10.10.0.5/24","gateway":"172.16.0.1"}],"routes":[{"dst":"0.0.0.0/0"}]}}', { error: 'static.gateway-outside-subnet' }],
  [43, '{"cniVersion":"0.4.0","name":"iv1","type":"ipvlan","master":"eth9","mode":"l4","ipam":{"type":"host-local","subnet":"10.30.0.0/24"}}', { error: 'ipvlan.mode-unknown' }],
  [44, '{"cniVersion":"0.4.0","name":"iv2","type":"ipvlan","master":"eth9","mode":"L2","ipam":{"type":"host-local","subnet":"10.30.0.0/24"}}', { error: 'ipvlan.mode-unknown' }],
  [45, '{"cniVersion":"0.4.0","name":"iv3","type":"ipvlan","master":"eth99","ipam":{"type":"host-local","subnet":"10.30.0.0/24"}}', { error: 'master.unknown-nic' }],
  [47, '{"cniVersion":"0.4.0","name":"iv5","type":"ipvlan","master":"eth9","mode":"l3s","ipam":{"type":"host-local","subnet":"10.30.0.0/24"}}', { ok: true }],
  [48, '{"cniVersion":"0.4.0","name":"iv6","type":"ipvlan","master":"eth9"}', { error: 'ipvlan.ipam-missing' }],
  [49, '{"cniVersion":"0.4.0","name":"iv7","plugins":[{"type":"bridge","bridge":"br-c","ipam":{"type":"host-local","subnet":"10.31.0.0/24"}},{"type":"ipvlan"}]}', { error: 'chain.ipvlan-master-unresolvable' }],
]

// 5.2 runs the IPAM plugin alone; here each config gets `"type":"bridge"` so it is a whole NAD.
const IPAM_VECTORS: [number, string, Expect][] = [
  [50, '{"cniVersion":"1.0.0","name":"h1","ipam":{"type":"host-local","subnet":"10.1.1.0/24"}}', { ok: true }],
  [51, '{"cniVersion":"1.0.0","name":"h2","ipam":{"type":"host-local","subnet":"10.1.1.5/24"}}', { error: 'host-local.subnet-host-bits-set' }],
  [52, '{"cniVersion":"1.0.0","name":"h3","ipam":{"type":"host-local","subnet":"10.1.1.0/31"}}', { error: 'host-local.subnet-too-small' }],
  [53, '{"cniVersion":"1.0.0","name":"h4","ipam":{"type":"host-local","ranges":[[{"subnet":"fd00:1::/127"}]]}}', { error: 'host-local.subnet-too-small' }],
  [54, '{"cniVersion":"1.0.0","name":"h5","ipam":{"type":"host-local","subnet":"10.1.1.0/24","rangeStart":"10.2.0.5"}}', { error: 'host-local.range-start-outside-subnet' }],
  [55, '{"cniVersion":"1.0.0","name":"h6","ipam":{"type":"host-local","subnet":"10.1.1.0/24","rangeEnd":"10.1.2.9"}}', { error: 'host-local.range-end-outside-subnet' }],
  [56, '{"cniVersion":"1.0.0","name":"h7","ipam":{"type":"host-local","subnet":"10.1.1.0/24","rangeStart":"10.1.1.50","rangeEnd":"10.1.1.10"}}', { error: 'host-local.range-start-after-range-end' }],
  [57, '{"cniVersion":"1.0.0","name":"h8","ipam":{"type":"host-local","subnet":"10.1.1.0/24","gateway":"10.99.99.1"}}', { error: 'host-local.gateway-outside-subnet' }],
  [58, '{"cniVersion":"1.0.0","name":"h9","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24"}],[{"subnet":"10.1.1.0/25"}]]}}', { error: 'host-local.range-sets-overlap' }],
  [59, '{"cniVersion":"1.0.0","name":"h10","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24"},{"subnet":"10.1.1.0/25"}]]}}', { error: 'host-local.ranges-overlap-in-set' }],
  [60, '{"cniVersion":"1.0.0","name":"h11","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24"},{"subnet":"fd00:1::/64"}]]}}', { error: 'host-local.range-set-mixed-families' }],
  [61, '{"cniVersion":"1.0.0","name":"h12","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24"}],[{"subnet":"fd00:1::/64"}]]}}', { ok: true }],
  [62, '{"cniVersion":"1.0.0","name":"h13","ipam":{"type":"host-local"}}', { error: 'host-local.no-ranges' }],
  [63, '{"cniVersion":"1.0.0","name":"h14","ipam":{"type":"host-local","ranges":[[]]}}', { error: 'host-local.range-set-empty' }],
  [64, '{"cniVersion":"1.0.0","name":"h15","ipam":{"type":"host-local","subnet":"10.1.1.0/33"}}', { error: 'host-local.subnet-invalid-cidr' }],
  [65, '{"cniVersion":"1.0.0","name":"h16","ipam":{"type":"host-local","subnet":"10.1.1.0"}}', { error: 'host-local.subnet-invalid-cidr' }],
  [66, '{"cniVersion":"0.2.0","name":"h17","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24"}],[{"subnet":"10.2.2.0/24"}]]}}', { error: 'cni-version.one-address-per-family' }],
  [67, '{"cniVersion":"1.0.0","name":"h18","ipam":{"type":"host-local","subnet":"10.1.1.0/24","routes":[{"dst":"default"}]}}', { error: 'route.dst-invalid-cidr' }],
  [68, '{"cniVersion":"1.0.0","name":"h19","ipam":{"type":"host-local","subnet":"10.1.1.0/24","rangeStart":"10.1.1.0"}}', { ok: true, warning: 'host-local.range-start-is-network-address' }],
  [69, '{"cniVersion":"1.0.0","name":"h20","ipam":{"type":"host-local","subnet":"10.1.1.0/24","rangeEnd":"10.1.1.255"}}', { ok: true, warning: 'host-local.range-end-is-broadcast' }],
  [74, '{"cniVersion":"1.0.0","name":"tiny","ipam":{"type":"host-local","subnet":"10.9.9.0/30"}}', { ok: true }],
  [75, '{"cniVersion":"1.0.0","name":"h25","ipam":{"type":"host-local","subnet":"10.1.1.0/24","ranges":[[{"subnet":"10.5.5.0/24"}]]}}', { ok: true, warning: 'host-local.subnet-and-ranges' }],
  [76, '{"cniVersion":"1.0.0","name":"s1","ipam":{"type":"static","addresses":[{"address":"10.10.0.5/24","gateway":"10.10.0.1"}]}}', { ok: true }],
  [77, '{"cniVersion":"1.0.0","name":"s2","ipam":{"type":"static","addresses":[{"address":"10.10.0.5"}]}}', { error: 'static.address-not-cidr' }],
  [78, '{"cniVersion":"1.0.0","name":"s3","ipam":{"type":"static","addresses":[{"address":"10.10.0.300/24"}]}}', { error: 'static.address-not-cidr' }],
  [79, '{"cniVersion":"1.0.0","name":"s4","ipam":{"type":"static","addresses":[{"address":"10.10.0.5/24","gateway":"10.10.0.300"}]}}', { error: 'ipam.invalid-ip' }],
  [80, '{"cniVersion":"1.0.0","name":"s5","ipam":{"type":"static","addresses":[{"address":"10.10.0.5/24","gateway":"172.16.0.1"}]}}', { error: 'static.gateway-outside-subnet' }],
  [81, '{"cniVersion":"1.0.0","name":"s6","ipam":{"type":"static","addresses":[{"address":"10.10.0.0/24"}]}}', { error: 'static.address-is-network-address' }],
  [84, '{"cniVersion":"0.2.0","name":"s9","ipam":{"type":"static","addresses":[{"address":"10.10.0.5/24"},{"address":"10.10.1.5/24"}]}}', { error: 'cni-version.one-address-per-family' }],
  [85, '{"cniVersion":"1.0.0","name":"s10","ipam":{"type":"static","addresses":[{"address":"2001:db8::10/64","gateway":"2001:db8::1"}],"routes":[{"dst":"::/0"}],"dns":{"nameservers":["2001:db8::53"]}}}', { ok: true }],
  [86, '{"cniVersion":"0.4.0","name":"d2","ipam":{"type":"dhcp","request":[{"option":"classless-static-routes"}]}}', { error: 'dhcp.option-name-unsupported' }],
  [87, '{"cniVersion":"0.4.0","name":"d3","ipam":{"type":"dhcp","request":[{"option":"121"}]}}', { ok: true }],
]

function verdict(text: string, nadName: string) {
  const parsed = parseCniConfig(text)
  const network = { id: 'v', name: nadName, namespace: 'default', config: parsed.config, conflist: parsed.conflist }
  return [...parsed.issues, ...validateNetworkConfig(network, eth9)]
}

function nadNameOf(text: string, n: number): string {
  const name = /"name":"([^"]*)"/.exec(text)?.[1]
  return name && /^[a-z0-9-]+$/.test(name) ? name : `vector-${n}`
}

function check(n: number, text: string, expected: Expect): void {
  const issues = verdict(text, nadNameOf(text, n))
  const errors = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)
  if ('error' in expected) {
    expect(errors).toContain(expected.error)
  } else {
    expect(errors).toEqual([])
    const code = 'warningOnly' in expected ? expected.warningOnly : expected.warning
    if (code) expect(issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toContain(code)
  }
}

describe('cni-reference 5.1 plugin vectors give the 4.17 verdict', () => {
  it.each(PLUGIN_VECTORS)('#%i %s', (n, text, expected) => check(n, text, expected))
})

describe('cni-reference 5.2 IPAM vectors give the 4.17 verdict', () => {
  it.each(IPAM_VECTORS)('#%i %s', (n, text, expected) => check(n, text.replace('{', '{"type":"bridge",'), expected))
})

describe('case-insensitive keys take effect (vectors 10 and 38)', () => {
  it('reads isgateway as isGateway', () => {
    expect(parseCniConfig(PLUGIN_VECTORS[9]?.[1] ?? '').config).toMatchObject({ isGateway: true })
  })
  it('reads Master and MODE', () => {
    const config = parseCniConfig('{"cniVersion":"1.0.0","name":"mv12","type":"macvlan","Master":"eth9","MODE":"private","ipam":{}}').config
    expect(config).toMatchObject({ master: 'eth9', mode: 'private' })
  })
})
