import { describe, expect, it } from 'vitest'
import { generateProject, seededRandom } from './generate-project'

describe('generateProject', () => {
  it('is deterministic for a seed', () => {
    expect(generateProject({ networks: 20, workloads: 50, seed: 3 })).toEqual(generateProject({ networks: 20, workloads: 50, seed: 3 }))
    expect(generateProject({ networks: 20, workloads: 50, seed: 3 })).not.toEqual(generateProject({ networks: 20, workloads: 50, seed: 4 }))
  })

  it('builds the requested sizes with unique ids and a mix of plugins and IPAM', () => {
    const project = generateProject({ networks: 200, workloads: 400, seed: 9 })
    expect(project.networks).toHaveLength(200)
    expect(project.workloads).toHaveLength(400)
    expect(new Set(project.networks.map((n) => n.id)).size).toBe(200)
    const types = new Set(project.networks.map((n) => n.config?.type))
    expect(types).toEqual(new Set(['bridge', 'macvlan', 'ipvlan']))
    const ipams = new Set(project.networks.map((n) => (n.config && n.config.type !== 'foreign' ? n.config.ipam?.type : undefined)))
    expect(ipams).toEqual(new Set(['host-local', 'static', 'dhcp', undefined]))
  })

  it('gives every workload the requested number of attachments', () => {
    const project = generateProject({ networks: 60, workloads: 200, attachments: 3, seed: 5 })
    expect(new Set(project.workloads.map((w) => w.attachments.length))).toEqual(new Set([3]))
    expect(new Set(generateProject({ networks: 60, workloads: 200, seed: 5 }).workloads.map((w) => w.attachments.length))).toEqual(new Set([1, 2, 3]))
  })

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(1)
    for (let i = 0; i < 1000; i++) expect(random()).toBeGreaterThanOrEqual(0)
    expect(Math.max(...Array.from({ length: 1000 }, random))).toBeLessThan(1)
  })
})
