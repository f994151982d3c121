import type { Node } from 'jsonc-parser'
import type { Ipam, PluginConfig } from '../project/model'
import { nodeSpan, nodeValue } from './node-value'
import { configIssue } from './config-issue'
import { RUNTIME_KEYS } from './common-fields'
import { decodeObject, typeError, type DecodeContext } from './decode-fields'
import { ipamTable, isIpamType, isPluginType, pluginTable } from './plugin-fields'

/** The `type` value of an object: Go matches the key case-insensitively and the last one wins. */
export function findType(node: Node): { value?: unknown; node?: Node } {
  let found: { value?: unknown; node?: Node } = {}
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? []
    if (!keyNode || !valueNode || valueNode.type === 'null') continue
    if ((keyNode.value as string).toLowerCase() === 'type') found = { value: nodeValue(valueNode), node: valueNode }
  }
  return found
}

function withExtra<T extends object>(value: T, extra: Record<string, unknown>): T {
  return Object.keys(extra).length > 0 ? { ...value, extra } : value
}

/** Decodes a main plugin object (single config or plugins[0]) into the model. */
export function decodePlugin(node: Node, path: string, ctx: DecodeContext): PluginConfig {
  const type = findType(node)
  const raw = nodeValue(node) as Record<string, unknown>
  if (type.node && typeof type.value !== 'string') {
    typeError(type.node, { type: { kind: 'string' } }, { path: `${path}.type`, goField: 'NetConf.type' }, ctx)
    return { type: 'foreign', raw }
  }
  if (typeof type.value !== 'string' || type.value === '') {
    ctx.issues.push(configIssue('config.type-missing', `${path}.type`, {}, nodeSpan(type.node ?? node)))
    return { type: 'foreign', raw }
  }
  if (!isPluginType(type.value)) {
    ctx.issues.push(configIssue('plugin.not-shipped-on-microshift', `${path}.type`, { type: type.value }, type.node ? nodeSpan(type.node) : undefined))
    return { type: 'foreign', raw }
  }
  const decoded = decodeObject(node, pluginTable(type.value), { path, goField: 'NetConf' }, ctx, {
    keepExtra: true,
    runtimeKeys: RUNTIME_KEYS,
  })
  const config = { ...decoded.values, type: type.value } as PluginConfig
  const ipamNode = decoded.nodes.ipam
  if (ipamNode) {
    const ipam = decodeIpam(ipamNode, `${path}.ipam`, ctx)
    if (ipam) (config as { ipam?: Ipam }).ipam = ipam
  }
  return withExtra(config, decoded.extra)
}

/** Decodes the `ipam` object; `{}` (no IPAM, L2 only) gives undefined. */
export function decodeIpam(node: Node, path: string, ctx: DecodeContext): Ipam | undefined {
  if (node.type !== 'object') return typeError(node, { type: { kind: 'node' }, goType: 'types.IPAM' }, { path, goField: 'NetConf.ipam' }, ctx)
  const raw = nodeValue(node) as Record<string, unknown>
  const type = findType(node)
  if (type.node && typeof type.value !== 'string') {
    typeError(type.node, { type: { kind: 'string' } }, { path: `${path}.type`, goField: 'IPAM.ipam.type' }, ctx)
    return { type: 'foreign', raw }
  }
  if (typeof type.value !== 'string' || type.value === '') {
    if (Object.keys(raw).length === 0) return undefined
    ctx.issues.push(configIssue('ipam.type-missing', `${path}.type`, {}, nodeSpan(node)))
    return { type: 'foreign', raw }
  }
  if (!isIpamType(type.value)) {
    ctx.issues.push(configIssue('ipam.not-shipped-on-microshift', `${path}.type`, { type: type.value }, type.node ? nodeSpan(type.node) : undefined))
    return { type: 'foreign', raw }
  }
  const decoded = decodeObject(node, ipamTable(type.value), { path, goField: 'IPAMConfig' }, ctx, { keepExtra: true, runtimeKeys: RUNTIME_KEYS })
  return withExtra({ ...decoded.values, type: type.value } as Ipam, decoded.extra)
}
