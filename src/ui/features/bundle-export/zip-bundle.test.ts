import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildBundle, importYaml } from '../../../core'
import { zipBundle } from './zip-bundle'

const input = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: {name: lan-a, namespace: edge}
spec:
  config: '{"cniVersion":"0.4.0","type":"macvlan","master":"eth1","ipam":{"type":"dhcp"}}'
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: edge}
data: {level: "debug"}   # kept as written
`

describe('zipBundle', () => {
  it('holds exactly the files buildBundle returns, byte for byte, in one folder named after the bundle', async () => {
    const bundle = buildBundle(importYaml(input).project, { name: 'edge' })
    const blob = await zipBundle(bundle.name, bundle.files)
    expect(blob.type).toBe('application/zip')
    const unzipped = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    expect(Object.keys(unzipped)).toEqual(bundle.files.map((file) => `edge/${file.path}`))
    for (const file of bundle.files) expect(strFromU8(unzipped[`edge/${file.path}`] ?? new Uint8Array())).toBe(file.text)
    expect(Object.keys(unzipped)).toEqual([
      'edge/10-namespace-edge.yaml', 'edge/20-nad-edge-lan-a.yaml', 'edge/40-passthrough-configmap-settings.yaml', 'edge/kustomization.yaml', 'edge/README.md',
    ])
  })

  it('keeps names and text outside ASCII intact', async () => {
    const blob = await zipBundle('b', [{ path: 'README.md', text: 'ネットワーク — ok\n' }])
    const unzipped = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    expect(strFromU8(unzipped['b/README.md'] ?? new Uint8Array())).toBe('ネットワーク — ok\n')
  })
})
