import type { BridgeConfig, HostLocalIpam, Ipam, IpvlanConfig, MacvlanConfig, Network, Route, StaticIpam } from '../../src/core/project/model'
import { LAB_NICS } from '../lab/lab-nics'
import type { SeededRandom } from './seeded-random'
import { SubnetPlan, type PlannedSubnet } from './subnet-plan'

/** A generated project: its networks (all attached once by one workload) and the workload's replica count. */
export interface RandomProject {
  networks: Network[]
  replicas: number
}

const VERSIONS = ['0.3.1', '0.4.0', '1.0.0'] as const

/**
 * A random project that is valid by the reference: every field in its allowed range, distinct subnets, bridge names
 * and interface names, no master shared by macvlan and ipvlan, passthru alone on its master, at most one default
 * route, no fixed addresses in a workload of several pods, no VLANs (this kernel cannot test them).
 */
export function randomProject(random: SeededRandom, id: number): RandomProject {
  const plan = new SubnetPlan(random)
  const state: ProjectState = { masterKinds: new Map(), defaultRouteTaken: false, fixedAddresses: false, passthru: false }
  const count = random.pick([1, 1, 1, 2, 2, 3])
  const networks = Array.from({ length: count }, (_, index) => randomNetwork(random, plan, state, `gen${id}-${index}`))
  const replicas = state.fixedAddresses || state.passthru ? 1 : random.pick([1, 1, 2])
  return { networks, replicas }
}

interface ProjectState {
  masterKinds: Map<string, string>
  defaultRouteTaken: boolean
  fixedAddresses: boolean
  passthru: boolean
}

function randomNetwork(random: SeededRandom, plan: SubnetPlan, state: ProjectState, name: string): Network {
  const kind = random.pick(['bridge', 'bridge', 'macvlan', 'macvlan', 'macvlan', 'ipvlan'] as const)
  const common = {
    cniVersion: random.pick(VERSIONS),
    ...(random.chance(0.7) && { name }),
  }
  const config = kind === 'bridge' ? randomBridge(random, plan, state, name, common)
    : kind === 'macvlan' ? randomMacvlan(random, plan, state, common) : randomIpvlan(random, plan, state, common)
  return { id: name, name, namespace: 'default', config }
}

function randomBridge(random: SeededRandom, plan: SubnetPlan, state: ProjectState, name: string, common: object): BridgeConfig {
  const takesDefault = !state.defaultRouteTaken && random.chance(0.2)
  if (takesDefault) state.defaultRouteTaken = true
  const ipam = randomIpam(random, plan, state, random.chance(0.85))
  const hairpin = random.chance(0.2)
  return {
    type: 'bridge',
    ...common,
    bridge: `br-${name.replace(/[^a-z0-9]/g, '')}`.slice(0, 15),
    ...(ipam && random.chance(0.4) && { isGateway: true }),
    ...(ipam && takesDefault && { isDefaultGateway: true }),
    ...(ipam && random.chance(0.2) && { ipMasq: true }),
    ...optional('mtu', random.maybe(0.3, [1280, 1400, 1500, 9000])),
    ...(hairpin && { hairpinMode: true }),
    ...(!hairpin && random.chance(0.15) && { promiscMode: true }),
    ...(random.chance(0.15) && { vlan: 0 }),
    ...(random.chance(0.15) && { macspoofchk: true }),
    ...(random.chance(0.1) && { enabledad: true }),
    ...(random.chance(0.1) && { preserveDefaultVlan: random.chance(0.5) }),
    ...(ipam && { ipam }),
  }
}

