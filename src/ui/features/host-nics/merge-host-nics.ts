import type { HostNic } from '../../../core'

/**
 * The node's NICs with those read from the device merged in: a NIC of the same name takes what was read (MTU,
 * addresses, primary flag), new ones are added after, the rest stay. When the reading names a primary NIC, no
 * other stays primary: a node has one default route.
 */
export function mergeHostNics(current: readonly HostNic[], read: readonly HostNic[]): HostNic[] {
  const readByName = new Map(read.map((nic) => [nic.name, nic]))
  const readPrimary = read.some((nic) => nic.primary)
  const kept = current.map((nic) => readByName.get(nic.name) ?? (readPrimary && nic.primary ? { ...nic, primary: false } : nic))
  const known = new Set(current.map((nic) => nic.name))
  return [...kept, ...read.filter((nic) => !known.has(nic.name))]
}
