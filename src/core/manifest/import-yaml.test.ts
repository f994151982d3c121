import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emitWorkloadYaml } from './emit-workload-yaml'
import { importYaml } from './import-yaml'
import { IMPORT_LIMITS } from './read-yaml-document'

const codes = (text: string) => importYaml(text).findings.map((finding) => finding.code)

const blockNad = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: lan-a
  namespace: apps
spec:
  config: |
    {
      "cniVersion": "0.4.0",
      "type": "macvlan",
      "master": "enp2s0",
      "rangeStop": "x"
    }
`

const pod = (annotation: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p1${extra}
  annotations:
    k8s.v1.cni.cncf.io/networks: '${annotation}'
spec:
  containers: []
`

describe('importYaml', () => {
  it('reads NADs and annotated workloads from several documents', () => {
    const { project, findings } = importYaml(`${blockNad}---\n${pod('lan-a@data0')}`)
    expect(project.networks.map((n) => `${n.namespace}/${n.name}`)).toEqual(['apps/lan-a'])
    expect(project.networks[0]?.config).toMatchObject({ type: 'macvlan', master: 'enp2s0' })
    expect(project.workloads[0]).toMatchObject({ kind: 'Pod', name: 'p1', namespace: 'default', attachments: [{ network: 'lan-a', interface: 'data0' }] })
    expect(findings.map((f) => f.code)).toEqual(['config.unknown-key'])
  })

  it('puts a config finding on its line inside a block scalar', () => {
    const finding = importYaml(`# header\n---\n${blockNad}`, { source: 'nad.yaml' }).findings[0]
    expect(finding).toMatchObject({ code: 'config.unknown-key', line: 14, source: 'nad.yaml', target: { kind: 'network', id: 'network:apps/lan-a' } })
  })

  it('puts a config finding on its line inside a multi-line single-quoted scalar', () => {
    const text = `kind: NetworkAttachmentDefinition\napiVersion: k8s.cni.cncf.io/v1\nmetadata:\n  name: a\nspec:\n  config: '{\n    "cniVersion": "0.4.0",\n    "type": "bridge",\n    "isGateway": "yes"\n  }'\n`
    const finding = importYaml(text).findings.find((f) => f.code === 'config.wrong-json-type')
    expect(finding?.line).toBe(9)
  })

  it('puts a config finding on its line inside a double-quoted scalar with escapes and folding', () => {
    const text = `kind: NetworkAttachmentDefinition\napiVersion: k8s.cni.cncf.io/v1\nmetadata:\n  name: a\nspec:\n  config: "{\\n  \\"cniVersion\\": \\"0.4.0\\",\\n  \\"type\\"\\\n    : \\"bridge\\",\\n  \\"mtu\\": \\"1500\\"\\n}"\n`
    expect(importYaml(text).project.networks[0]?.config).toMatchObject({ type: 'bridge' })
    expect(importYaml(text).findings.find((f) => f.code === 'config.wrong-json-type')?.line).toBe(7)
  })

  it('puts a config finding on its line inside a folded scalar', () => {
    const text = `kind: NetworkAttachmentDefinition\napiVersion: k8s.cni.cncf.io/v1\nmetadata:\n  name: a\nspec:\n  config: >-\n    {"cniVersion": "0.4.0",\n    "type": "bridge",\n    "vlan": "2"}\n`
    expect(importYaml(text).findings.find((f) => f.code === 'config.wrong-json-type')?.line).toBe(9)
  })

  it('never throws on arbitrary Kubernetes-shaped objects', () => {
    const kinds = fc.constantFrom('NetworkAttachmentDefinition', 'Pod', 'Deployment', 'List', 'Network', 'CronJob')
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }))
    const object = fc.record({ kind: kinds, apiVersion: fc.string(), metadata: fc.dictionary(fc.constantFrom('name', 'namespace', 'annotations', 'labels'), value), spec: fc.dictionary(fc.constantFrom('config', 'template', 'selector', 'replicas'), value), items: fc.array(fc.dictionary(fc.string(), value), { maxLength: 2 }) }, { requiredKeys: ['kind'] })
    fc.assert(
      fc.property(fc.array(object, { maxLength: 3 }), (objects) => {
        expect(() => importYaml(objects.map((o) => JSON.stringify(o)).join('\n---\n'))).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })

  it('puts an annotation finding on the annotation line', () => {
    const finding = importYaml(`---\n${pod('[{"name":"a","gateway":["10.1.1.1"]}]')}`).findings[0]
    expect(finding).toMatchObject({ code: 'annotation.unknown-selection-key', line: 7, target: { kind: 'workload' } })
  })

  it('puts a finding inside a multi-line JSON annotation on the key’s own line', () => {
    const text = `kind: Pod\napiVersion: v1\nmetadata:\n  name: p\n  annotations:\n    k8s.v1.cni.cncf.io/networks: |\n      [{\n        "name": "a",\n        "gateway": ["10.1.1.1"],\n        "mac": "zz"\n      }]\n`
    expect(importYaml(text).findings.map((f) => `${f.line}:${f.code}`)).toEqual(['9:annotation.unknown-selection-key', '10:annotation.mac-invalid'])
  })

  it('reads controllers through their pod template', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  generateName: web-\n  namespace: shop\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n      annotations:\n        k8s.v1.cni.cncf.io/networks: shop/lan-a,lan-b\n    spec:\n      containers: []\n`
    const { project, findings } = importYaml(text)
    expect(findings).toEqual([])
    expect(project.workloads[0]).toMatchObject({ kind: 'Deployment', name: 'web-', namespace: 'shop', replicas: 3, attachments: [{ network: 'lan-a' }, { network: 'lan-b' }] })
  })

  it.each([
    ['a workload without the annotation is passed through with an info', `kind: Pod\napiVersion: v1\nmetadata: {name: x}\n`, ['import.workload-without-networks']],
    ['another kind is passed through with an info', `kind: Service\napiVersion: v1\nmetadata: {name: x}\n`, ['import.kind-passed-through']],
    ['the legacy Network object is refused', `apiVersion: kubernetes.com/v1\nkind: Network\nmetadata: {name: x}\nplugin: macvlan\n`, ['import.legacy-network-object']],
    ['a NAD without spec.config is flagged', `kind: NetworkAttachmentDefinition\napiVersion: k8s.cni.cncf.io/v1\nmetadata: {name: x}\n`, ['nad.missing-spec-config']],
    ['a YAML mapping as spec.config is flagged', `kind: NetworkAttachmentDefinition\napiVersion: k8s.cni.cncf.io/v1\nmetadata: {name: x}\nspec:\n  config: {type: bridge}\n`, ['nad.config-not-a-string']],
    ['a list root is refused', `- a\n- b\n`, ['yaml.root-not-an-object']],
    ['broken YAML is refused', `kind: [\n`, ['yaml.syntax-error']],
    ['a prototype key is refused', `kind: Pod\nmetadata:\n  __proto__: {polluted: true}\n`, ['yaml.prototype-key']],
    ['a constructor key is refused', `kind: Pod\nconstructor: 1\n`, ['yaml.prototype-key']],
    ['too deep nesting is refused', `a: ${'['.repeat(IMPORT_LIMITS.maxDepth + 2)}${']'.repeat(IMPORT_LIMITS.maxDepth + 2)}\n`, ['yaml.nesting-too-deep']],
    ['a document without kind is flagged', `metadata: {name: x}\n`, ['import.missing-kind']],
    ['an unrendered template name is flagged', pod('x', '-{{ .Iteration }}'), ['import.unrendered-template']],
  ])('%s', (_, text, expected) => {
    expect(codes(text)).toEqual(expected)
  })

  it('refuses a YAML alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
    expect(codes(`${levels.join('\n')}\nkind: Pod\n`)).toEqual(['yaml.alias-expansion-too-large'])
  })

  it('places the findings of every document of a stream on their own lines', () => {
    const text = `${blockNad}---\n${blockNad.replace('lan-a', 'lan-b')}---\n${pod('[{"name":"lan-a","mac":"x"}]')}`
    expect(importYaml(text).findings.map((f) => [f.code, f.line])).toEqual([
      ['config.unknown-key', 12],
      ['config.unknown-key', 26],
      ['annotation.mac-invalid', 34],
    ])
  })

  it('refuses a document with a prototype key and keeps the others', () => {
    const { project, findings } = importYaml(`${blockNad}---\n__proto__: {}\nkind: Pod\n---\n${pod('lan-a')}`)
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['config.unknown-key', 12],
      ['yaml.prototype-key', 15],
    ])
    expect([project.networks.length, project.workloads.length]).toEqual([1, 1])
  })

  it('refuses an alias bomb between good documents and keeps them', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
    const { project, findings } = importYaml(`${pod('lan-a')}---\n${levels.join('\n')}\nkind: Pod\n---\n${blockNad}`)
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['yaml.alias-expansion-too-large', 9],
      ['config.unknown-key', 32],
    ])
    expect([project.networks.length, project.workloads.length]).toEqual([1, 1])
  })

  it('refuses an input over the total size limit', () => {
    expect(codes(`# ${'x'.repeat(IMPORT_LIMITS.totalBytes)}\n`)).toEqual(['yaml.input-too-large'])
  })

  it('refuses a document over the per-document limit and keeps the others', () => {
    const { project, findings } = importYaml(`kind: ConfigMap\ndata:\n  x: "${'y'.repeat(IMPORT_LIMITS.documentBytes)}"\n---\n${blockNad}`)
    expect(findings[0]?.code).toBe('yaml.document-too-large')
    expect(project.networks).toHaveLength(1)
  })

  it('keeps the documents around a broken one', () => {
    const { project, findings } = importYaml(`${blockNad}---\nkind: {{ broken\n---\n${pod('lan-a')}`)
    expect(project.networks).toHaveLength(1)
    expect(project.workloads).toHaveLength(1)
    expect(findings.find((f) => f.code === 'yaml.syntax-error')?.line).toBe(15)
  })

  it.each([
    ['ReplicaSet', 'spec:\n  replicas: 2\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata:\n      annotations: {k8s.v1.cni.cncf.io/networks: lan-a}\n', 2],
    ['Job', 'spec:\n  parallelism: 4\n  template:\n    metadata:\n      annotations: {k8s.v1.cni.cncf.io/networks: lan-a}\n', 4],
    ['CronJob', 'spec:\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          annotations: {k8s.v1.cni.cncf.io/networks: lan-a}\n', undefined],
  ])('counts the pods of a %s like a Deployment and keeps its manifest', (kind, body, replicas) => {
    const { project, findings } = importYaml(`apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: x}\n${body}`)
    expect(project.workloads[0]).toMatchObject({ kind: 'Deployment', attachments: [{ network: 'lan-a' }], manifest: { kind } })
    expect(project.workloads[0]?.replicas).toBe(replicas)
    expect(findings.map((f) => f.code)).toEqual(['import.workload-kind-approximated'])
  })

  it('imports a controller whose annotation sits on its own metadata, flags it, and moves it on emit', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  annotations:\n    k8s.v1.cni.cncf.io/networks: lan-a\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n`
    const { project, findings } = importYaml(text)
    expect(findings).toMatchObject([{ code: 'workload.annotation-not-on-pod-template', line: 6 }])
    const workload = project.workloads[0]
    if (!workload) throw new Error('not imported')
    const emitted = importYaml(emitWorkloadYaml(workload))
    expect(emitted.findings).toEqual([])
    expect(emitted.project.workloads[0]?.attachments).toEqual([{ network: 'lan-a' }])
  })

  it('reads a document after a lone %YAML directive', () => {
    expect(importYaml(`%YAML 1.2\n---\n${blockNad}`).project.networks).toHaveLength(1)
  })

  it('reads the items of a List', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- ${blockNad.replace(/\n/g, '\n  ').trimEnd()}\n`
    expect(importYaml(text).project.networks.map((n) => n.name)).toEqual(['lan-a'])
  })

  it('flags a duplicate NAD and gives it its own id', () => {
    const { project, findings } = importYaml(`${blockNad}---\n${blockNad}`)
    expect(project.networks.map((n) => n.id)).toEqual(['network:apps/lan-a', 'network:apps/lan-a#2'])
    expect(findings.filter((f) => f.code === 'nad.duplicate')).toHaveLength(1)
  })

  it('accepts quoted-scalar lines indented no deeper than their key, as kubectl does', () => {
    const text = `kind: NetworkAttachmentDefinition\napiVersion: k8s.cni.cncf.io/v1\nmetadata:\n  name: a\nspec:\n  config: '{\n"cniVersion": "0.4.0",\n"type": "bridge"\n}'\n`
    const { project, findings } = importYaml(text)
    expect(project.networks[0]?.config).toMatchObject({ type: 'bridge' })
    expect(findings).toMatchObject([{ code: 'yaml.under-indented-quoted-scalar', line: 7 }])
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => importYaml(text)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
})
