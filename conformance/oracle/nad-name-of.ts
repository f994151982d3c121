import type { ConformanceCase } from '../cases/conformance-case'

/** metadata.name of a case's network: as given, else the config's `name` when it is a DNS-1123 label, else derived from the case id. */
export function nadNameOf(testCase: ConformanceCase, network: number): string {
  const entry = testCase.networks[network]
  if (entry?.nad) return entry.nad
  const config = entry?.config
  let name: unknown
  if (typeof config === 'string') {
    try {
      name = (JSON.parse(config) as Record<string, unknown>)['name']
    } catch {
      name = undefined
    }
  } else {
    name = config?.['name']
  }
  if (typeof name === 'string' && /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) return name
  const base = testCase.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 55) || 'nad'
  return network === 0 ? base : `${base}-${network}`
}
