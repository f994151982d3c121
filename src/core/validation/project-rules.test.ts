import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { designedProject } from './designed-project-arbitrary'
import { buildProjectIndex, type NetworkFacts } from './project-index'
import { INDEX_READS, PROJECT_RULES, type CrossObjectKey } from './project-rules'

// The facts the index derives from plugin-config keys: a rule reading one depends on those keys.
const DERIVED: Partial<Record<keyof NetworkFacts, readonly CrossObjectKey[]>> = {
  master: ['type', 'master', 'linkInContainer'],
  bridge: ['type', 'bridge'],
  store: ['type', 'ipam', 'name'],
  rangeSets: ['type', 'ipam'],
  cniName: ['name'],
}

/** Makes every read of a plugin-config key (directly or through a derived fact) land in `read`. */
function recordReads(facts: NetworkFacts, read: Set<string>): void {
  for (const [field, keys] of Object.entries(DERIVED)) {
    const value = facts[field as keyof NetworkFacts]
    Object.defineProperty(facts, field, { get: () => (keys.forEach((key) => read.add(key)), value) })
  }
  const config = facts.config
  if (config) facts.config = new Proxy(config, { get: (target, key, receiver) => (read.add(String(key)), Reflect.get(target, key, receiver)) })
}

describe('PROJECT_RULES', () => {
  it('names every plugin-config key each rule reads (revalidation reuses a rule while those keys stay the same)', { timeout: 60_000 }, () => {
    const seen = PROJECT_RULES.map(() => new Set<string>())
    for (const project of fc.sample(designedProject, { numRuns: 400, seed: 11 })) {
      PROJECT_RULES.forEach((rule, i) => {
        const index = buildProjectIndex(project)
        for (const facts of index.networks) recordReads(facts, seen[i]!)
        rule.run(index)
      })
    }
    const undeclared = PROJECT_RULES.map((rule, i) => [rule.name, [...seen[i]!].filter((key) => !rule.reads.includes(key as CrossObjectKey))] as const)
    expect(undeclared.filter(([, keys]) => keys.length > 0)).toEqual([])
    // the audit itself sees reads: every rule that looks at configs at all was caught reading some key
    expect(seen.filter((keys) => keys.size > 0).length).toBeGreaterThan(8)
  })

  it('lists the keys the index derives facts from', () => {
    expect([...new Set(Object.values(DERIVED).flat())].sort()).toEqual([...INDEX_READS].sort())
  })
})
