import type { Ipam, Network, PluginConfig } from '../project/model'
import type { Issue } from '../validation/issue'
import { validateBridge } from './bridge/validate-bridge'
import type { CniIssueCode } from './cni-issues'
import { validateDhcp } from './ipam/dhcp/validate-dhcp'
import { validateHostLocal } from './ipam/host-local/validate-host-local'
import { validateStatic } from './ipam/static/validate-static'
import { validateForeignPlugin } from './foreign/validate-foreign-plugin'
import { validateIpvlan } from './ipvlan/validate-ipvlan'
import { validateMacvlan } from './macvlan/validate-macvlan'
import { parseCniConfig } from './parse-cni-config'
import { ipamTable, pluginTable } from './plugin-fields'
import { createRuleContext, type NetworkContext, type RuleContext } from './rule-context'
import { validateCniVersion } from './validate-cni-version'
import { validateCommonKeys, validateExtraKeys } from './validate-common-keys'
import { validateConflist } from './validate-conflist'
import { validateNames } from './validate-names'
import { validatePlatformOverlap } from './validate-platform-overlap'

export type { NetworkContext } from './rule-context'

type NativeConfig = Exclude<PluginConfig, { type: 'foreign' }>

/** Per-plugin rules; the mapped type makes a new plugin type a compile error until its rules are listed. */
const PLUGIN_RULES: { [T in NativeConfig['type']]: (config: Extract<NativeConfig, { type: T }>, ctx: RuleContext) => void } = {
  bridge: validateBridge,
  ipvlan: validateIpvlan,
  macvlan: validateMacvlan,
}

// The model keys that carry a value (what the parser decoded), for near-miss suggestions.
function setKeys(object: object): string[] {
  const record = object as Record<string, unknown>
  const keys: string[] = []
  for (const key of Object.keys(record)) if (key !== 'extra' && record[key] !== undefined) keys.push(key)
  return keys
}

function validatePlugin<C extends NativeConfig>(config: C, ctx: RuleContext): void {
  const rule = PLUGIN_RULES[config.type] as (config: C, ctx: RuleContext) => void
  rule(config, ctx)
}

function validateIpam(ipam: Ipam | undefined, config: NativeConfig, ctx: RuleContext): void {
  const ips = config.capabilities?.ips === true
  if (!ipam) {
    if (config.type !== 'ipvlan') ctx.report('ipam.none-l2-only', 'config.ipam')
    return
  }
  if (ipam.type === 'foreign') {
    reportForeignType(ipam.raw.type, 'config.ipam.type', 'ipam.not-shipped-on-microshift', 'ipam.type-missing', ctx)
    return
  }
  validateExtraKeys(ipam.extra, Object.keys(ipamTable(ipam.type)), 'config.ipam', ctx, setKeys(ipam))
  if (ipam.type === 'host-local') validateHostLocal(ipam, config.cniVersion, ctx)
  else if (ipam.type === 'static') validateStatic(ipam, config.cniVersion, ips, ctx)
  else validateDhcp(ipam, ips, ctx)
}

function reportForeignType(type: unknown, field: string, notShipped: CniIssueCode, missing: CniIssueCode, ctx: RuleContext): void {
  if (typeof type === 'string' && type !== '') ctx.report(notShipped, field, { type })
  else if (type === undefined || type === null || type === '') ctx.report(missing, field)
  else ctx.report('config.wrong-json-type', field, { key: 'type', expected: 'string', got: Array.isArray(type) ? 'array' : typeof type === 'boolean' ? 'bool' : typeof type, goField: 'type', goType: 'string' })
}

function reportUnparsedText(text: string, ctx: RuleContext): void {
  for (const issue of parseCniConfig(text).issues) ctx.report(issue.code as CniIssueCode, issue.field, issue.params)
}

/** Every per-network rule of the reference for one NAD on MicroShift 4.17; never throws. */
export function validateNetworkConfig(network: Network, context: NetworkContext): Issue[] {
  const { ctx, issues } = createRuleContext(network, context)
  const { config, conflist } = network
  validateNames(config && config.type !== 'foreign' ? config.name : undefined, ctx)
  if (conflist) validateConflist(conflist, ctx)
  if (!config) {
    if (network.configText !== undefined) reportUnparsedText(network.configText, ctx)
    else if (conflist) ctx.report('conflist.plugins-empty', 'conflist.plugins')
    else ctx.report('config.missing', 'config', { name: network.name })
    return issues
  }
  if (config.type === 'foreign') {
    reportForeignType(config.raw.type, 'config.type', 'plugin.not-shipped-on-microshift', 'config.type-missing', ctx)
    if (typeof config.raw.type === 'string') validateForeignPlugin(config.raw.type, config.raw, 'config', ctx)
    return issues
  }
  validateCniVersion(config.cniVersion, 'config.cniVersion', ctx)
  validateExtraKeys(config.extra, Object.keys(pluginTable(config.type)), 'config', ctx, setKeys(config))
  validateCommonKeys(config, ctx)
  validatePlugin(config, ctx)
  validateIpam(config.ipam, config, ctx)
  validatePlatformOverlap(config.ipam, ctx)
  return issues
}
