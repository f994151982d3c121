import { describe, expect, it } from 'vitest'
import { isLeftOutFinding } from './import-finding'
import { importYaml } from './import-yaml'
import { mergeImports } from './merge-imports'
import { passThroughText } from './pass-through-object'

const configMap = `# settings the app reads at start
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings   # keep this comment
  namespace: shop
data:
  level: "debug"
`
const service = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  ports: [{port: 80}]`
const plainDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
spec:
  selector: {matchLabels: {app: metrics}}
  template:
    metadata: {labels: {app: metrics}}
    spec: {containers: [{name: c, image: x}]}
`
const nad = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: {name: lan-a}
spec:
  config: '{"cniVersion": "0.4.0", "type": "macvlan", "master": "eth1", "ipam": {"type": "dhcp"}}'
`

describe('importYaml keeps what it does not model', () => {
  it('passes a ConfigMap, a Service and a Deployment without networks through as written, comments and all', () => {
    const { project, findings } = importYaml(`${configMap}---\n${service}\n--- # the metrics exporter\n${plainDeployment}---\n${nad}`)
    expect(project.passThrough).toEqual([
      { kind: 'ConfigMap', name: 'web-settings', namespace: 'shop', text: configMap, origin: { line: 2 } },
      { kind: 'Service', name: 'web', namespace: 'shop', text: `${service}\n`, origin: { line: 10 } },
      { kind: 'Deployment', name: 'metrics', text: plainDeployment, origin: { line: 16 } },
    ])
    expect(project.networks.map((network) => network.name)).toEqual(['lan-a'])
    expect(project.workloads).toEqual([])
    expect(findings.map((finding) => finding.code)).toEqual(['import.kind-passed-through', 'import.kind-passed-through', 'import.workload-without-networks'])
  })

  it('passes the items of a List through one by one', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Secret, metadata: {name: token, namespace: edge}, stringData: {a: b}}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: edge}\n`
    expect(importYaml(list).project.passThrough).toEqual([
      { kind: 'Secret', name: 'token', namespace: 'edge', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n  namespace: edge\nstringData:\n  a: b\n', origin: { line: 4 } },
      { kind: 'Namespace', name: 'edge', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: edge\n', origin: { line: 5 } },
    ])
  })

  it('keeps a foreign custom resource, and nothing of documents it refuses or that have no kind, each told as left out', () => {
    const custom = `apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 3}\n`
    const { project, findings } = importYaml(`${custom}---\nkind: [\n---\nmetadata: {name: nameless}\n---\napiVersion: kubernetes.com/v1\nkind: Network\nmetadata: {name: old}\n`)
    expect(project.passThrough.map((object) => object.kind)).toEqual(['Widget'])
    expect(findings.filter(isLeftOutFinding).map((finding) => [finding.code, finding.line])).toEqual([
      ['yaml.syntax-error', 6], ['import.missing-kind', 8], ['import.legacy-network-object', 10],
    ])
    expect(findings.filter((finding) => !isLeftOutFinding(finding)).map((finding) => finding.code)).toEqual(['import.kind-passed-through'])
  })

  it('says where each passed-through object was (the line of its first key), also for List items', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Secret, metadata: {name: token}}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: edge}\n`
    const imported = importYaml(`${configMap}---\n${nad}---\n${list}`, { source: 'all.yaml' })
    expect(imported.project.passThrough.map((object) => object.name)).toEqual(['web-settings', 'token', 'edge'])
    expect(imported.project.passThrough.map((object) => object.origin)).toEqual([{ source: 'all.yaml', line: 2 }, { source: 'all.yaml', line: 19 }, { source: 'all.yaml', line: 20 }])
  })

  it('keeps the objects of every file, and where they were, when imports are merged', () => {
    const merged = mergeImports([importYaml(configMap, { source: 'a.yaml' }), importYaml(`${nad}---\n${service}`, { source: 'b.yaml' })])
    expect(merged.project.passThrough.map((object) => object.name)).toEqual(['web-settings', 'web'])
    expect(merged.project.passThrough.map((object) => object.origin)).toEqual([{ source: 'a.yaml', line: 2 }, { source: 'b.yaml', line: 7 }])
  })
})

describe('passThroughText', () => {
  it.each([
    ['drops a bare leading marker line', '---\nkind: A\n', 'kind: A\n'],
    ['drops a marker line with a comment', '--- # one\r\nkind: A\r\n', 'kind: A\r\n'],
    ['keeps a marker followed by content, which belongs to the document', '--- {kind: A}\n', '--- {kind: A}\n'],
    ['adds the missing final newline', 'kind: A', 'kind: A\n'],
  ])('%s', (_, written, kept) => {
    expect(passThroughText(written)).toBe(kept)
  })
})
