/** One conformance case: NAD configs, the pods that attach them, and what the reference says the node does. */

/** A CNI config as a JSON object, or as raw text when the bytes matter (invalid JSON, duplicate or odd-cased keys). */
export type CaseConfig = Record<string, unknown> | string

/** The config's text as a NAD's spec.config would carry it. */
export function caseConfigText(config: CaseConfig): string {
  return typeof config === 'string' ? config : JSON.stringify(config)
}

/** A NetworkAttachmentDefinition of the case. */
export interface CaseNetwork {
  /** metadata.name; defaults to the config's `name`, or the case id when the config has none. */
  nad?: string
  config: CaseConfig
}

/** One attachment of a pod, as the Multus annotation would request it. */
export interface CaseAttachment {
  /** Index into the case's networks. */
  network: number
  interface?: string
  ips?: string[]
  mac?: string
}

/** A workload of the case; `replicas` pods are started one after another. */
export interface CasePod {
  replicas?: number
  attachments: CaseAttachment[]
}

export type PluginVerdict = 'accept' | 'reject'

/** Where Debian's 1.1.1 answers differently from MicroShift 4.17 (≈ v1.5.1); the 4.17 verdict is the one compared. */
export interface VersionSpecific {
  debian: PluginVerdict | 'undecidable'
  microshift: PluginVerdict
  note: string
}

export interface ConformanceCase {
  id: string
  description: string
  /** Plugin or rule family (section 5 of cni-reference.md, or a section 4 rule id). */
  family: string
  /** Where the expectation comes from, e.g. `5.1#12` or `toolchain 4.4 b06`. */
  ref?: string
  networks: CaseNetwork[]
  /** Default: one pod attaching every network in order. */
  pods?: CasePod[]
  /** The plugin verdict the reference predicts on this machine; `undecidable` when this kernel or set-up cannot tell. */
  expect: PluginVerdict | 'undecidable'
  /** A substring of the plugin's message the reference predicts (checked when the plugin rejects). */
  message?: string
  versionSpecific?: VersionSpecific
  /** The plugin accepts but the config breaks at run time: the core must report an error with this code. */
  deliberate?: { coreCode: string }
  /** The host namespace has no default route (master left out ⇒ `no default route interface found`). */
  noDefaultRoute?: boolean
  /** Needs the dhcp daemon and a DHCP server on the primary master's segment. */
  dhcp?: boolean
  /** Why the plugins cannot decide here; the runner still runs them but counts the case apart. */
  undecidableReason?: string
  /** Set on generated cases. */
  generated?: 'valid' | 'mutation'
}

/** The case's workloads; by default one pod attaching every network in order. */
export function casePods(testCase: ConformanceCase): CasePod[] {
  return testCase.pods ?? [{ attachments: testCase.networks.map((_, network) => ({ network })) }]
}