function randomMacvlan(random: SeededRandom, plan: SubnetPlan, state: ProjectState, common: object): MacvlanConfig {
  const free = LAB_NICS.filter((nic) => !state.masterKinds.has(nic.name))
  const passthru = !state.passthru && free.length > 0 && random.chance(0.15)
  const nic = passthru ? random.pick(free) : random.pick(LAB_NICS.filter((n) => [undefined, 'macvlan'].includes(state.masterKinds.get(n.name))))
  state.masterKinds.set(nic.name, passthru ? 'passthru' : 'macvlan')
  if (passthru) state.passthru = true
  const ipam = randomIpam(random, plan, state, random.chance(0.85))
  return {
    type: 'macvlan',
    ...common,
    master: nic.name,
    ...optional('mode', passthru ? 'passthru' : random.maybe(0.7, ['bridge', 'private', 'vepa'])),
    ...optional('mtu', random.maybe(0.3, [1280, 1400, nic.mtu])),
    ...(ipam && { ipam }),
  }
}

function randomIpvlan(random: SeededRandom, plan: SubnetPlan, state: ProjectState, common: object): IpvlanConfig {
  const nic = random.pick(LAB_NICS.filter((n) => [undefined, 'ipvlan'].includes(state.masterKinds.get(n.name))))
  state.masterKinds.set(nic.name, 'ipvlan')
  return {
    type: 'ipvlan',
    ...common,
    master: nic.name,
    ...optional('mode', random.maybe(0.7, ['l2', 'l3', 'l3s'])),
    ipam: randomIpam(random, plan, state, true) ?? { type: 'host-local', subnet: plan.v4().cidr },
  }
}

function randomIpam(random: SeededRandom, plan: SubnetPlan, state: ProjectState, wanted: boolean): Ipam | undefined {
  if (!wanted) return undefined
  return random.chance(0.7) ? randomHostLocal(random, plan, state) : randomStatic(random, plan, state)
}

function randomHostLocal(random: SeededRandom, plan: SubnetPlan, state: ProjectState): HostLocalIpam {
  const v4 = plan.v4()
  const range = { subnet: v4.cidr, ...(random.chance(0.4) && rangeWithin(random, v4)), ...(random.chance(0.2) && { gateway: v4.host(v4.size) }) }
  const routes = randomRoutes(random, plan, state)
  if (random.chance(0.5)) return { type: 'host-local', ...range, ...(routes.length > 0 && { routes }) }
  const sets = [[range], ...(random.chance(0.3) ? [[{ subnet: plan.v6().cidr }]] : [])]
  return { type: 'host-local', ranges: sets, ...(routes.length > 0 && { routes }) }
}

function rangeWithin(random: SeededRandom, subnet: PlannedSubnet): { rangeStart: string; rangeEnd: string } {
  const start = random.int(2, Math.floor(subnet.size / 2))
  return { rangeStart: subnet.host(start), rangeEnd: subnet.host(random.int(start + 2, subnet.size - 1)) }
}

function randomStatic(random: SeededRandom, plan: SubnetPlan, state: ProjectState): StaticIpam {
  state.fixedAddresses = true
  const v4 = plan.v4()
  const prefix = v4.cidr.split('/')[1]
  const addresses = [{ address: `${v4.host(random.int(2, v4.size - 1))}/${prefix}`, ...(random.chance(0.6) && { gateway: v4.host(1) }) }]
  if (random.chance(0.25)) {
    const v6 = plan.v6()
    addresses.push({ address: `${v6.host(random.int(2, 500))}/64` })
  }
  const routes = addresses[0]?.gateway ? randomRoutes(random, plan, state) : []
  return { type: 'static', addresses, ...(routes.length > 0 && { routes }) }
}

/** Routes via the interface's gateway (gw left out) or explicitly; at most one default route per project. */
function randomRoutes(random: SeededRandom, plan: SubnetPlan, state: ProjectState): Route[] {
  const routes: Route[] = []
  if (random.chance(0.3)) routes.push({ dst: plan.routeDestination() })
  if (!state.defaultRouteTaken && random.chance(0.1)) {
    state.defaultRouteTaken = true
    routes.push({ dst: '0.0.0.0/0' })
  }
  return routes
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}
