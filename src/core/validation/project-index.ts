import type { Attachment, HostLocalIpam, Network, PluginConfig, Project, Workload } from '../project/model'
import { PLUGIN_DEFAULTS } from '../cni/plugin-defaults'
import { hostLocalRawSets, hostLocalRangeSets, type ResolvedRangeSet } from '../cni/ipam/host-local/host-local-range-sets'
import { namespaceOfAttachment } from '../project/interface-names'

/** What an omitted macvlan/ipvlan `master` resolves to when the project knows no primary NIC (as rule params name it). */
export const DEFAULT_ROUTE_NIC = '(default-route NIC)'

/** One entry of a workload's networks annotation, resolved to the network it names (if the project has it). */
export interface AttachmentUse {
  workload: WorkloadFacts
  index: number
  attachment: Attachment
  /** The namespace the reference resolves in: the attachment's own, else the workload's. */
  namespace: string
  network?: NetworkFacts
}

/** A network with the derived values the cross-object rules share. */
export interface NetworkFacts {
  network: Network
  /** `namespace/name`. */
  key: string
  config?: Exclude<PluginConfig, { type: 'foreign' }>
  /** The CNI `name` Multus passes: config.name, else metadata.name (without the namespace). */
  cniName: string
  /** macvlan/ipvlan master on the node: as written, else the primary NIC, else DEFAULT_ROUTE_NIC. Undefined with linkInContainer. */
  master?: string
  /** bridge name (default cni0) for bridge networks. */
  bridge?: string
  /** host-local lease store `<dataDir>/<CNI name>`. */
  store?: string
  /** host-local range sets with defaults applied; undefined when not host-local or when the plugin would reject one. */
  rangeSets?: ResolvedRangeSet[]
  uses: AttachmentUse[]
  /** Pods on one node that attach to this network, counting each attachment (replicas × attachments). */
  pods: number
}

/** A workload with its pod count (per node) and its resolved attachments. */
export interface WorkloadFacts {
  workload: Workload
  /** Pods on one node: replicas for Deployment/StatefulSet (MicroShift is one node), 1 for Pod and DaemonSet. */
  pods: number
  uses: AttachmentUse[]
}

/** Lookups built once per validation run so every rule stays near-linear. */
export interface ProjectIndex {
  project: Project
  networks: NetworkFacts[]
  /** First network per `namespace/name`. */
  byKey: Map<string, NetworkFacts>
  /** Networks per metadata.name, for "exists in another namespace" hints. */
  byName: Map<string, NetworkFacts[]>
  workloads: WorkloadFacts[]
}

// Pods of a workload that run on one node at once.
function podsPerNode(workload: Workload): number {
  if (workload.kind !== 'Deployment' && workload.kind !== 'StatefulSet') return 1
  const replicas = workload.replicas ?? 1
  return Number.isInteger(replicas) && replicas > 0 ? replicas : 0
}

function factsOf(network: Network, primaryNic: string | undefined, resolved: RangeSetsOf | undefined): NetworkFacts {
  const raw = network.config
  const config = raw && raw.type !== 'foreign' ? raw : undefined
  const facts: NetworkFacts = {
    network,
    key: `${network.namespace}/${network.name}`,
    config,
    cniName: config?.name ?? network.name,
    uses: [],
    pods: 0,
  }
  if ((config?.type === 'macvlan' || config?.type === 'ipvlan') && config.linkInContainer !== true) {
    // macvlan and ipvlan read an empty master as omitted.
    facts.master = config.master || (primaryNic ?? DEFAULT_ROUTE_NIC)
  }
  if (config?.type === 'bridge') facts.bridge = config.bridge ?? PLUGIN_DEFAULTS.bridge.bridge
  if (config?.ipam?.type === 'host-local') {
    // host-local keeps a network's leases in `<dataDir>/<CNI name>`.
    facts.store = `${config.ipam.dataDir ?? PLUGIN_DEFAULTS['host-local'].dataDir}/${facts.cniName}`
    const sets = resolved?.get(config.ipam) ?? hostLocalRangeSets(config.ipam)
    if (sets.length > 0 && sets.length === hostLocalRawSets(config.ipam).length) facts.rangeSets = sets
  }
  return facts
}

/** Range sets already resolved in this run (by the per-network rules), keyed by the IPAM object. */
type RangeSetsOf = WeakMap<HostLocalIpam, ResolvedRangeSet[]>

/** Builds the lookups of a project: networks by key and name, attachments resolved, pod counts summed. */
export function buildProjectIndex(project: Project, resolved?: RangeSetsOf): ProjectIndex {
  const primaryNic = project.hostNics.find((nic) => nic.primary)?.name
  const networks = project.networks.map((network) => factsOf(network, primaryNic, resolved))
  const byKey = new Map<string, NetworkFacts>()
  const byName = new Map<string, NetworkFacts[]>()
  for (const facts of networks) {
    if (!byKey.has(facts.key)) byKey.set(facts.key, facts)
    const named = byName.get(facts.network.name)
    if (named) named.push(facts)
    else byName.set(facts.network.name, [facts])
  }
  const workloads = project.workloads.map((workload) => {
    const facts: WorkloadFacts = { workload, pods: podsPerNode(workload), uses: [] }
    workload.attachments.forEach((attachment, index) => {
      const namespace = namespaceOfAttachment(attachment, workload)
      const network = byKey.get(`${namespace}/${attachment.network}`)
      facts.uses.push({ workload: facts, index, attachment, namespace, network })
      if (network) {
        network.uses.push(facts.uses[index]!)
        network.pods += facts.pods
      }
    })
    return facts
  })
  return { project, networks, byKey, byName, workloads }
}

/**
 * The index of `next` from `previous`'s when only the configs of the networks at `changed` differ and no attachment
 * uses them (a fresh draft, a network nobody attaches yet): their facts are derived again and everything else is
 * shared, as a full build would find it. Undefined when that does not hold.
 */
export function reindexUnusedNetworks(previous: ProjectIndex, next: Project, changed: readonly number[], resolved?: RangeSetsOf): ProjectIndex | undefined {
  const before = previous.project
  if (before.workloads !== next.workloads || before.hostNics !== next.hostNics || before.networks.length !== next.networks.length) return undefined
  const replaced = new Map<NetworkFacts, NetworkFacts>()
  const networks = previous.networks.slice()
  const primaryNic = next.hostNics.find((nic) => nic.primary)?.name
  for (const i of changed) {
    const old = previous.networks[i]
    const network = next.networks[i]
    if (!old || !network || old.uses.length > 0 || old.network.name !== network.name || old.network.namespace !== network.namespace) return undefined
    networks[i] = factsOf(network, primaryNic, resolved)
    replaced.set(old, networks[i]!)
  }
  const swap = (facts: NetworkFacts) => replaced.get(facts) ?? facts
  const byKey = new Map([...previous.byKey].map(([key, facts]) => [key, swap(facts)]))
  const byName = new Map([...previous.byName].map(([name, named]) => [name, named.some((f) => replaced.has(f)) ? named.map(swap) : named]))
  return { project: next, networks, byKey, byName, workloads: previous.workloads }
}
