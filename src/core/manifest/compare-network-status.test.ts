import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareNetworkStatus } from './compare-network-status'
import { importYaml } from './import-yaml'
import { IMPORT_LIMITS } from './import-limits'
import input from './fixtures/bundle/input.yaml?raw'

// The design of the bundle fixture: Deployment edge/web on default/macvlan-net (net1, host-local .100-.150) and
// edge/bridge-net (net2, host-local 10.10.0.0/24); Pod default/probe asking for 192.168.20.120 and 02:00:00:00:20:10.
const { project } = importYaml(input)

const eth0 = { name: 'ovn-kubernetes', interface: 'eth0', ips: ['10.42.0.23'], mac: '0a:58:0a:2a:00:17', default: true, dns: {} }
const webNet1 = { name: 'default/macvlan-net', interface: 'net1', ips: ['192.168.20.101'], mac: '5e:1f:a3:10:22:01', dns: {} }
const webNet2 = { name: 'edge/bridge-net', interface: 'net2', ips: ['10.10.0.7'], mac: '6a:3c:11:08:9e:02', dns: {} }

// A pod as `oc get pod -o yaml` prints it (trimmed of spec and status, which the comparison does not read).
function podYaml(name: string, options: { namespace?: string; owner?: string; generateName?: string; labels?: string; status?: unknown[] | string } = {}): string {
  const status = options.status === undefined ? '' : `\n    k8s.v1.cni.cncf.io/network-status: |-\n${(typeof options.status === 'string' ? options.status : JSON.stringify(options.status, null, 4)).replace(/^/gm, '      ')}`
  return `apiVersion: v1
kind: Pod
metadata:
  annotations:
    k8s.v1.cni.cncf.io/networks: default/macvlan-net,bridge-net${status}
    openshift.io/scc: restricted-v2
  creationTimestamp: "2026-12-06T09:14:02Z"${options.generateName ? `\n  generateName: ${options.generateName}` : ''}
  labels:
    ${options.labels ?? 'app: web\n    pod-template-hash: 5d9c7b8f4'}
  name: ${name}
  namespace: ${options.namespace ?? 'edge'}${options.owner ? `\n  ownerReferences:\n  - apiVersion: apps/v1\n    blockOwnerDeletion: true\n    controller: true\n    kind: ${options.owner.split('/')[0]}\n    name: ${options.owner.split('/')[1]}\n    uid: 3f0c1d2e-8b7a-4c55-9e1f-2a6b7c8d9e0f` : ''}
  resourceVersion: "48213"
  uid: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
spec:
  containers:
  - image: registry.access.redhat.com/ubi9/httpd-24
    name: web
status:
  phase: Running
`
}
const webPod = (status: unknown[] | string | undefined, name = 'web-5d9c7b8f4-x2x7q') => podYaml(name, { owner: 'ReplicaSet/web-5d9c7b8f4', generateName: 'web-5d9c7b8f4-', status })
const asList = (...pods: string[]) => `apiVersion: v1\nitems:\n${pods.map((pod) => `${pod.trimEnd().replace(/^/gm, '  ').replace(/^ {2}/, '- ')}\n`).join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`
const codesOf = (text: string) => compareNetworkStatus(project, text).pods.flatMap((pod) => pod.issues.map((issue) => [issue.code, issue.field, issue.params]))

