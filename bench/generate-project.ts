import {
  MICROSHIFT_417_PLATFORM,
  type Attachment,
  type HostNic,
  type Ipam,
  type Network,
  type PluginConfig,
  type Project,
  type Workload,
  type WorkloadKind,
} from '../src/core/project/model'

/** Size and seed of a generated project. */
export interface GenerateOptions {
  networks: number
  workloads: number
  seed?: number
  namespaces?: number
  /** Attachments per workload; 1–3 at random when left out. */
  attachments?: number
}

/** A small seeded PRNG (mulberry32): the same seed always gives the same project. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

function chance(random: Random, p: number): boolean {
  return random() < p
}

const HOST_NICS: HostNic[] = [
  { name: 'enp1s0', mtu: 1500, primary: true },
  ...['enp2s0', 'enp3s0', 'enp4s0', 'enp5s0'].map((name) => ({ name, mtu: 9000, primary: false })),
  ...['enp6s0', 'enp7s0', 'enp8s0'].map((name) => ({ name, mtu: 1500, primary: false })),
]
const MACVLAN_MASTERS = ['enp2s0', 'enp3s0', 'enp4s0', 'enp5s0']
const IPVLAN_MASTERS = ['enp6s0', 'enp7s0', 'enp8s0']

/** A mostly-valid IPAM with the odd overlap, tiny pool or shared address, as real projects have. */
function ipamFor(random: Random, i: number, type: PluginConfig['type']): { ipam?: Ipam; caps?: boolean } {
  const roll = random()
  if (roll < 0.55) {
    // Unique /24 per NAD, with ~3 % reusing an earlier subnet (R-SUBNET-OVERLAP) and some dual-stack range sets.
    const n = chance(random, 0.03) ? Math.floor(random() * Math.max(i, 1)) : i
    const subnet = `10.${100 + Math.floor(n / 256)}.${n % 256}.0/24`
    if (chance(random, 0.15)) {
      return { ipam: { type: 'host-local', ranges: [[{ subnet }], [{ subnet: `fd00:${n.toString(16)}::/64` }]], routes: [{ dst: '192.168.0.0/16' }] } }
    }
    const narrow = chance(random, 0.1)
    return {
      ipam: {
        type: 'host-local',
        subnet,
        ...(narrow ? { rangeStart: subnet.replace('.0/24', '.10'), rangeEnd: subnet.replace('.0/24', '.40') } : {}),
        ...(chance(random, 0.2) ? { routes: [{ dst: '0.0.0.0/0' }] } : {}),
      },
      caps: chance(random, 0.3),
    }
  }
  if (roll < 0.8) {
    const fixed = chance(random, 0.5)
    const address = `172.${16 + Math.floor(i / 250) % 16}.${i % 250}.${5 + Math.floor(random() * 200)}/24`
    return { ipam: fixed ? { type: 'static', addresses: [{ address, gateway: address.replace(/\.\d+\/24$/, '.1') }] } : { type: 'static' }, caps: !fixed || chance(random, 0.3) }
  }
  if (roll < 0.9 && type !== 'ipvlan') return { ipam: { type: 'dhcp' } }
  return type === 'ipvlan' ? { ipam: { type: 'host-local', subnet: `10.200.${i % 256}.0/24` } } : {}
}

