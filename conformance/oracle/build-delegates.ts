import { caseConfigText, type CaseConfig } from '../cases/conformance-case'

/** What the runtime hands one plugin binary: its type and the exact bytes on stdin. */
export interface Delegate {
  type: string
  /** The config text; for a conflist member, `prevResult` is added when the chain runs. */
  text: string
  /** Parsed form, for the runner's own look-ups (ipam type, capabilities). */
  object: Record<string, unknown>
}

/** Runtime values Multus takes from the pod annotation and passes as capability args. */
export interface RuntimeArgs {
  ips?: string[]
  mac?: string
}

export type DelegatesResult = { ok: true; delegates: Delegate[] } | { ok: false; message: string }

/**
 * Turns a NAD's spec.config into what the plugins receive, the way Multus and libcni do it: the NAD name is injected
 * when `name` is missing (Multus), a conflist becomes one config per plugin with the list's name and cniVersion
 * (libcni buildOneConfig), and annotation `ips`/`mac` become `runtimeConfig` only for capabilities the config declares.
 * Configs that need none of this are passed byte for byte, so duplicate and odd-cased keys reach the plugin as written.
 */
export function buildDelegates(config: CaseConfig, nadName: string, runtime: RuntimeArgs): DelegatesResult {
  const text = caseConfigText(config)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: `error parsing configuration: ${(error as Error).message}` }
  }
  if (!isObject(parsed)) return { ok: false, message: 'error parsing configuration: not a JSON object' }
  if (parsed['plugins'] !== undefined) return conflistDelegates(parsed, nadName, runtime)
  const type = goLookup(parsed, 'type')
  if (typeof type !== 'string' || type === '') return { ok: false, message: "error parsing configuration: missing 'type'" }
  const injected: Record<string, unknown> = { ...parsed }
  let changed = false
  if (parsed['name'] === undefined) {
    injected['name'] = nadName
    changed = true
  }
  const runtimeConfig = runtimeConfigFor(parsed, runtime)
  if (runtimeConfig) {
    injected['runtimeConfig'] = runtimeConfig
    changed = true
  }
  return { ok: true, delegates: [{ type, text: changed ? JSON.stringify(injected) : text, object: injected }] }
}

function conflistDelegates(list: Record<string, unknown>, nadName: string, runtime: RuntimeArgs): DelegatesResult {
  const plugins = list['plugins']
  if (!Array.isArray(plugins) || plugins.length === 0) {
    return { ok: false, message: 'error parsing configuration list: no plugins in list' }
  }
  const name = typeof list['name'] === 'string' ? list['name'] : nadName
  const delegates: Delegate[] = []
  for (const plugin of plugins) {
    if (!isObject(plugin)) return { ok: false, message: 'error parsing configuration list: plugin is not an object' }
    const type = goLookup(plugin, 'type')
    if (typeof type !== 'string' || type === '') {
      return { ok: false, message: "error parsing configuration list: missing 'type'" }
    }
    const object: Record<string, unknown> = { ...plugin, name, cniVersion: list['cniVersion'] }
    const runtimeConfig = runtimeConfigFor(plugin, runtime)
    if (runtimeConfig) object['runtimeConfig'] = runtimeConfig
    delegates.push({ type, text: JSON.stringify(object), object })
  }
  return { ok: true, delegates }
}

/** libcni injectRuntimeConfig: only capabilities the plugin declares as true get their runtime value. */
function runtimeConfigFor(plugin: Record<string, unknown>, runtime: RuntimeArgs): Record<string, unknown> | undefined {
  const capabilities = plugin['capabilities']
  if (!isObject(capabilities)) return undefined
  const out: Record<string, unknown> = {}
  if (runtime.ips && capabilities['ips'] === true) out['ips'] = runtime.ips
  if (runtime.mac && capabilities['mac'] === true) out['mac'] = runtime.mac
  return Object.keys(out).length > 0 ? out : undefined
}

/** Go's encoding/json field match: the exact key first, else any key equal ignoring case. */
export function goLookup(object: Record<string, unknown>, key: string): unknown {
  if (key in object) return object[key]
  const found = Object.keys(object).find((candidate) => candidate.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : object[found]
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
