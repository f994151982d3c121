import type { Conflist, Network, PluginConfig, Project } from '../../src/core/project/model'
import type { Issue, IssueParams, Severity } from '../../src/core/validation/issue'

/** The result of the core's parseCniConfig, as far as the suite needs it. */
export interface ParsedConfig {
  config?: PluginConfig
  conflist?: Conflist
  issues: { code: string; severity: Severity; field: string; params: IssueParams }[]
}

/** The core functions the suite calls (agreed signatures; see helper brief). */
export interface CoreApi {
  parseCniConfig(text: string): ParsedConfig
  validateProject(project: Project): Issue[]
  toCniConfig(network: Network): Record<string, unknown>
  formatIssue(issue: Pick<Issue, 'code' | 'params'>): string
}

const REQUIRED = ['parseCniConfig', 'validateProject', 'toCniConfig', 'formatIssue'] as const

/** Picks the core API out of the bundled core module; lists what is missing while the core is still being written. */
export function loadCoreApi(module: Record<string, unknown> | undefined): { api?: CoreApi; missing: string[] } {
  const missing = REQUIRED.filter((name) => typeof module?.[name] !== 'function')
  if (missing.length > 0 || !module) return { missing: [...missing] }
  return { api: module as unknown as CoreApi, missing: [] }
}