function generateNetwork(random: Random, i: number, namespace: string): Network {
  const roll = random()
  const type: PluginConfig['type'] = roll < 0.45 ? 'macvlan' : roll < 0.65 ? 'ipvlan' : 'bridge'
  const { ipam, caps } = ipamFor(random, i, type)
  const name = `net-${i}`
  const common = {
    cniVersion: pick(random, ['0.3.1', '0.4.0', '1.0.0']),
    ...(chance(random, 0.7) ? { name } : {}),
    ...(ipam ? { ipam } : {}),
    ...(caps ? { capabilities: { ips: true, ...(chance(random, 0.3) ? { mac: true } : {}) } } : {}),
  }
  let config: PluginConfig
  if (type === 'macvlan') {
    config = { type, ...common, master: pick(random, MACVLAN_MASTERS), mode: chance(random, 0.02) ? 'passthru' : 'bridge', ...(chance(random, 0.1) ? { mtu: 1500 } : {}) }
  } else if (type === 'ipvlan') {
    config = { type, ...common, master: pick(random, IPVLAN_MASTERS), mode: pick(random, ['l2', 'l3']) }
  } else {
    const bridge = `br-${Math.floor(random() * Math.max(4, i / 3))}`
    config = { type, ...common, bridge, isGateway: chance(random, 0.4), ...(chance(random, 0.2) ? { vlan: 1 + Math.floor(random() * 200) } : {}), ...(chance(random, 0.1) ? { mtu: 9000 } : {}) }
  }
  return { id: `nad-${i}`, name, namespace, config }
}

function generateWorkload(random: Random, i: number, namespace: string, local: readonly Network[], all: readonly Network[], attachmentCount?: number): Workload {
  const roll = random()
  const kind: WorkloadKind = roll < 0.5 ? 'Deployment' : roll < 0.85 ? 'Pod' : roll < 0.9 ? 'StatefulSet' : 'DaemonSet'
  const count = attachmentCount ?? 1 + Math.floor(random() * 3)
  const attachments: Attachment[] = []
  for (let a = 0; a < count; a++) {
    const crossNamespace = chance(random, 0.04) || local.length === 0
    const target = crossNamespace ? pick(random, all) : pick(random, local)
    const attachment: Attachment = { network: chance(random, 0.01) ? `missing-${i}` : target.name }
    if (crossNamespace) attachment.namespace = target.namespace
    if (chance(random, 0.2)) attachment.interface = `data${a}`
    const ipam = target.config?.type === 'foreign' ? undefined : target.config?.ipam
    if (kind === 'Pod' && ipam?.type === 'static' && chance(random, 0.6)) attachment.ips = [`192.168.${i % 250}.${10 + a}/24`]
    if (kind === 'Pod' && chance(random, 0.05)) attachment.mac = ['02', '00', '00', i >> 8, i & 0xff, a].map((b) => (typeof b === 'number' ? b.toString(16).padStart(2, '0') : b)).join(':')
    if (a === 0 && chance(random, 0.03) && ipam?.type === 'host-local' && ipam.subnet) attachment.defaultRoute = [ipam.subnet.replace('.0/24', '.1')]
    attachments.push(attachment)
  }
  const replicas = kind === 'Deployment' || kind === 'StatefulSet' ? 1 + Math.floor(random() * 4) : undefined
  return { id: `wl-${i}`, kind, name: `app-${i}`, namespace, attachments, ...(replicas ? { replicas } : {}) }
}

/** A realistic project: mixed plugins and IPAM, shared masters and bridges, attachments mostly within a namespace. */
export function generateProject({ networks, workloads, seed = 1, namespaces = Math.max(1, Math.ceil(networks / 20)), attachments }: GenerateOptions): Project {
  const random = seededRandom(seed)
  const names = Array.from({ length: namespaces }, (_, n) => `team-${n}`)
  const nads = Array.from({ length: networks }, (_, i) => generateNetwork(random, i, names[i % namespaces]!))
  const byNamespace = new Map<string, Network[]>()
  for (const nad of nads) byNamespace.set(nad.namespace, [...(byNamespace.get(nad.namespace) ?? []), nad])
  const pods = Array.from({ length: workloads }, (_, i) => {
    const namespace = names[i % namespaces]!
    return generateWorkload(random, i, namespace, byNamespace.get(namespace) ?? [], nads, attachments)
  })
  return { networks: nads, workloads: pods, hostNics: HOST_NICS, platform: { ...MICROSHIFT_417_PLATFORM }, passThrough: [] }
}
