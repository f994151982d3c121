/**
 * The designed document: networks (NADs), example workloads, known host NICs and the platform.
 * Field names keep the CNI and Multus JSON keys so the mapping to YAML is one-to-one and greppable.
 * Exceptions, because the JSON key is not an identifier: `defaultRoute` (Multus `default-route`).
 */

/** Keys we do not model, kept as found so nothing a user wrote is lost on import. */
export type ExtraKeys = Record<string, unknown>

/** A route as host-local and static take it (`dst` is a CIDR, `gw` optional). */
export interface Route {
  dst: string
  gw?: string
}

/** DNS settings as CNI results carry them. */
export interface Dns {
  nameservers?: string[]
  domain?: string
  search?: string[]
  options?: string[]
}

/** One host-local range inside a range set. */
export interface HostLocalRange {
  subnet: string
  rangeStart?: string
  rangeEnd?: string
  gateway?: string
}

/** host-local IPAM: the legacy single `subnet` form, `ranges` range sets, or both (then both are used). */
export interface HostLocalIpam {
  type: 'host-local'
  subnet?: string
  rangeStart?: string
  rangeEnd?: string
  gateway?: string
  ranges?: HostLocalRange[][]
  routes?: Route[]
  dataDir?: string
  resolvConf?: string
  extra?: ExtraKeys
}

/** One fixed address of static IPAM (`address` in CIDR notation). */
export interface StaticAddress {
  address: string
  gateway?: string
}

/** static IPAM: no state, every pod of the NAD gets the same addresses unless runtime `ips` replace them. */
export interface StaticIpam {
  type: 'static'
  addresses?: StaticAddress[]
  routes?: Route[]
  dns?: Dns
  extra?: ExtraKeys
}

/** A DHCP option the dhcp IPAM requests. */
export interface DhcpRequestOption {
  option: string
  skipDefault?: boolean
}

/** A DHCP option the dhcp IPAM provides. */
export interface DhcpProvideOption {
  option: string
  value?: string
  fromArg?: string
}

/** dhcp IPAM: leases come from a DHCP server through the node's dhcp daemon. */
export interface DhcpIpam {
  type: 'dhcp'
  daemonSocketPath?: string
  request?: DhcpRequestOption[]
  provide?: DhcpProvideOption[]
  extra?: ExtraKeys
}

/** An IPAM type MicroShift does not ship (whereabouts, kube-node, ...), kept verbatim. */
export interface ForeignIpam {
  type: 'foreign'
  raw: Record<string, unknown>
}

export type Ipam = HostLocalIpam | StaticIpam | DhcpIpam | ForeignIpam

/** Capabilities a NAD declares so Multus passes the pod annotation's `ips` / `mac` through. */
export interface Capabilities {
  ips?: boolean
  mac?: boolean
  extra?: ExtraKeys
}

/** Keys every plugin config shares. */
export interface PluginCommon {
  cniVersion?: string
  /** The CNI `name`. Left undefined, it is emitted equal to the NAD's metadata.name. */
  name?: string
  ipam?: Ipam
  dns?: Dns
  capabilities?: Capabilities
  extra?: ExtraKeys
}

/** A bridge `vlanTrunk` item: a single `id`, or a `minID`..`maxID` span. */
export interface VlanTrunkEntry {
  id?: number
  minID?: number
  maxID?: number
}

export interface BridgeConfig extends PluginCommon {
  type: 'bridge'
  bridge?: string
  isGateway?: boolean
  isDefaultGateway?: boolean
  forceAddress?: boolean
  ipMasq?: boolean
  mtu?: number
  hairpinMode?: boolean
  promiscMode?: boolean
  vlan?: number
  vlanTrunk?: VlanTrunkEntry[]
  preserveDefaultVlan?: boolean
  macspoofchk?: boolean
  enabledad?: boolean
  disableContainerInterface?: boolean
}

export interface IpvlanConfig extends PluginCommon {
  type: 'ipvlan'
  master?: string
  /** `l2`, `l3` or `l3s`; kept as written so a wrong value can be shown and flagged. */
  mode?: string
  mtu?: number
  linkInContainer?: boolean
}

export interface MacvlanConfig extends PluginCommon {
  type: 'macvlan'
  master?: string
  /** `bridge`, `private`, `vepa` or `passthru`; kept as written so a wrong value can be flagged. */
  mode?: string
  mtu?: number
  mac?: string
  linkInContainer?: boolean
}

