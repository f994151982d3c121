import { LAB_NICS } from '../lab/lab-nics'
import { isObject } from '../oracle/build-delegates'

type Json = Record<string, unknown>

/** One way to break (or deliberately bend) a config the core emitted, and what the node does with the result. */
export interface ConfigMutation {
  id: string
  applies(config: Json): boolean
  /** Changes the config in place (it is a deep copy). */
  apply(config: Json): void
  expect: 'accept' | 'reject'
  /** The plugin accepts, the config breaks at run time: the core must report this code. */
  deliberate?: string
  /** Replicas of the one workload after the mutation (default 1). */
  replicas?: number
  /** The failure comes after link creation and outside IPAM, so an ipvlan config cannot be decided here. */
  afterLink?: boolean
}

const ipamOf = (config: Json): Json | undefined => (isObject(config['ipam']) ? config['ipam'] : undefined)
const isType = (...types: string[]) => (config: Json) => types.includes(String(config['type']))
const hasIpam = (type: string) => (config: Json) => ipamOf(config)?.['type'] === type
const hostLocalSubnet = (config: Json) => hasIpam('host-local')(config) && typeof ipamOf(config)?.['subnet'] === 'string'
const routesUseGateway = (ipam: Json | undefined) => Array.isArray(ipam?.['routes']) && ipam['routes'].some((route) => isObject(route) && route['gw'] === undefined)
const masterMtu = (config: Json) => LAB_NICS.find((nic) => nic.name === (config['master'] ?? 'eth9'))?.mtu ?? 1500
const staticAddresses = (config: Json): Json[] => {
  const addresses = ipamOf(config)?.['addresses']
  return Array.isArray(addresses) ? addresses.filter(isObject) : []
}
const v4Statics = (config: Json) => staticAddresses(config).filter((address) => String(address['address']).includes('.'))
/** The plugin parses `address` as CIDR; a route without `gw` goes via the address's gateway. */
const firstV4Static = (config: Json): Json | undefined => v4Statics(config)[0]

/** Outside every generated subnet (they come from 198.51.100/24, 203.0.113/24 and 10.100–199). */
const FOREIGN_V4 = '10.251.0.1'