describe('compareNetworkStatus', () => {
  it('finds nothing wrong with pods attached as designed, and leaves pods of other workloads unmatched', () => {
    const system = podYaml('multus-4frf4', { namespace: 'openshift-multus', owner: 'DaemonSet/multus', labels: 'app: multus', status: [eth0] })
    const result = compareNetworkStatus(project, asList(webPod([eth0, webNet1, webNet2]), webPod([eth0, { ...webNet1, ips: ['192.168.20.102'] }, webNet2], 'web-5d9c7b8f4-9kq2m'), system))
    expect(result.issues).toEqual([])
    expect(result.pods.map((pod) => [pod.name, pod.workloadId, pod.issues.length])).toEqual([
      ['web-5d9c7b8f4-x2x7q', 'workload:Deployment:edge/web', 0],
      ['web-5d9c7b8f4-9kq2m', 'workload:Deployment:edge/web', 0],
      ['multus-4frf4', undefined, 0],
    ])
  })

  it('reports net2 missing when the network-status lacks it, on the attachment that asks for it', () => {
    expect(codesOf(webPod([eth0, webNet1]))).toEqual([
      ['drift.interface-missing', 'attachments.1', { pod: 'edge/web-5d9c7b8f4-x2x7q', interface: 'net2', network: 'edge/bridge-net' }],
    ])
  })

  it('lists each designed and reported interface with what Multus reported and its own findings, and says how the pod was matched', () => {
    const [pod] = compareNetworkStatus(project, webPod([eth0, webNet1, { name: 'edge/debug-net', interface: 'net3', ips: [] }])).pods
    expect(pod?.matchedBy).toEqual({ by: 'owner-of-owner', via: 'ReplicaSet/web-5d9c7b8f4' })
    expect(pod?.interfaces.map((entry) => [entry.interface, entry.designed, entry.found?.ips, entry.issues.map((issue) => issue.code)])).toEqual([
      ['net1', 'default/macvlan-net', ['192.168.20.101'], []],
      ['net2', 'edge/bridge-net', undefined, ['drift.interface-missing']],
      ['net3', undefined, [], ['drift.interface-extra']],
    ])
    expect(pod?.issues.map((issue) => issue.code)).toEqual(['drift.interface-missing', 'drift.interface-extra'])
  })

  it('lists no interface when the network-status cannot be read; the finding is on the pod', () => {
    const [pod] = compareNetworkStatus(project, webPod('not json')).pods
    expect(pod?.interfaces).toEqual([])
    expect(pod?.issues.map((issue) => issue.code)).toEqual(['drift.network-status-invalid'])
  })

  it.each<[string, unknown[], unknown[][]]>([
    ['an interface the design does not attach', [eth0, webNet1, webNet2, { name: 'edge/debug-net', interface: 'net3', ips: [], mac: '02:00:00:00:00:09' }],
      [['drift.interface-extra', 'attachments', { interface: 'net3', network: 'edge/debug-net' }]]],
    ['net1 on another network', [eth0, { ...webNet1, name: 'default/other-net' }, webNet2],
      [['drift.attached-to-other-network', 'attachments.0', { interface: 'net1', expected: 'default/macvlan-net', found: 'default/other-net' }]]],
    ['an address outside the host-local range', [eth0, { ...webNet1, ips: ['192.168.20.5'] }, webNet2],
      [['drift.address-outside-pool', 'attachments.0', { interface: 'net1', network: 'default/macvlan-net', pool: '192.168.20.100-192.168.20.150', address: '192.168.20.5' }]]],
    ['the gateway of the range, which host-local never hands out', [eth0, webNet1, { ...webNet2, ips: ['10.10.0.1'] }],
      [['drift.address-outside-pool', 'attachments.1', { interface: 'net2', network: 'edge/bridge-net', pool: '10.10.0.1-10.10.0.254', address: '10.10.0.1' }]]],
    ['no address where host-local gives one', [eth0, webNet1, { ...webNet2, ips: [] }],
      [['drift.interface-without-address', 'attachments.1', { interface: 'net2', network: 'edge/bridge-net', ipam: 'host-local' }]]],
  ])('reports %s', (_, status, expected) => {
    expect(codesOf(webPod(status)).map(([code, field, params]) => [code, field, { ...(params as object), pod: undefined }])).toEqual(expected.map(([code, field, params]) => [code, field, { ...(params as object), pod: undefined }]))
  })

  it('checks the requested address and MAC of a pod by name, MACs compared as addresses, not text', () => {
    const probe = (net1: object) => podYaml('probe', { namespace: 'default', labels: 'run: probe', status: [eth0, { name: 'default/macvlan-net', interface: 'net1', ...net1 }] })
    expect(codesOf(probe({ ips: ['192.168.20.120'], mac: '02:00:00:00:20:10' }))).toEqual([])
    expect(codesOf(probe({ ips: ['192.168.20.120'], mac: '02-00-00-00-20-10' }))).toEqual([])
    expect(codesOf(probe({ ips: ['192.168.20.121'], mac: '02:00:00:00:20:11' }))).toEqual([
      ['drift.address-not-requested', 'attachments.0', { pod: 'default/probe', interface: 'net1', network: 'default/macvlan-net', requested: '192.168.20.120/24', address: '192.168.20.121' }],
      ['drift.mac-differs', 'attachments.0', { pod: 'default/probe', interface: 'net1', expected: '02:00:00:00:20:10', found: '02:00:00:00:20:11' }],
    ])
  })

  it('expects no address where static IPAM has none to give', () => {
    const bare = importYaml(`${input}---\napiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata: {name: l2-only, namespace: edge}\nspec:\n  config: '{"cniVersion": "0.4.0", "type": "bridge", "bridge": "br-l2", "ipam": {"type": "static"}}'\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: l2\n  namespace: edge\n  annotations: {k8s.v1.cni.cncf.io/networks: l2-only}\n`).project
    const status = [eth0, { name: 'edge/l2-only', interface: 'net1', mac: '02:00:00:00:00:0a' }]
    const text = podYaml('l2', { labels: 'run: l2', status })
    expect(compareNetworkStatus(bare, text).pods[0]).toMatchObject({ workloadId: 'workload:Pod:edge/l2', issues: [] })
  })

  it('says when Multus did not attach the pod at all, or wrote something unreadable', () => {
    expect(codesOf(webPod(undefined)).map(([code]) => code)).toEqual(['drift.network-status-missing'])
    expect(codesOf(webPod('{"name": "ovn-kubernetes"}')).map(([code]) => code)).toEqual(['drift.network-status-invalid'])
    expect(codesOf(webPod('[{"name": ')).map(([code]) => code)).toEqual(['drift.network-status-invalid'])
  })

  it.each([
    ['ownerReferences', webPod([eth0])],
    ['generateName alone (ownerReferences trimmed)', podYaml('web-5d9c7b8f4-x2x7q', { generateName: 'web-5d9c7b8f4-', status: [eth0] })],
    ['the selector labels alone', podYaml('web-copy', { status: [eth0] })],
  ])('finds the Deployment of a pod by %s', (_, text) => {
    expect(compareNetworkStatus(project, text).pods[0]?.workloadId).toBe('workload:Deployment:edge/web')
  })

  it('matches no workload of another namespace', () => {
    expect(compareNetworkStatus(project, podYaml('web-5d9c7b8f4-x2x7q', { namespace: 'shop', owner: 'ReplicaSet/web-5d9c7b8f4', status: [eth0] })).pods[0]?.workloadId).toBeUndefined()
  })

  it('reads `-o json` output too', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'probe', namespace: 'default', annotations: { 'k8s.v1.cni.cncf.io/network-status': JSON.stringify([eth0]) } } })
    expect(codesOf(json)).toEqual([['drift.interface-missing', 'attachments.0', { pod: 'default/probe', interface: 'net1', network: 'default/macvlan-net' }]])
  })
})

