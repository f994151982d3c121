import { validateNetworkConfig, type NetworkContext } from '../cni/validate-network-config'
import type { Project } from '../project/model'
import { crossObjectIssue } from './cross-object-issue'
import type { Issue } from './issue'
import { buildProjectIndex, type ProjectIndex } from './project-index'
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

/** The cross-object and workload rules of reference section 4, each over the shared index. */
const PROJECT_RULES: Record<string, (index: ProjectIndex) => Issue[]> = {
  duplicates: validateDuplicates,
  'host NICs': validateHostNics,
  'network references': validateNetworkReferences,
  'interface names': validateInterfaceNames,
  'default routes': validateDefaultRoutes,
  capabilities: validateCapabilities,
  'requested ips': validateRequestedIps,
  'static addresses': validateStaticAddresses,
  'static without addresses': validateStaticWithoutAddresses,
  masters: validateMasters,
  'shared bridges': validateSharedBridges,
  'host-local stores': validateHostLocalStores,
  'pool capacity': validatePoolCapacity,
  'fixed MACs': validateFixedMacs,
  'project notes': validateProjectNotes,
}

// A rule bug must not take the whole result down: the UI validates on every keystroke.
function guarded(rule: string, run: () => Issue[], issues: Issue[]): void {
  try {
    for (const issue of run()) issues.push(issue)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    issues.push(crossObjectIssue('project.rule-failed', { kind: 'project' }, '', { rule, reason }))
  }
}

/** Every finding for a project: each network's own rules plus the cross-object and workload rules. Never throws. */
export function validateProject(project: Project): Issue[] {
  const issues: Issue[] = []
  // Range sets live only for this run, so an IPAM object edited in place between runs is resolved afresh.
  const context: NetworkContext = { hostNics: project.hostNics, platform: project.platform, rangeSets: new WeakMap() }
  for (const network of project.networks) {
    guarded(`network ${network.namespace}/${network.name}`, () => validateNetworkConfig(network, context), issues)
  }
  let index: ProjectIndex | undefined
  guarded('project index', () => {
    index = buildProjectIndex(project, context.rangeSets)
    return []
  }, issues)
  if (!index) return issues
  const built = index
  for (const [name, rule] of Object.entries(PROJECT_RULES)) guarded(name, () => rule(built), issues)
  return issues
}
