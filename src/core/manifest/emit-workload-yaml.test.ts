import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { aWorkload } from '../validation/test-builders'
import { emitWorkloadYaml } from './emit-workload-yaml'
import { importYaml } from './import-yaml'

type Manifest = { kind: string; metadata: { annotations?: Record<string, string> }; spec: Record<string, unknown> & { template?: { metadata: { labels: Record<string, string>; annotations: Record<string, string> } } } }

describe('emitWorkloadYaml', () => {
  it('puts the annotation on a Pod’s own metadata', () => {
    const yaml = emitWorkloadYaml(aWorkload('Pod', [{ network: 'lan-a' }], { name: 'client', namespace: 'apps' }))
    expect(yaml).toContain(`metadata:
  name: client
  namespace: apps
  labels:
    app: client
  annotations:
    k8s.v1.cni.cncf.io/networks: lan-a
`)
    expect(yaml).toContain('image: registry.access.redhat.com/ubi9/ubi-minimal')
  })

  it.each(['Deployment', 'StatefulSet', 'DaemonSet'] as const)('puts the annotation on the pod template of a %s', (kind) => {
    const manifest = load(emitWorkloadYaml(aWorkload(kind, [{ network: 'lan-a', ips: ['10.1.1.5/24'] }], { name: 'web', replicas: 3 }))) as Manifest
    expect(manifest.kind).toBe(kind)
    expect(manifest.metadata.annotations).toBeUndefined()
    expect(manifest.spec.template?.metadata.annotations).toEqual({ 'k8s.v1.cni.cncf.io/networks': '[{"name":"lan-a","ips":["10.1.1.5/24"]}]' })
    expect(manifest.spec.selector).toEqual({ matchLabels: { app: 'web' } })
    expect(manifest.spec.template?.metadata.labels).toEqual({ app: 'web' })
    expect(manifest.spec.replicas).toBe(kind === 'DaemonSet' ? undefined : 3)
    if (kind === 'StatefulSet') expect(manifest.spec.serviceName).toBe('web')
  })

  it('re-emits an imported manifest with only the networks annotation replaced', () => {
    const original = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {tier: front}
spec:
  replicas: 2
  selector:
    matchLabels: {tier: front}
  template:
    metadata:
      labels: {tier: front}
      annotations:
        other: kept
        k8s.v1.cni.cncf.io/networks: lan-a
    spec:
      containers: [{name: nginx, image: nginx}]
`
    const workload = importYaml(original).project.workloads[0]
    if (!workload) throw new Error('not imported')
    const yaml = emitWorkloadYaml({ ...workload, attachments: [{ network: 'lan-a' }, { network: 'lan-b', interface: 'data0' }] })
    const manifest = load(yaml) as Manifest
    expect(manifest.spec.template?.metadata.annotations).toEqual({ other: 'kept', 'k8s.v1.cni.cncf.io/networks': 'lan-a,lan-b@data0' })
    expect(yaml).toContain('containers:\n        - name: nginx\n          image: nginx\n')
    expect(yaml).not.toContain('namespace:')
  })

  it('drops the annotation when no attachment is left', () => {
    const workload = importYaml(`kind: Pod\napiVersion: v1\nmetadata:\n  name: p\n  annotations:\n    k8s.v1.cni.cncf.io/networks: lan-a\n`).project.workloads[0]
    if (!workload) throw new Error('not imported')
    expect(emitWorkloadYaml({ ...workload, attachments: [] })).not.toContain('k8s.v1.cni.cncf.io/networks')
  })
})
