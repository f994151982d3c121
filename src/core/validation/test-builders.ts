import {
  MICROSHIFT_417_PLATFORM,
  type Attachment,
  type BridgeConfig,
  type DhcpIpam,
  type HostLocalIpam,
  type HostNic,
  type IpvlanConfig,
  type MacvlanConfig,
  type Network,
  type Project,
  type StaticIpam,
  type Workload,
  type WorkloadKind,
} from '../project/model'

// Builders for tests of the cross-object rules; not exported from the core's public surface.

/** Network metadata a builder accepts besides the plugin keys. */
export interface NetworkMeta {
  name?: string
  namespace?: string
  id?: string
}

let counter = 0
function nextName(prefix: string): string {
  counter += 1
  return `${prefix}-${counter}`
}

function aNetwork(config: Network['config'], meta: NetworkMeta, prefix: string): Network {
  const name = meta.name ?? nextName(prefix)
  const namespace = meta.namespace ?? 'default'
  return { id: meta.id ?? `${namespace}/${name}`, name, namespace, config }
}

/** A bridge NAD (cniVersion 0.4.0) with the given plugin keys. */
export function aBridgeNetwork(config: Partial<Omit<BridgeConfig, 'type'>> = {}, meta: NetworkMeta = {}): Network {
  return aNetwork({ cniVersion: '0.4.0', type: 'bridge', ...config }, meta, 'bridge')
}

/** A macvlan NAD with the given plugin keys. */
export function aMacvlanNetwork(config: Partial<Omit<MacvlanConfig, 'type'>> = {}, meta: NetworkMeta = {}): Network {
  return aNetwork({ cniVersion: '0.4.0', type: 'macvlan', ...config }, meta, 'macvlan')
}

/** An ipvlan NAD with the given plugin keys. */
export function anIpvlanNetwork(config: Partial<Omit<IpvlanConfig, 'type'>> = {}, meta: NetworkMeta = {}): Network {
  return aNetwork({ cniVersion: '0.4.0', type: 'ipvlan', ...config }, meta, 'ipvlan')
}

/** host-local IPAM over one subnet (legacy top-level form). */
export function hostLocal(subnet: string, extra: Partial<HostLocalIpam> = {}): HostLocalIpam {
  return { type: 'host-local', subnet, ...extra }
}

/** static IPAM with the given addresses (CIDR). */
export function staticIpam(...addresses: string[]): StaticIpam {
  return addresses.length > 0 ? { type: 'static', addresses: addresses.map((address) => ({ address })) } : { type: 'static' }
}

/** dhcp IPAM. */
export function dhcp(): DhcpIpam {
  return { type: 'dhcp' }
}

/** An annotation entry for a network (by name, in the workload's namespace unless given). */
export function attach(network: Network | string, extra: Partial<Attachment> = {}): Attachment {
  return { network: typeof network === 'string' ? network : network.name, ...extra }
}

/** A workload of the given kind in namespace `default`. */
export function aWorkload(kind: WorkloadKind, attachments: Attachment[], extra: Partial<Workload> = {}): Workload {
  const name = extra.name ?? nextName(kind.toLowerCase())
  const namespace = extra.namespace ?? 'default'
  return { id: `${kind}/${namespace}/${name}`, kind, name, namespace, attachments, ...extra }
}

/** A single Pod with these attachments. */
export function aPod(attachments: Attachment[], extra: Partial<Workload> = {}): Workload {
  return aWorkload('Pod', attachments, extra)
}

/** A Deployment with `replicas` pods and these attachments. */
export function aDeployment(replicas: number, attachments: Attachment[], extra: Partial<Workload> = {}): Workload {
  return aWorkload('Deployment', attachments, { replicas, ...extra })
}

/** A project for MicroShift 4.17 with the given networks and workloads. */
export function aProject(networks: Network[], workloads: Workload[] = [], hostNics: HostNic[] = []): Project {
  return { networks, workloads, hostNics, platform: { ...MICROSHIFT_417_PLATFORM }, passThrough: [] }
}
