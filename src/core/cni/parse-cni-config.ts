import type { Node, ParseError } from 'jsonc-parser'
import { parseTree, printParseErrorCode } from 'jsonc-parser'
import type { Conflist, PluginConfig } from '../project/model'
import { MICROSHIFT_PLUGIN_TYPES } from './common-fields'
import { jsonKind, nodeSpan, nodeValue } from './node-value'
import { parseJsonTree } from './parse-json-tree'
import { configIssue, type ConfigIssue } from './config-issue'
import { decodeObject, matchKey, type DecodeContext } from './decode-fields'
import { decodePlugin, findType } from './decode-plugin'
import { BOOL, STRING, STRING_LIST, type FieldTable } from './field-schema'

/** parseCniConfig's result: the main plugin, conflist wrapping when present, and findings with text positions. */
export interface ParsedCniConfig {
  config?: PluginConfig
  conflist?: Conflist
  issues: ConfigIssue[]
}

// libcni reads a conflist into a map, so these keys are matched exactly (unlike plugin keys).
const CONFLIST_FIELDS = {
  cniVersion: STRING,
  cniVersions: STRING_LIST,
  name: STRING,
  disableCheck: BOOL,
  disableGC: BOOL,
  plugins: { type: { kind: 'node' }, goType: '[]map[string]interface{}' },
} as const satisfies FieldTable

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

function hasKey(node: Node, key: string): boolean {
  return (node.children ?? []).some((p) => p.children?.[0]?.value === key && p.children?.[1]?.type !== 'null')
}

/**
 * Parses a CNI config or conflist text (spec.config) the way the plugins decode it: Go's case-insensitive keys,
 * strict JSON types, last duplicate wins. Unknown keys are kept in `extra`. Never throws.
 */
export function parseCniConfig(text: string): ParsedCniConfig {
  return parseCniConfigTree(text).parsed
}

/** parseCniConfig, plus the JSON parse tree when the text is valid JSON (for callers that locate fields in it). */
export function parseCniConfigTree(text: string): { parsed: ParsedCniConfig; root?: Node } {
  const errors: ParseError[] = []
  // Strict JSON (nearly every config) takes the fast tree; anything else gets jsonc-parser's errors.
  const root = parseJsonTree(text) ?? parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  if (first || !root) {
    const offset = first?.offset ?? 0
    const problem = first ? printParseErrorCode(first.error) : 'ValueExpected'
    const at = { offset, length: first?.length ?? 0 }
    return { parsed: { issues: [configIssue('config.invalid-json', 'config', { problem, offset, ...lineAndColumn(text, offset) }, at)] } }
  }
  if (root.type !== 'object') {
    return { parsed: { issues: [configIssue('config.not-an-object', 'config', { got: jsonKind(root) }, nodeSpan(root))] }, root }
  }
  const ctx: DecodeContext = { text, issues: [] }
  // Multus (LoadDelegateNetConf) reads a conflist only when the decoded `type` is empty; libcni then needs `plugins`.
  const type = findType(root).value
  const isConflist = hasKey(root, 'plugins') && (type === undefined || type === '')
  const parsed = isConflist ? parseConflist(root, ctx) : { config: decodePlugin(root, 'config', ctx) }
  return { parsed: { ...parsed, issues: ctx.issues.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)) }, root }
}

function parseConflist(root: Node, ctx: DecodeContext): Omit<ParsedCniConfig, 'issues'> {
  const decoded = decodeObject(root, CONFLIST_FIELDS, { path: 'conflist', goField: 'NetworkConfigList' }, ctx, {
    keepExtra: true,
    exactKeys: true,
  })
  const { cniVersion, name, plugins: _plugins, ...listKeys } = decoded.values
  const extra = { ...listKeys, ...decoded.extra }
  const conflist: Conflist = { chain: [], ...(Object.keys(extra).length > 0 ? { extra } : {}) }
  const pluginsNode = decoded.nodes.plugins
  if (!pluginsNode || pluginsNode.type !== 'array') {
    if (pluginsNode) {
      ctx.issues.push(
        configIssue('config.wrong-json-type', 'conflist.plugins', { key: 'plugins', expected: 'list', got: pluginsNode.type, goField: 'NetworkConfigList.plugins', goType: '[]map[string]interface{}' }, nodeSpan(pluginsNode)),
      )
    }
    return { conflist }
  }
  const [mainNode, ...chainNodes] = pluginsNode.children ?? []
  if (!mainNode) {
    ctx.issues.push(configIssue('conflist.plugins-empty', 'conflist.plugins', {}, nodeSpan(pluginsNode)))
    return { conflist }
  }
  let config: PluginConfig | undefined
  if (mainNode.type !== 'object') {
    ctx.issues.push(configIssue('conflist.plugin-not-an-object', 'config', { index: 0 }, nodeSpan(mainNode)))
  } else {
    config = decodePlugin(mainNode, 'config', ctx)
    if (config.type !== 'foreign') {
      reportOverriddenKeys(mainNode, ctx)
      config = withListKeys(config, cniVersion, name)
    }
  }
  chainNodes.forEach((node, index) => {
    const value = nodeValue(node)
    if (node.type !== 'object') {
      ctx.issues.push(configIssue('conflist.plugin-not-an-object', `conflist.chain.${index}`, { index: index + 1 }, nodeSpan(node)))
      return
    }
    conflist.chain.push(value as Record<string, unknown>)
    const type = (value as Record<string, unknown>).type
    if (typeof type === 'string' && !(MICROSHIFT_PLUGIN_TYPES as readonly string[]).includes(type)) {
      ctx.issues.push(configIssue('plugin.not-shipped-on-microshift', `conflist.chain.${index}.type`, { type }, nodeSpan(node)))
    }
  })
  return config ? { config, conflist } : { conflist }
}

function reportOverriddenKeys(node: Node, ctx: DecodeContext): void {
  for (const property of node.children ?? []) {
    const keyNode = property.children?.[0]
    const key = matchKey(['cniVersion', 'name'], String(keyNode?.value))
    if (keyNode && key && property.children?.[1]?.type !== 'null') {
      ctx.issues.push(configIssue('conflist.plugin-key-overridden', `config.${key}`, { key }, nodeSpan(keyNode)))
    }
  }
}

function withListKeys(config: PluginConfig, cniVersion: unknown, name: unknown): PluginConfig {
  if (config.type === 'foreign') return config
  // libcni injects the list's name and cniVersion into every plugin it calls.
  const { cniVersion: _v, name: _n, ...rest } = config
  return {
    ...rest,
    ...(typeof cniVersion === 'string' ? { cniVersion } : {}),
    ...(typeof name === 'string' ? { name } : {}),
  } as PluginConfig
}
