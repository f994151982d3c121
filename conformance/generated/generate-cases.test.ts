import { describe, expect, it } from 'vitest'
import type { Network } from '../../src/core/project/model'
import type { CoreApi } from '../core/core-api'
import { CONFIG_MUTATIONS } from './config-mutations'
import { generateCases } from './generate-cases'
import { randomProject } from './random-project'
import { SeededRandom } from './seeded-random'

/** A stand-in for toCniConfig: the suite only needs an object per network here. */
const fakeCore = { toCniConfig: (network: Network) => ({ ...network.config }) } as unknown as CoreApi

describe('generated cases', () => {
  it('are reproducible from the seed', () => {
    expect(generateCases(fakeCore, 7)).toEqual(generateCases(fakeCore, 7))
    expect(generateCases(fakeCore, 7)).not.toEqual(generateCases(fakeCore, 8))
  })

  it('give each random project distinct subnets and bridge names', () => {
    const random = new SeededRandom(1)
    for (let id = 0; id < 200; id++) {
      const { networks } = randomProject(random, id)
      const bridges = networks.flatMap((n) => (n.config?.type === 'bridge' ? [n.config.bridge] : []))
      expect(new Set(bridges).size).toBe(bridges.length)
      const subnets = networks.map((n) => JSON.stringify(n.config && 'ipam' in n.config ? n.config.ipam : null).match(/"subnet":"[^"]+"|"address":"[^"/]+/g) ?? [])
      const flat = subnets.flat()
      expect(new Set(flat).size).toBe(flat.length)
    }
  })

  it('every mutation names what the reference predicts', () => {
    const ids = CONFIG_MUTATIONS.map((mutation) => mutation.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const mutation of CONFIG_MUTATIONS) if (mutation.deliberate) expect(mutation.expect, mutation.id).toBe('accept')
  })
})
