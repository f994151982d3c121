import type { Issue } from './issue'
import type { ProjectIndex } from './project-index'
import { validateCapabilities } from './validate-capabilities'
import { validateDefaultRoutes } from './validate-default-routes'
import { validateDuplicates } from './validate-duplicates'
import { validateFixedMacs } from './validate-fixed-macs'
import { validateHostLocalStores } from './validate-host-local-stores'
import { validateHostNics } from './validate-host-nics'
import { validateInterfaceNames } from './validate-interface-names'
import { validateMasters } from './validate-masters'
import { validateNetworkReferences } from './validate-network-references'
import { validatePoolCapacity } from './validate-pool-capacity'
import { validateProjectNotes } from './validate-project-notes'
import { validateRequestedIps } from './validate-requested-ips'
import { validateSharedBridges } from './validate-shared-bridges'
import { validateStaticAddresses } from './validate-static-addresses'
import { validateStaticWithoutAddresses } from './validate-static-without-addresses'

/** A plugin-config key a cross-object rule (or the index it reads) depends on. */
export type CrossObjectKey =
  | 'type' | 'name' | 'master' | 'mode' | 'linkInContainer' | 'mac' | 'bridge' | 'isGateway' | 'isDefaultGateway'
  | 'forceAddress' | 'mtu' | 'promiscMode' | 'vlan' | 'vlanTrunk' | 'ipam' | 'capabilities'

/**
 * A cross-object or workload rule of reference section 4, with the plugin-config keys it reads. Revalidation reruns
 * a rule only when one of those keys, a network's identity or the workloads, host NICs or platform changed, so the
 * list must name every key the rule (and what it calls) reads; the revalidation property test holds it to that.
 */
export interface ProjectRule {
  name: string
  run: (index: ProjectIndex) => Issue[]
  reads: readonly CrossObjectKey[]
}

/** The keys `buildProjectIndex` reads to derive each network's facts (master, bridge, store, range sets). */
export const INDEX_READS: readonly CrossObjectKey[] = ['type', 'name', 'master', 'linkInContainer', 'bridge', 'ipam']

/** In the order their findings are listed. */
export const PROJECT_RULES: readonly ProjectRule[] = [
  { name: 'duplicates', run: validateDuplicates, reads: [] },
  { name: 'host NICs', run: validateHostNics, reads: [] },
  { name: 'network references', run: validateNetworkReferences, reads: [] },
  { name: 'interface names', run: validateInterfaceNames, reads: [] },
  { name: 'default routes', run: validateDefaultRoutes, reads: ['type', 'isDefaultGateway', 'ipam', 'capabilities'] },
  { name: 'capabilities', run: validateCapabilities, reads: ['type', 'ipam', 'capabilities'] },
  { name: 'requested ips', run: validateRequestedIps, reads: ['type', 'name', 'ipam'] },
  { name: 'static addresses', run: validateStaticAddresses, reads: ['type', 'ipam', 'capabilities'] },
  { name: 'static without addresses', run: validateStaticWithoutAddresses, reads: ['type', 'ipam'] },
  { name: 'masters', run: validateMasters, reads: ['type', 'master', 'mode', 'linkInContainer'] },
  {
    name: 'shared bridges', run: validateSharedBridges,
    reads: ['type', 'bridge', 'isGateway', 'isDefaultGateway', 'forceAddress', 'mtu', 'promiscMode', 'vlan', 'vlanTrunk', 'ipam'],
  },
  { name: 'host-local stores', run: validateHostLocalStores, reads: ['type', 'name', 'ipam'] },
  { name: 'pool capacity', run: validatePoolCapacity, reads: ['type', 'name', 'ipam'] },
  { name: 'fixed MACs', run: validateFixedMacs, reads: ['type', 'master', 'linkInContainer', 'mac', 'bridge'] },
  { name: 'project notes', run: validateProjectNotes, reads: ['type', 'ipam'] },
]
