import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateProject } from '../validation/validate-project'
import { parseProjectFile, PROJECT_FILE_VERSION, serializeProjectFile } from './project-file'

// Any JSON value, often in the place of a field the model expects, so the repairs run on deep wrong types too.
const json = fc.jsonValue({ maxDepth: 3 })
const text = fc.oneof(fc.constantFrom('10.1.1.0/24', '10.1.1.5', 'fd00::/64', 'eth1', 'a', 'default', 'net1', ''), fc.string({ maxLength: 8 }))
const loose = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: json })
const some = <T>(arb: fc.Arbitrary<T>) => fc.array(loose(arb), { maxLength: 3 })
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] })

const range = partial({ subnet: loose(text), rangeStart: loose(text), rangeEnd: loose(text), gateway: loose(text) })
const ipam = partial({
  type: loose(fc.constantFrom('host-local', 'static', 'dhcp', 'foreign', 'whereabouts')),
  subnet: loose(text), gateway: loose(text), ranges: some(some(range)), routes: some(partial({ dst: loose(text), gw: loose(text) })),
  addresses: some(partial({ address: loose(text), gateway: loose(text) })), raw: json, extra: json, dataDir: loose(text),
})
const config = partial({
  type: loose(fc.constantFrom('bridge', 'macvlan', 'ipvlan', 'foreign', 'host-device')),
  name: loose(text), cniVersion: loose(fc.constantFrom('0.3.1', '0.4.0', '1.0.0')), master: loose(text), bridge: loose(text),
  mode: loose(fc.constantFrom('l2', 'bridge', 'passthru')), mtu: loose(fc.integer({ min: -1, max: 70000 })), vlan: loose(fc.integer()),
  isGateway: loose(fc.boolean()), forceAddress: loose(fc.boolean()), mac: loose(text), linkInContainer: loose(fc.boolean()),
  vlanTrunk: some(partial({ id: loose(fc.integer()), minID: json, maxID: json })), capabilities: loose(partial({ ips: loose(fc.boolean()), mac: json })),
  dns: loose(partial({ nameservers: some(text) })), ipam: loose(ipam), raw: json, extra: json,
})
// Entries without id, name and namespace make the whole file refused, so those are mostly well typed.
const network = fc.record({
  id: fc.constantFrom('n1', 'n2', 'n3'), name: fc.constantFrom('a', 'b', 'c'), namespace: fc.constantFrom('default', 'x'),
}).chain((named) => partial({
  config: loose(config), conflist: loose(partial({ chain: some(json), extra: json })), configText: json, labels: json,
}).map((rest) => ({ ...rest, ...named })))
const attachment = partial({
  network: loose(fc.constantFrom('a', 'b', 'c')), namespace: loose(text), interface: loose(text), ips: some(text), mac: loose(text),
  defaultRoute: some(text), extra: json,
})
const workload = fc.record({ id: fc.constantFrom('w1', 'w2'), name: text, namespace: fc.constantFrom('default', 'x') }).chain((named) => partial({
  kind: loose(fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job')), replicas: loose(fc.integer({ min: -1, max: 4 })),
  attachments: loose(some(attachment)), preferJsonAnnotation: json, manifest: json,
}).map((rest) => ({ ...rest, ...named })))
const hostNic = partial({ name: loose(text), mtu: loose(fc.integer({ min: 0, max: 70000 })), primary: loose(fc.boolean()), addresses: loose(some(text)) })
const passThroughObject = partial({ kind: loose(text), name: loose(text), namespace: loose(text), text: loose(fc.string({ maxLength: 40 })) })
const platform = partial({ target: json, clusterNetwork: loose(some(text)), serviceNetwork: loose(some(text)) })
const project = partial({
  networks: fc.array(network, { maxLength: 4 }), workloads: fc.array(workload, { maxLength: 3 }), hostNics: loose(some(hostNic)), platform: loose(platform), passThrough: loose(some(passThroughObject)), extra: json,
})

// Hundreds of runs take seconds on a loaded machine; the default 5 s timeout would make them flaky, not stricter.
const MANY_RUNS = { timeout: 60_000 }

describe('parseProjectFile on arbitrary stored JSON', () => {
  it('gives a project that validateProject checks without throwing and without a failed rule', MANY_RUNS, () => {
    fc.assert(fc.property(loose(project), (stored) => {
      const text = JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored })
      const parsed = parseProjectFile(text)
      if (!parsed.project) return
      const failed = validateProject(parsed.project).filter((issue) => issue.code === 'project.rule-failed')
      expect(failed).toEqual([])
    }), { numRuns: 1000 })
  })

  it('repairs once: the repaired project reads back unchanged and with nothing to report', MANY_RUNS, () => {
    fc.assert(fc.property(project, (stored) => {
      const parsed = parseProjectFile(JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored }))
      if (!parsed.project) return
      expect(parseProjectFile(serializeProjectFile(parsed.project))).toEqual({ project: parsed.project, issues: [] })
    }), { numRuns: 500 })
  })

  it('loads most generated files (the property is not vacuous)', () => {
    const loaded = fc.sample(project, 300).filter((stored) => parseProjectFile(JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored })).project)
    expect(loaded.length).toBeGreaterThan(150)
  })
})
