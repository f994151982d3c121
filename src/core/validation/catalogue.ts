import { CNI_ISSUES } from '../cni/cni-issues'
import { BUNDLE_ISSUES } from '../manifest/bundle-issues'
import { DRIFT_ISSUES } from '../manifest/drift-issues'
import { MANIFEST_ISSUES } from '../manifest/manifest-issues'
import { IP_JSON_ISSUES } from '../project/ip-json-issues'
import { PROJECT_FILE_ISSUES } from '../project/project-file-issues'
import { TOPOLOGY_ISSUES } from '../topology/topology-issues'
import { CROSS_OBJECT_ISSUES } from './cross-object-issues'
import type { IssueCatalogue } from './issue'

/** Every issue code the core can report. Each area owns its part; the UI translates by these codes. */
export const ISSUE_CATALOGUE: IssueCatalogue = {
  ...CNI_ISSUES, ...MANIFEST_ISSUES, ...DRIFT_ISSUES, ...BUNDLE_ISSUES, ...CROSS_OBJECT_ISSUES, ...PROJECT_FILE_ISSUES, ...IP_JSON_ISSUES,
  ...TOPOLOGY_ISSUES,
}
