import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Network, PluginConfig, Project, Workload } from '../project/model'
import { parsedProject } from '../project/stored-project-arbitrary'
import { CONFIG_VALUES, designedAttachment, designedHostNics, designedProject } from './designed-project-arbitrary'
import { revalidateProject, type ProjectValidation } from './revalidate-project'
import { aBridgeNetwork, aPod, aProject, attach, hostLocal } from './test-builders'
import { validateProject } from './validate-project'

/** Every edit the designer makes, as a pure change of one part, taking new values from a donor project. */
const EDITS = [
  'typed value', 'config key', 'ipam key', 'whole config', 'rename', 'namespace', 'network id', 'add network', 'remove network', 'move network',
  'attachments', 'add attachment', 'attachment key', 'replicas', 'workload kind', 'add workload', 'remove workload', 'host NICs', 'host NIC key',
  'platform', 'touch network', 'same project',
] as const
const CONFIG_KEYS = [
  'type', 'name', 'cniVersion', 'master', 'mode', 'mtu', 'mac', 'linkInContainer', 'bridge', 'isGateway', 'isDefaultGateway',
  'forceAddress', 'ipMasq', 'promiscMode', 'vlan', 'vlanTrunk', 'capabilities', 'dns', 'ipam', 'extra',
]
const typed = fc.constantFrom(...(Object.keys(CONFIG_VALUES) as (keyof typeof CONFIG_VALUES)[]))
  .chain((key) => (CONFIG_VALUES[key] as fc.Arbitrary<unknown>).map((value) => ({ key, value })))
const edit = fc.record({
  kind: fc.constantFrom(...EDITS), at: fc.nat(), from: fc.nat(), key: fc.constantFrom(...CONFIG_KEYS), donor: fc.nat(), typed,
  attachment: designedAttachment, hostNics: designedHostNics,
})
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

const pick = <T>(items: readonly T[], at: number): T | undefined => items[at % Math.max(items.length, 1)]
const replaceAt = <T>(items: readonly T[], at: number, item: T): T[] => items.map((old, i) => (i === at % items.length ? item : old))
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? value as Record<string, unknown> : {})

function withKey<T extends object>(target: T, key: string, value: unknown): T {
  const next = { ...target } as Record<string, unknown>
  if (value === undefined) delete next[key]
  else next[key] = value
  return next as T
}

function editNetwork(project: Project, at: number, change: (network: Network) => Network): Project {
  const network = pick(project.networks, at)
  return network ? { ...project, networks: replaceAt(project.networks, at, change(network)) } : project
}

function editWorkload(project: Project, at: number, change: (workload: Workload) => Workload): Project {
  const workload = pick(project.workloads, at)
  return workload ? { ...project, workloads: replaceAt(project.workloads, at, change(workload)) } : project
}

function applyEdit(project: Project, { kind, at, from, key, typed, attachment, hostNics }: Edit, donor: Project): Project {
  const donorNetwork = pick(donor.networks, from)
  const donorWorkload = pick(donor.workloads, from)
  switch (kind) {
    case 'typed value': return editNetwork(project, at, (n) => (n.config ? { ...n, config: withKey(n.config, typed.key, typed.value) } : n))
    case 'config key': return editNetwork(project, at, (n) => (n.config ? { ...n, config: withKey(n.config, key, record(donorNetwork?.config)[key]) } : n))
    case 'ipam key': return editNetwork(project, at, (n) => {
      const ipam = n.config && n.config.type !== 'foreign' ? n.config.ipam : undefined
      const donorIpam = record(record(donorNetwork?.config).ipam)
      const ipamKey = pick(Object.keys(donorIpam).concat('subnet', 'rangeStart', 'addresses', 'ranges', 'dataDir'), from)!
      return ipam && n.config ? { ...n, config: { ...n.config, ipam: withKey(ipam, ipamKey, donorIpam[ipamKey]) } as PluginConfig } : n
    })
    case 'whole config': return editNetwork(project, at, (n) => ({ ...n, config: donorNetwork?.config }))
    case 'rename': return editNetwork(project, at, (n) => ({ ...n, name: donorNetwork?.name ?? `${n.name}x` }))
    case 'namespace': return editNetwork(project, at, (n) => ({ ...n, namespace: donorNetwork?.namespace ?? 'other' }))
    case 'network id': return editNetwork(project, at, (n) => ({ ...n, id: donorNetwork?.id ?? `${n.id}x` }))
    case 'add network': return donorNetwork ? { ...project, networks: [...project.networks, donorNetwork] } : project
    case 'remove network': return { ...project, networks: project.networks.filter((_, i) => i !== at % project.networks.length) }
    case 'move network': return { ...project, networks: [...project.networks.slice(1), ...project.networks.slice(0, 1)] }
    case 'attachments': return editWorkload(project, at, (w) => ({ ...w, attachments: donorWorkload?.attachments ?? [attachment] }))
    case 'add attachment': return editWorkload(project, at, (w) => ({ ...w, attachments: [...w.attachments, attachment] }))
    case 'attachment key': return editWorkload(project, at, (w) => {
      const attachment = pick(w.attachments, from)
      const donorAttachment = record(pick(donorWorkload?.attachments ?? [], at))
      const attachmentKey = pick(['network', 'namespace', 'interface', 'ips', 'mac', 'defaultRoute'], from + at)!
      return attachment ? { ...w, attachments: replaceAt(w.attachments, from, withKey(attachment, attachmentKey, donorAttachment[attachmentKey])) } : w
    })
    case 'replicas': return editWorkload(project, at, (w) => withKey(w, 'replicas', donorWorkload?.replicas ?? (from % 5)))
    case 'workload kind': return editWorkload(project, at, (w) => ({ ...w, kind: donorWorkload?.kind ?? 'Deployment' }))
    case 'add workload': return donorWorkload ? { ...project, workloads: [...project.workloads, donorWorkload] } : project
    case 'remove workload': return { ...project, workloads: project.workloads.filter((_, i) => i !== at % project.workloads.length) }
    case 'host NICs': return { ...project, hostNics: from % 2 ? donor.hostNics : hostNics }
    case 'host NIC key': {
      const nic = pick(project.hostNics, at)
      const nicKey = pick(['name', 'mtu', 'primary'], from)!
      return nic ? { ...project, hostNics: replaceAt(project.hostNics, at, withKey(nic, nicKey, record(pick(donor.hostNics, from))[nicKey])) } : project
    }
    case 'platform': return { ...project, platform: donor.platform }
    case 'touch network': return editNetwork(project, at, (n) => ({ ...n }))
    case 'same project': return { ...project }
  }
}

