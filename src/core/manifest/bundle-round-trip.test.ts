import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Attachment, Ipam, Network, PassThroughObject, PluginConfig, Project, Workload } from '../project/model'
import { emptyProject } from '../project/model'
import { canUseCommaForm } from './build-networks-annotation'
import { emitBundleYaml } from './emit-bundle-yaml'
import { importYaml } from './import-yaml'

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/)
const namespace = fc.constantFrom('default', 'apps', 'infra')
const octet = fc.integer({ min: 0, max: 255 })
const ipv4 = fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`)
const subnet = fc.tuple(octet, octet).map(([a, b]) => `10.${a}.${b}.0/24`)
const mac = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 5, maxLength: 5 }).map((bytes) => ['02', ...bytes.map((b) => b.toString(16).padStart(2, '0'))].join(':'))
const nic = fc.constantFrom('eth1', 'enp2s0', 'bond0.20')

const ipam: fc.Arbitrary<Ipam> = fc.oneof(
  fc.record(
    { type: fc.constant('host-local' as const), subnet, rangeStart: ipv4, gateway: ipv4, routes: fc.array(fc.record({ dst: subnet, gw: ipv4 }, { requiredKeys: ['dst'] }), { maxLength: 2 }), dataDir: fc.constant('/run/cni/x') },
    { requiredKeys: ['type', 'subnet'] },
  ),
  fc.record(
    { type: fc.constant('host-local' as const), ranges: fc.array(fc.array(fc.record({ subnet, rangeEnd: ipv4 }, { requiredKeys: ['subnet'] }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }) },
    { requiredKeys: ['type', 'ranges'] },
  ),
  fc.record(
    { type: fc.constant('static' as const), addresses: fc.array(fc.record({ address: subnet, gateway: ipv4 }, { requiredKeys: ['address'] }), { maxLength: 2 }), routes: fc.array(fc.record({ dst: subnet }), { maxLength: 1 }) },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('dhcp' as const) }),
)

const common = { cniVersion: fc.constantFrom('0.3.1', '0.4.0', '1.0.0'), ipam, capabilities: fc.record({ ips: fc.boolean(), mac: fc.boolean() }, { requiredKeys: [] }) }
const plugin: fc.Arbitrary<Omit<PluginConfig, 'name'>> = fc.oneof(
  fc.record({ type: fc.constant('bridge' as const), ...common, bridge: label, isGateway: fc.boolean(), ipMasq: fc.boolean(), mtu: fc.integer({ min: 576, max: 9000 }), vlan: fc.integer({ min: 0, max: 4094 }) }, { requiredKeys: ['type', 'cniVersion'] }),
  fc.record({ type: fc.constant('ipvlan' as const), ...common, master: nic, mode: fc.constantFrom('l2', 'l3', 'l3s'), mtu: fc.integer({ min: 576, max: 9000 }) }, { requiredKeys: ['type', 'cniVersion'] }),
  fc.record({ type: fc.constant('macvlan' as const), ...common, master: nic, mode: fc.constantFrom('bridge', 'private', 'vepa', 'passthru'), mac }, { requiredKeys: ['type', 'cniVersion'] }),
)

const network: fc.Arbitrary<Network> = fc
  .record({ name: label, namespace, config: plugin, labels: fc.dictionary(label, label, { maxKeys: 2 }), configName: fc.option(label, { nil: undefined }), conflist: fc.boolean() })
  .map(({ name, namespace, config, labels, configName, conflist }) => {
    const n: Network = { id: '', name, namespace, config: { ...config, name: configName ?? name } as PluginConfig }
    if (Object.keys(labels).length > 0) n.labels = labels
    if (conflist) n.conflist = { chain: [{ type: 'tuning', capabilities: { mac: true } }] }
    return n
  })

function attachmentFor(networks: Network[]): fc.Arbitrary<Attachment> {
  return fc
    .record({
      target: fc.constantFrom(...networks),
      crossNamespace: fc.boolean(),
      interface: fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/), { nil: undefined }),
      ips: fc.option(fc.array(ipv4.map((ip) => `${ip}/24`), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      mac: fc.option(mac, { nil: undefined }),
      defaultRoute: fc.option(fc.array(ipv4, { minLength: 1, maxLength: 1 }), { nil: undefined }),
    })
    .map(({ target, crossNamespace, ...rest }) => {
      const attachment: Attachment = { network: target.name }
      if (crossNamespace) attachment.namespace = target.namespace
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) Object.assign(attachment, { [key]: value })
      return attachment
    })
}

const project: fc.Arbitrary<Project> = fc
  .uniqueArray(network, { selector: (n) => `${n.namespace}/${n.name}`, minLength: 1, maxLength: 5 })
  .chain((networks) =>
    fc
      .uniqueArray(
        fc.record({ kind: fc.constantFrom('Pod' as const, 'Deployment' as const, 'StatefulSet' as const, 'DaemonSet' as const), name: label, namespace, replicas: fc.integer({ min: 0, max: 5 }), attachments: fc.array(attachmentFor(networks), { minLength: 1, maxLength: 3 }), preferJson: fc.boolean() }),
        { selector: (w) => `${w.namespace}/${w.name}/${w.kind}`, maxLength: 4 },
      )
      .map((drafts) => {
        const workloads = drafts.map(({ kind, name, namespace, replicas, attachments, preferJson }): Workload => {
          const workload: Workload = { id: '', kind, name, namespace, attachments: attachments.map((a) => (a.namespace === namespace ? { ...a, namespace: undefined } : a)).map((a) => JSON.parse(JSON.stringify(a)) as Attachment) }
          if (kind === 'Deployment' || kind === 'StatefulSet') workload.replicas = replicas
          if (preferJson && canUseCommaForm(workload)) workload.preferJsonAnnotation = true
          return workload
        })
        return { ...emptyProject(), networks, workloads }
      }),
  )
  .chain((design) => fc.uniqueArray(label, { maxLength: 2 }).map((names) => ({ ...design, passThrough: names.map(configMap) })))

/** A ConfigMap as an engineer writes it (comments, quoting the emitter would not choose), to pass through unchanged. */
function configMap(name: string): PassThroughObject {
  return { kind: 'ConfigMap', name, namespace: 'apps', text: `# settings for ${name}\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: "${name}", namespace: apps }\ndata:\n  level: 'debug'\n` }
}

