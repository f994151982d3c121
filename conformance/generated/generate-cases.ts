import type { ConformanceCase } from '../cases/conformance-case'
import type { CoreApi } from '../core/core-api'
import { CONFIG_MUTATIONS } from './config-mutations'
import { randomProject } from './random-project'
import { SeededRandom } from './seeded-random'

const PROJECTS = 40
const MUTATIONS_PER_PROJECT = 2
const NO_IPVLAN = 'this kernel has no ipvlan: link creation fails after the config was parsed'

/**
 * Cases built from the core's own output: the configs `toCniConfig` emits for random valid projects (the plugins must
 * accept every one) and single-network mutations of them (every mutation the plugins reject must be a core error).
 */
export function generateCases(api: CoreApi, seed: number): ConformanceCase[] {
  const random = new SeededRandom(seed)
  const cases: ConformanceCase[] = []
  for (let id = 0; id < PROJECTS; id++) {
    const project = randomProject(random, id)
    const emitted = project.networks.map((network) => ({ nad: network.name, json: api.toCniConfig(network) }))
    const hasIpvlan = emitted.some((network) => network.json['type'] === 'ipvlan')
    cases.push({
      id: `gen-${id}-valid`,
      description: `configs the core emits for random valid project ${id} (${emitted.map((n) => n.json['type']).join(', ')})`,
      family: 'generated',
      networks: emitted.map((network) => ({ nad: network.nad, config: JSON.stringify(network.json) })),
      pods: [{ replicas: project.replicas, attachments: emitted.map((_, network) => ({ network })) }],
      expect: hasIpvlan ? 'undecidable' : 'accept',
      generated: 'valid',
      ...(hasIpvlan && { undecidableReason: NO_IPVLAN }),
    })
    const first = emitted[0]
    if (!first) continue
    const fitting = CONFIG_MUTATIONS.filter((mutation) => mutation.applies(first.json))
    for (let n = 0; n < MUTATIONS_PER_PROJECT && fitting.length > 0; n++) {
      const mutation = fitting.splice(random.int(0, fitting.length - 1), 1)[0]
      if (!mutation) break
      const config = structuredClone(first.json)
      mutation.apply(config)
      const ipvlanAccept = config['type'] === 'ipvlan' && (mutation.expect === 'accept' || mutation.afterLink === true)
      cases.push({
        id: `gen-${id}-${mutation.id}`,
        description: `mutation ${mutation.id} of the first config of generated project ${id}`,
        family: 'generated',
        networks: [{ nad: first.nad, config: JSON.stringify(config) }],
        pods: [{ replicas: mutation.replicas ?? 1, attachments: [{ network: 0 }] }],
        expect: ipvlanAccept ? 'undecidable' : mutation.expect,
        generated: 'mutation',
        ...(mutation.deliberate && { deliberate: { coreCode: mutation.deliberate } }),
        ...(ipvlanAccept && { undecidableReason: NO_IPVLAN }),
      })
    }
  }
  return cases
}
