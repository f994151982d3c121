import type { ExtraKeys, PluginCommon } from '../project/model'
import { isIpAddress } from '../net/ip-address'
import { RUNTIME_KEYS } from './common-fields'
import { nearMissKey } from './near-miss-key'
import type { RuleContext } from './rule-context'

/**
 * Unknown keys kept in `extra`: the plugin ignores them (warning), runtime-only keys should not be in a NAD.
 * `present` are the known keys the object has (suggestions skip them); the list level passes none.
 */
export function validateExtraKeys(extra: ExtraKeys | undefined, knownKeys: readonly string[], base: string, ctx: RuleContext, present?: readonly string[]): void {
  for (const key of Object.keys(extra ?? {})) {
    const field = `${base}.${key}`
    if ((RUNTIME_KEYS as readonly string[]).includes(key) || key.startsWith('cni.dev/')) {
      ctx.report('config.runtime-key', field, { key })
      continue
    }
    const suggestion = nearMissKey(knownKeys, key, present)
    if (suggestion) ctx.report('config.unknown-key-near-miss', field, { key, suggestion, kept: 'yes' })
    else ctx.report('config.unknown-key', field, { key, kept: 'yes' })
  }
}

/** Top-level `dns` (returned only, never written to resolv.conf) and `capabilities` other than ips/mac. */
export function validateCommonKeys(config: PluginCommon, ctx: RuleContext): void {
  if (config.dns) {
    ctx.report('dns.not-written-to-pod', 'config.dns')
    ;(config.dns.nameservers ?? []).forEach((server, index) => {
      if (!isIpAddress(server)) ctx.report('dns.nameserver-not-ip', `config.dns.nameservers.${index}`, { value: server })
    })
  }
  for (const key of Object.keys(config.capabilities?.extra ?? {})) {
    ctx.report('capabilities.unknown', `config.capabilities.${key}`, { key })
  }
}