/** A main plugin MicroShift does not ship (host-device, sriov, bond, ...), kept verbatim. */
export interface ForeignPluginConfig {
  type: 'foreign'
  raw: Record<string, unknown>
}

export type PluginConfig = BridgeConfig | IpvlanConfig | MacvlanConfig | ForeignPluginConfig
export type PluginType = Exclude<PluginConfig['type'], 'foreign'>

/** A conflist: the main plugin is `plugins[0]`, the rest are kept verbatim as `chain`. */
export interface Conflist {
  chain: Record<string, unknown>[]
  /** Conflist-level keys besides cniVersion, name and plugins (e.g. `disableCheck`). */
  extra?: ExtraKeys
}

/** A NetworkAttachmentDefinition. */
export interface Network {
  /** Stable id inside the project; never emitted. */
  id: string
  /** metadata.name */
  name: string
  /** metadata.namespace; `default` when the manifest has none. */
  namespace: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  /** The parsed spec.config; undefined when the NAD has no spec.config (Multus then reads a file on the node). */
  config?: PluginConfig
  /** Set when spec.config was a conflist. */
  conflist?: Conflist
  /** spec.config exactly as written, kept only when it is not valid JSON (so nothing is lost). */
  configText?: string
}

export type WorkloadKind = 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet'

/** One entry of `k8s.v1.cni.cncf.io/networks`. */
export interface Attachment {
  /** NAD name. */
  network: string
  /** NAD namespace; undefined means the workload's namespace. */
  namespace?: string
  /** Requested interface name; undefined gets `net<position>`. */
  interface?: string
  ips?: string[]
  mac?: string
  /** Multus `default-route`: gateways for which this attachment takes the pod's default route. */
  defaultRoute?: string[]
  /** Selection keys we do not model (cni-args, portMappings, bandwidth, a misspelt key, ...), kept verbatim. */
  extra?: ExtraKeys
}

/** An example workload whose pods attach to networks. */
export interface Workload {
  id: string
  kind: WorkloadKind
  name: string
  namespace: string
  /** Deployment/StatefulSet replicas (1 when absent); a DaemonSet runs one pod per node. */
  replicas?: number
  attachments: Attachment[]
  /** Emit the annotation in JSON form even when the short comma form could express it. */
  preferJsonAnnotation?: boolean
  /** The manifest as imported (everything but the networks annotation is re-emitted from it). */
  manifest?: Record<string, unknown>
}

/** A NIC known to exist on the node. */
export interface HostNic {
  name: string
  mtu: number
  /** Carries the node's default route (the primary network). */
  primary: boolean
  /** Its addresses in CIDR notation, as `ip -j addr` lists them. */
  addresses?: string[]
}

/**
 * An imported object the designer does not model (ConfigMap, Service, Namespace, a pod without networks, ...),
 * kept so the bundle applies it unchanged. kind, name and namespace are read from it for listing only.
 */
export interface PassThroughObject {
  kind: string
  name: string
  /** metadata.namespace as written; undefined when the object has none. */
  namespace?: string
  /** The YAML document as imported, ending in a newline (an item of a List: the item alone, re-serialised). */
  text: string
  /** Where the import read it (file name, or none for pasted text, and the line its document starts on); for listing. */
  origin?: PassThroughOrigin
}

/** The file (absent for pasted text) and 1-based line an imported object came from. */
export interface PassThroughOrigin {
  source?: string
  line: number
}

/** The cluster the networks are designed for. */
export interface Platform {
  /** Target version; the rules follow MicroShift 4.17 (CNI plugins v1.5.1, spec up to 1.0.0). */
  target: 'microshift-4.17'
  clusterNetwork: string[]
  serviceNetwork: string[]
}

/** The whole designed document. */
export interface Project {
  networks: Network[]
  workloads: Workload[]
  hostNics: HostNic[]
  platform: Platform
  /** Imported objects passed through to the bundle unchanged. */
  passThrough: PassThroughObject[]
}

/** MicroShift 4.17 defaults (packaging/microshift/config.yaml). */
export const MICROSHIFT_417_PLATFORM: Platform = {
  target: 'microshift-4.17',
  clusterNetwork: ['10.42.0.0/16'],
  serviceNetwork: ['10.43.0.0/16'],
}

/** An empty project for MicroShift 4.17. */
export function emptyProject(): Project {
  return { networks: [], workloads: [], hostNics: [], platform: { ...MICROSHIFT_417_PLATFORM }, passThrough: [] }
}
