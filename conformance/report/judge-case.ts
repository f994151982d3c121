import type { ConformanceCase } from '../cases/conformance-case'
import { CORE_THREW, type CoreOutcome } from '../core/core-verdict'
import { installHint, missingToolInMessage } from '../lab/host-tools'
import type { ObservedVerdict, PluginOutcome } from '../oracle/run-case-on-plugins'

/** `environment`: the plugin could not run a host program; no verdict was compared and the run fails. */
export type Outcome = 'agree' | 'disagree' | 'undecidable' | 'environment'

/** The comparison of one case. */
export interface Judgement {
  outcome: Outcome
  /** The plugin verdict compared: the observed one, or the MicroShift 4.17 one for version-specific cases. */
  plugin: ObservedVerdict
  /** Why the case disagrees (empty when it agrees). */
  problems: string[]
  /** Where the real plugin did not do what the case's reference expectation says: the corpus or the oracle is wrong. */
  surprise?: string
}

/**
 * Compares the core with the plugins. Plain cases agree when "the plugin rejects" equals "the core reports an
 * error". Deliberate cases (the plugin accepts, the config breaks at run time) agree when the plugin accepts and the
 * core reports the case's code. Version-specific cases compare the core with the MicroShift 4.17 verdict. A plugin that
 * failed because a host program is missing says nothing about the config: that is an environment failure.
 */
export function judgeCase(testCase: ConformanceCase, plugin: PluginOutcome, core: CoreOutcome | undefined): Judgement {
  const missingTool = missingToolInMessage(plugin.message)
  if (missingTool) {
    return {
      outcome: 'environment', plugin: 'undecidable',
      problems: [`the plugin could not run \`${missingTool.command}\`, which this machine lacks: ${installHint([missingTool])}`],
    }
  }
  const surprise = surpriseOf(testCase, plugin)
  const compared = comparedVerdict(testCase, plugin)
  if (compared === 'undecidable') return { outcome: 'undecidable', plugin: compared, problems: [], ...(surprise && { surprise }) }
  const problems: string[] = []
  const crash = core?.errors.find((finding) => finding.code === CORE_THREW)
  if (!core) {
    problems.push('the core API is not available')
  } else if (crash) {
    problems.push(`the core threw (validation must never throw): ${crash.message.split('\n').slice(0, 3).join(' ')}`)
  } else if (testCase.deliberate) {
    const code = testCase.deliberate.coreCode
    if (compared !== 'accept') problems.push(`expected a deliberate difference, but the plugin rejects: ${plugin.message}`)
    if (!core.errors.some((finding) => finding.code === code)) {
      problems.push(`the core should report error ${code}; it reported ${describeErrors(core)}`)
    }
  } else if ((compared === 'reject') !== (core.verdict === 'error')) {
    problems.push(compared === 'reject'
      ? `the plugin rejects (${plugin.message || 'see steps'}) but the core reports no error`
      : `the plugin accepts but the core reports ${describeErrors(core)}`)
  }
  return { outcome: problems.length > 0 ? 'disagree' : 'agree', plugin: compared, problems, ...(surprise && { surprise }) }
}

function comparedVerdict(testCase: ConformanceCase, plugin: PluginOutcome): ObservedVerdict {
  if (testCase.undecidableReason) return 'undecidable'
  if (testCase.versionSpecific) return testCase.versionSpecific.microshift
  return plugin.verdict
}

/** The reference expectation for this machine versus what the plugin did here. */
function surpriseOf(testCase: ConformanceCase, plugin: PluginOutcome): string | undefined {
  const expected = testCase.versionSpecific ? testCase.versionSpecific.debian : testCase.expect
  if (expected !== plugin.verdict) return `reference expects ${expected} here, the plugin said ${plugin.verdict}: ${plugin.message}`
  if (plugin.verdict === 'reject' && testCase.message && !plugin.message.includes(testCase.message)) {
    return `reference expects a message with "${testCase.message}", the plugin said: ${plugin.message}`
  }
  return undefined
}

function describeErrors(core: CoreOutcome): string {
  if (core.errors.length === 0) return 'no error'
  return core.errors.map((finding) => `${finding.code} (${finding.message})`).join('; ')
}