function canonical(p: Project): Project {
  const key = (o: { namespace: string; name: string; kind?: string }) => `${o.namespace}/${o.name}/${o.kind ?? ''}`
  const sortByKey = <T extends { namespace: string; name: string; kind?: string }>(items: T[]) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  // The Namespaces the bundle writes for the design come back as passed-through objects: only the others compare.
  // where an object was read from is not part of it
  const passThrough = p.passThrough.filter((object) => object.kind !== 'Namespace').map(({ origin: _origin, ...object }) => object)
  return JSON.parse(JSON.stringify({ ...p, passThrough, networks: sortByKey(p.networks.map((n) => ({ ...n, id: '' }))), workloads: sortByKey(p.workloads.map((w) => ({ ...w, id: '' }))) })) as Project
}

describe('emitBundleYaml → importYaml', () => {
  it('gives back the same project with passed-through objects unchanged, and emitting again gives the same bytes', () => {
    fc.assert(
      fc.property(project, fc.boolean(), (original, compact) => {
        const yaml = emitBundleYaml(original, { compact })
        const imported = importYaml(yaml)
        expect(imported.findings.filter((f) => f.code.startsWith('yaml.') || f.code.startsWith('config.'))).toEqual([])
        expect(canonical(imported.project)).toEqual(canonical(original))
        const namespaces = new Set([...original.networks, ...original.workloads, ...original.passThrough].map((o) => o.namespace).filter((n) => n !== 'default'))
        expect(imported.project.passThrough.filter((o) => o.kind === 'Namespace').map((o) => o.name).sort()).toEqual([...namespaces].sort())
        expect(emitBundleYaml(imported.project, { compact })).toBe(yaml)
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})