/** The mutation table: each row says which configs it fits and the verdict the reference predicts. */
export const CONFIG_MUTATIONS: ConfigMutation[] = [
  { id: 'vlan-4095', applies: isType('bridge'), apply: (c) => (c['vlan'] = 4095), expect: 'reject' },
  { id: 'vlan-negative', applies: isType('bridge'), apply: (c) => (c['vlan'] = -1), expect: 'reject' },
  { id: 'mode-bogus', applies: isType('macvlan', 'ipvlan'), apply: (c) => (c['mode'] = 'bogus'), expect: 'reject' },
  { id: 'mode-upper-case', applies: isType('macvlan', 'ipvlan'), apply: (c) => (c['mode'] = String(c['mode'] ?? (c['type'] === 'ipvlan' ? 'l2' : 'bridge')).toUpperCase()), expect: 'reject' },
  { id: 'mtu-above-master', applies: isType('macvlan'), apply: (c) => (c['mtu'] = masterMtu(c) + 1), expect: 'reject' },
  { id: 'mtu-negative', applies: isType('macvlan'), apply: (c) => (c['mtu'] = -5), expect: 'reject' },
  { id: 'mtu-string', applies: isType('bridge', 'macvlan', 'ipvlan'), apply: (c) => (c['mtu'] = String(c['mtu'] ?? 1400)), expect: 'reject' },
  { id: 'is-gateway-string', applies: isType('bridge'), apply: (c) => (c['isGateway'] = 'true'), expect: 'reject' },
  { id: 'hairpin-and-promisc', applies: isType('bridge'), apply: (c) => Object.assign(c, { hairpinMode: true, promiscMode: true }), expect: 'reject' },
  { id: 'bridge-name-too-long', applies: isType('bridge'), apply: (c) => (c['bridge'] = 'bridge-name-16ch'), expect: 'reject' },
  { id: 'bridge-name-is-nic', applies: isType('bridge'), apply: (c) => (c['bridge'] = 'ens1'), expect: 'reject' },
  { id: 'mac-invalid', applies: isType('macvlan'), apply: (c) => (c['mac'] = '02:00:00:00:00:zz'), expect: 'reject' },
  { id: 'cni-version-1.1.0', applies: () => true, apply: (c) => (c['cniVersion'] = '1.1.0'), expect: 'reject' },
  { id: 'cni-version-1.0', applies: () => true, apply: (c) => (c['cniVersion'] = '1.0'), expect: 'reject' },
  {
    id: 'cni-version-missing',
    // 0.1.0 results carry one address per family, and at least one (an L2-only config fails "cannot convert").
    applies: (c) => typeof ipamOf(c)?.['type'] === 'string' && v4Statics(c).length <= 1 &&
      !hostLocalTwoV4(c),
    apply: (c) => delete c['cniVersion'],
    expect: 'accept',
    deliberate: 'cni-version.missing',
  },
  { id: 'name-with-space', applies: () => true, apply: (c) => (c['name'] = 'gen net'), expect: 'reject' },
  { id: 'type-not-shipped', applies: () => true, apply: (c) => (c['type'] = 'host-device'), expect: 'reject' },
  { id: 'ipam-whereabouts', applies: () => true, apply: (c) => (c['ipam'] = { type: 'whereabouts', range: '198.51.100.0/24' }), expect: 'reject' },
  { id: 'unknown-key', applies: () => true, apply: (c) => (c['is_gateway'] = true), expect: 'accept' },
  { id: 'key-case', applies: (c) => 'mode' in c || 'master' in c, apply: (c) => renameKey(c, 'mode' in c ? 'mode' : 'master'), expect: 'accept' },
  { id: 'master-missing', applies: isType('macvlan', 'ipvlan'), apply: (c) => (c['master'] = 'ens99'), expect: 'reject' },
  { id: 'subnet-host-bits', applies: hostLocalSubnet, apply: (c) => mutateSubnet(c, (cidr) => cidr.replace(/\.(\d+)\//, (_, d: string) => `.${Number(d) + 1}/`)), expect: 'reject' },
  { id: 'subnet-prefix-33', applies: hostLocalSubnet, apply: (c) => mutateSubnet(c, (cidr) => cidr.replace(/\/\d+$/, '/33')), expect: 'reject' },
  { id: 'subnet-prefix-31', applies: hostLocalSubnet, apply: (c) => (c['ipam'] = { type: 'host-local', subnet: '198.51.100.4/31' }), expect: 'reject' },
  { id: 'range-start-outside', applies: hostLocalSubnet, apply: (c) => Object.assign(ipamOf(c) ?? {}, { rangeStart: FOREIGN_V4, rangeEnd: undefined }), expect: 'reject' },
  {
    id: 'range-start-after-end',
    applies: (c) => hostLocalSubnet(c) && typeof ipamOf(c)?.['rangeStart'] === 'string',
    apply: (c) => {
      const ipam = ipamOf(c) ?? {}
      Object.assign(ipam, { rangeStart: ipam['rangeEnd'], rangeEnd: ipam['rangeStart'] })
    },
    expect: 'reject',
  },
  {
    id: 'gateway-outside-subnet',
    applies: (c) => hostLocalSubnet(c) && !routesUseGateway(ipamOf(c)) && !c['isDefaultGateway'],
    apply: (c) => Object.assign(ipamOf(c) ?? {}, { gateway: FOREIGN_V4 }),
    expect: 'accept',
    deliberate: 'host-local.gateway-outside-subnet',
  },
  { id: 'no-ranges', applies: hasIpam('host-local'), apply: (c) => (c['ipam'] = { type: 'host-local' }), expect: 'reject' },
  { id: 'route-dst-default-word', applies: (c) => hasIpam('host-local')(c) || hasIpam('static')(c), apply: (c) => addRoute(c, { dst: 'default' }), expect: 'reject' },
  { id: 'route-gw-unreachable', applies: (c) => hasIpam('host-local')(c) || (hasIpam('static')(c) && firstV4Static(c) !== undefined),
    apply: (c) => addRoute(c, { dst: '10.252.0.0/24', gw: FOREIGN_V4 }), expect: 'reject', afterLink: true },
  {
    id: 'cluster-subnet',
    applies: hasIpam('host-local'),
    apply: (c) => (c['ipam'] = { type: 'host-local', subnet: '10.42.77.0/24' }),
    expect: 'accept',
    deliberate: 'subnet.overlaps-cluster-network',
  },
  { id: 'static-no-prefix', applies: (c) => firstV4Static(c) !== undefined, apply: (c) => stripPrefix(firstV4Static(c)), expect: 'reject' },
  {
    id: 'static-gateway-outside',
    applies: (c) => firstV4Static(c) !== undefined && !routesUseGateway(ipamOf(c)) && !c['isDefaultGateway'],
    apply: (c) => Object.assign(firstV4Static(c) ?? {}, { gateway: FOREIGN_V4 }),
    expect: 'accept',
    deliberate: 'static.gateway-outside-subnet',
  },
  { id: 'static-no-addresses', applies: hasIpam('static'), apply: (c) => Object.assign(ipamOf(c) ?? {}, { addresses: [] }), expect: 'reject', afterLink: true },
  {
    id: 'static-two-replicas',
    applies: (c) => hasIpam('static')(c) && c['mode'] !== 'passthru',
    apply: () => undefined,
    expect: 'accept',
    deliberate: 'static.address-shared-by-replicas',
    replicas: 2,
  },
  { id: 'passthru-two-pods', applies: isType('macvlan'), apply: (c) => (c['mode'] = 'passthru'), expect: 'reject', replicas: 2 },
  {
    id: 'pool-too-small',
    applies: (c) => hasIpam('host-local')(c) && c['type'] !== 'ipvlan',
    apply: (c) => (c['ipam'] = { type: 'host-local', subnet: '198.51.100.0/30' }),
    expect: 'reject',
    replicas: 2,
  },
]

function hostLocalTwoV4(config: Json): boolean {
  const ipam = ipamOf(config)
  const sets = Array.isArray(ipam?.['ranges']) ? ipam['ranges'] : []
  const v4Sets = sets.filter((set) => Array.isArray(set) && set.some((range) => isObject(range) && String(range['subnet']).includes('.')))
  return v4Sets.length + (typeof ipam?.['subnet'] === 'string' ? 1 : 0) > 1
}

function mutateSubnet(config: Json, change: (cidr: string) => string): void {
  const ipam = ipamOf(config)
  if (ipam) ipam['subnet'] = change(String(ipam['subnet']))
}

function addRoute(config: Json, route: Json): void {
  const ipam = ipamOf(config)
  if (ipam) ipam['routes'] = [...(Array.isArray(ipam['routes']) ? ipam['routes'] : []), route]
}

function stripPrefix(address: Json | undefined): void {
  if (address) address['address'] = String(address['address']).split('/')[0]
}

function renameKey(config: Json, key: string): void {
  const value = config[key]
  delete config[key]
  config[key.toUpperCase()] = value
}