// Hundreds of runs take seconds on a loaded machine; the default 5 s timeout would make them flaky, not stricter.
const MANY_RUNS = { timeout: 120_000 }

describe('revalidateProject', () => {
  it('after any sequence of edits finds exactly what a full validation finds, in the same order', MANY_RUNS, () => {
    const project = fc.oneof({ weight: 3, arbitrary: designedProject }, { weight: 1, arbitrary: parsedProject })
    const scenario = fc.record({ start: project, donors: fc.array(project, { minLength: 1, maxLength: 3 }), edits: fc.array(edit, { maxLength: 16 }) })
    fc.assert(fc.property(scenario, ({ start, donors, edits }) => {
      let project = start
      let state: ProjectValidation = revalidateProject(undefined, project)
      expect(state.issues).toEqual(validateProject(project))
      for (const step of edits) {
        project = applyEdit(project, step, pick(donors, step.donor)!)
        state = revalidateProject(state, project)
        expect(state.issues).toEqual(validateProject(project))
      }
    }), { numRuns: 1000 })
  })

  it('reuses the findings of unchanged networks and of rules whose inputs did not change', () => {
    const [project] = fc.sample(parsedProject.filter((p) => p.networks.length > 1), { numRuns: 1, seed: 4 })
    const first = revalidateProject(undefined, project!)
    const again = revalidateProject(first, { ...project! })
    expect(again.rules).toHaveLength(first.rules!.length)
    again.rules?.forEach((issues, i) => expect(issues).toBe(first.rules?.[i]))
    for (const network of project!.networks) expect(again.networkIssues.get(network)).toBe(first.networkIssues.get(network))
  })

  it('derives the index from the last one when a network no attachment uses changes, and finds what a full validation finds', () => {
    const used = aBridgeNetwork({ bridge: 'br0', ipam: hostLocal('10.1.1.0/24') }, { id: 'used', name: 'used' })
    const draft = aBridgeNetwork({ bridge: 'br0', ipam: hostLocal('10.1.1.0/25') }, { id: 'draft', name: 'draft' })
    const project = aProject([used, draft], [aPod([attach(used)])])
    const first = revalidateProject(undefined, project)
    const typed = { ...project, networks: [used, { ...draft, config: { ...draft.config!, bridge: 'br1' } as PluginConfig }] }
    const again = revalidateProject(first, typed)
    expect(again.index?.workloads).toBe(first.index?.workloads)
    expect(again.index?.networks[1]?.bridge).toBe('br1')
    expect(again.issues).toEqual(validateProject(typed))
    // a network attachments use is indexed afresh: its uses point at its facts
    const usedTyped = { ...typed, networks: [{ ...used, config: { ...used.config!, bridge: 'br1' } as PluginConfig }, typed.networks[1]!] }
    const third = revalidateProject(again, usedTyped)
    expect(third.index?.workloads).not.toBe(again.index?.workloads)
    expect(third.issues).toEqual(validateProject(usedTyped))
  })
})
