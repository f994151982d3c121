import type { ConfigIssue } from './config-issue'

// Parse findings that validateNetworkConfig reports again from the model (foreign types, keys kept in `extra`).
const MODEL_DERIVED_CODES: ReadonlySet<string> = new Set([
  'plugin.not-shipped-on-microshift',
  'ipam.not-shipped-on-microshift',
  'ipam.type-missing',
  'config.type-missing',
  'conflist.plugins-empty',
  'config.runtime-key',
])

const KEPT_KEY_CODES: ReadonlySet<string> = new Set(['config.unknown-key', 'config.unknown-key-near-miss'])

/**
 * True when validateNetworkConfig reports the same finding from the parsed model, so a caller that shows both
 * import findings and project issues can drop this one (unknown keys count only when kept in `extra`).
 */
export function isModelDerivedIssue(issue: ConfigIssue): boolean {
  if (MODEL_DERIVED_CODES.has(issue.code)) return true
  return KEPT_KEY_CODES.has(issue.code) && issue.params.kept === 'yes'
}
