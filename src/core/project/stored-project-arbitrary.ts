import fc from 'fast-check'
import type { Project } from './model'
import { parseProjectFile, PROJECT_FILE_VERSION } from './project-file'

// Arbitrary stored project files for property tests; not exported from the core's public surface.

// Any JSON value, often in the place of a field the model expects, so the repairs run on deep wrong types too.
export const json = fc.jsonValue({ maxDepth: 3 })
const text = fc.oneof(fc.constantFrom('10.1.1.0/24', '10.1.1.5', 'fd00::/64', 'eth1', 'a', 'default', 'net1', ''), fc.string({ maxLength: 8 }))
export const loose = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: json })
const some = <T>(arb: fc.Arbitrary<T>) => fc.array(loose(arb), { maxLength: 3 })
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] })

const range = partial({ subnet: loose(text), rangeStart: loose(text), rangeEnd: loose(text), gateway: loose(text) })
const ipam = partial({
  type: loose(fc.constantFrom('host-local', 'static', 'dhcp', 'foreign', 'whereabouts')),
  subnet: loose(text), rangeStart: loose(text), rangeEnd: loose(text), gateway: loose(text), ranges: some(some(range)), routes: some(partial({ dst: loose(text), gw: loose(text) })),
  addresses: some(partial({ address: loose(text), gateway: loose(text) })), raw: json, extra: json, dataDir: loose(text),
})
const config = partial({
  type: loose(fc.constantFrom('bridge', 'macvlan', 'ipvlan', 'foreign', 'host-device')),
  name: loose(text), cniVersion: loose(fc.constantFrom('0.3.1', '0.4.0', '1.0.0')), master: loose(text), bridge: loose(text),
  mode: loose(fc.constantFrom('l2', 'bridge', 'passthru')), mtu: loose(fc.integer({ min: -1, max: 70000 })), vlan: loose(fc.integer()),
  isGateway: loose(fc.boolean()), isDefaultGateway: loose(fc.boolean()), promiscMode: loose(fc.boolean()),
  ipMasq: loose(fc.boolean()), forceAddress: loose(fc.boolean()), mac: loose(text), linkInContainer: loose(fc.boolean()),
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
export const storedProject = partial({
  networks: fc.array(network, { maxLength: 4 }), workloads: fc.array(workload, { maxLength: 3 }), hostNics: loose(some(hostNic)), platform: loose(platform), passThrough: loose(some(passThroughObject)), extra: json,
})

/** Projects as the designer holds them: stored projects that the file reader accepted (and repaired). */
export const parsedProject: fc.Arbitrary<Project> = storedProject
  .map((stored) => parseProjectFile(JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: stored })).project)
  .filter((project): project is Project => project !== undefined)