describe('compareNetworkStatus on hostile or wrong input', () => {
  it.each([
    ['empty text', '', ['drift.no-pods']],
    ['a NAD instead of pods', input.split('---')[0] ?? '', ['drift.no-pods']],
    ['broken YAML', 'kind: [\n', ['yaml.syntax-error']],
    ['more than the import allows', `#${'x'.repeat(IMPORT_LIMITS.totalBytes)}`, ['yaml.input-too-large']],
  ])('reports %s without throwing', (_, text, codes) => {
    expect(compareNetworkStatus(project, text).issues.map((issue) => issue.code)).toEqual(codes)
  })

  it('refuses an alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
    expect(compareNetworkStatus(project, `${levels.join('\n')}\nkind: Pod\n`).issues.map((issue) => issue.code)).toEqual(['yaml.alias-expansion-too-large'])
  })

  it('never throws on arbitrary pod-shaped objects', () => {
    const value = fc.jsonValue({ maxDepth: 3 })
    const pod = fc.record({ kind: fc.constant('Pod'), metadata: fc.record({ name: value, namespace: value, generateName: value, labels: value, ownerReferences: value, annotations: fc.oneof(value, fc.record({ 'k8s.v1.cni.cncf.io/network-status': fc.oneof(value, value.map((v) => JSON.stringify(v))) })) }, { requiredKeys: [] }) })
    fc.assert(fc.property(fc.array(pod, { maxLength: 3 }), (pods) => {
      expect(() => compareNetworkStatus(project, JSON.stringify({ kind: 'List', items: pods }))).not.toThrow()
    }), { numRuns: 300 })
  })
})
