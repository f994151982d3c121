import { describe, expect, it } from 'vitest'
import type { ConformanceCase } from '../cases/conformance-case'
import type { CoreOutcome } from '../core/core-verdict'
import type { PluginOutcome } from '../oracle/run-case-on-plugins'
import { judgeCase } from './judge-case'

const aCase = (fields: Partial<ConformanceCase> = {}): ConformanceCase =>
  ({ id: 'c', description: '', family: 'f', networks: [], expect: 'accept', ...fields })
const plugin = (verdict: PluginOutcome['verdict'], message = ''): PluginOutcome => ({ verdict, message, steps: [], cleanup: [], ms: 1 })
const core = (...codes: string[]): CoreOutcome => ({
  verdict: codes.length > 0 ? 'error' : 'no-error',
  errors: codes.map((code) => ({ code, severity: 'error', field: '', message: code })),
  others: [],
})

describe('judgeCase', () => {
  it.each([
    ['plugin accepts, core reports no error', plugin('accept'), core(), 'agree'],
    ['plugin rejects, core reports an error', plugin('reject', 'bad'), core('x.y'), 'agree'],
    ['plugin rejects, core reports no error', plugin('reject', 'bad'), core(), 'disagree'],
    ['plugin accepts, core reports an error', plugin('accept'), core('x.y'), 'disagree'],
    ['the plugin cannot decide here', plugin('undecidable', 'no ipvlan'), core('x.y'), 'undecidable'],
  ] as const)('%s: %s', (_, observed, reported, outcome) => {
    const expect_ = observed.verdict === 'reject' ? 'reject' : observed.verdict
    expect(judgeCase(aCase({ expect: expect_ }), observed, reported).outcome).toBe(outcome)
  })

  it('agrees on a deliberate difference only when the plugin accepts and the core reports the expected code', () => {
    const deliberate = aCase({ deliberate: { coreCode: 'host-local.gateway-outside-subnet' } })
    expect(judgeCase(deliberate, plugin('accept'), core('host-local.gateway-outside-subnet')).outcome).toBe('agree')
    expect(judgeCase(deliberate, plugin('accept'), core('other.code')).outcome).toBe('disagree')
    expect(judgeCase(deliberate, plugin('reject', 'x'), core('host-local.gateway-outside-subnet')).outcome).toBe('disagree')
  })

  it('compares a version-specific case with the MicroShift 4.17 verdict and checks Debian against its own expectation', () => {
    const trunk = aCase({ versionSpecific: { debian: 'accept', microshift: 'reject', note: '' } })
    expect(judgeCase(trunk, plugin('accept'), core('bridge.vlan-trunk-id-out-of-range'))).toMatchObject({ outcome: 'agree', plugin: 'reject' })
    expect(judgeCase(trunk, plugin('reject', 'x'), core('bridge.x')).surprise).toContain('reference expects accept')
  })

  it('counts a case with a declared reason as undecidable whatever the plugin said', () => {
    expect(judgeCase(aCase({ expect: 'undecidable', undecidableReason: 'no server' }), plugin('reject', 'timeout'), core()).outcome).toBe('undecidable')
  })

  it('flags a reference message the plugin did not print', () => {
    expect(judgeCase(aCase({ expect: 'reject', message: 'invalid VLAN' }), plugin('reject', 'other'), core('a')).surprise).toContain('invalid VLAN')
  })

  it('turns a plugin that could not run a host program into an environment failure naming the package, not a verdict', () => {
    const message = 'failed to setup spoof-check: failed to execute nft nft -j -f /tmp/x: exec: "nft": executable file not found in $PATH'
    const judgement = judgeCase(aCase({ expect: 'accept' }), plugin('reject', message), core())
    expect(judgement).toMatchObject({ outcome: 'environment', plugin: 'undecidable' })
    expect(judgement.problems.join()).toContain('apt-get install -y nftables')
    expect(judgement.surprise).toBeUndefined()
  })

  it('treats a throwing core as a disagreement even when an error was expected', () => {
    expect(judgeCase(aCase({ expect: 'reject' }), plugin('reject', 'x'), core('core.threw')).outcome).toBe('disagree')
  })
})
