import { formatIp, offsetIp, parseIp } from '../net/ip-address'
import { toCidr } from '../net/parse-cidr'
import { interfaceNameAt, namespaceOfAttachment } from '../project/interface-names'
import type { Attachment, Network, Project, Workload } from '../project/model'
import { exampleAddresses, type AddressSource } from './example-addresses'

/** One interface an example pod of the workload will have. */
export interface PodInterface {
  /** Name inside the pod: eth0, then net1..netN or the requested name. */
  interface: string
  /** `ovn-kubernetes` for eth0, else `<namespace>/<nad-name>` as Multus writes it. */
  networkName: string
  /** The attachment this interface comes from; undefined for eth0. */
  attachment?: Attachment
  /** The NAD found in the project, if any. */
  network?: Network
  ips: string[]
  addressSource: AddressSource
  mac: string
  /** Where the MAC comes from: the annotation, the NAD, generated per pod, or the master NIC (ipvlan). */
  macSource: 'requested' | 'config' | 'generated' | 'master'
}

function clusterPodAddress(project: Project): string {
  const cidr = toCidr(project.platform.clusterNetwork[0] ?? '10.42.0.0/16')
  return cidr ? formatIp(offsetIp(cidr.network, 17n)) : '10.42.0.17'
}

// OVN-Kubernetes derives the pod MAC from its IPv4 address: 0a:58 followed by the four address bytes.
function ovnMac(address: string): string {
  const ip = parseIp(address)
  const bytes = ip && ip.family === 4 ? [24n, 16n, 8n, 0n].map((shift) => Number((ip.value >> shift) & 0xffn)) : [10, 42, 0, 17]
  return ['0a', '58', ...bytes.map((byte) => byte.toString(16).padStart(2, '0'))].join(':')
}

function exampleMac(seed: string): string {
  let hash = 2166136261
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
  const bytes = [0x2a, hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff, (hash >>> 24) & 0xff, (hash >>> 4) & 0xff]
  return bytes.map((byte) => byte.toString(16).padStart(2, '0')).join(':')
}

// The NAD an attachment points at (its namespace, or the workload's).
function findAttachedNetwork(project: Project, workload: Workload, attachment: Attachment): Network | undefined {
  const namespace = namespaceOfAttachment(attachment, workload)
  return project.networks.find((network) => network.name === attachment.network && network.namespace === namespace)
}

/** The interfaces one pod of the workload gets: eth0 from OVN-Kubernetes, then one per attachment. */
export function buildPodInterfaces(workload: Workload, project: Project): PodInterface[] {
  const podAddress = clusterPodAddress(project)
  const result: PodInterface[] = [
    { interface: 'eth0', networkName: 'ovn-kubernetes', ips: [podAddress], addressSource: 'unknown', mac: ovnMac(podAddress), macSource: 'generated' },
  ]
  const leases = new Map<Network, number>()
  workload.attachments.forEach((attachment, index) => {
    const network = findAttachedNetwork(project, workload, attachment)
    const earlier = network ? (leases.get(network) ?? 0) : 0
    if (network) leases.set(network, earlier + 1)
    const addresses = exampleAddresses(network, attachment.ips, earlier)
    const config = network?.config
    const name = interfaceNameAt(attachment, index)
    const entry: PodInterface = {
      interface: name,
      networkName: `${namespaceOfAttachment(attachment, workload)}/${attachment.network}`,
      attachment,
      ips: addresses.ips,
      addressSource: addresses.source,
      mac: exampleMac(`${workload.namespace}/${workload.name}/${name}`),
      macSource: 'generated',
    }
    if (network) entry.network = network
    if (config?.type === 'ipvlan') {
      entry.macSource = 'master'
    } else if (attachment.mac !== undefined) {
      entry.mac = attachment.mac.toLowerCase()
      entry.macSource = 'requested'
    } else if (config?.type === 'macvlan' && config.mac !== undefined) {
      entry.mac = config.mac.toLowerCase()
      entry.macSource = 'config'
    }
    result.push(entry)
  })
  return result
}
