import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { aBridgeNetwork, aMacvlanNetwork, hostLocal } from '../validation/test-builders'
import { emitNadYaml } from './emit-nad-yaml'

const lanA = () => aMacvlanNetwork({ master: 'enp2s0', mode: 'bridge', ipam: hostLocal('192.168.50.0/24') }, { name: 'lan-a', namespace: 'apps' })

describe('emitNadYaml', () => {
  it('writes spec.config as an indented JSON literal block', () => {
    expect(emitNadYaml(lanA())).toBe(`apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: lan-a
  namespace: apps
spec:
  config: |
    {
      "cniVersion": "0.4.0",
      "name": "lan-a",
      "type": "macvlan",
      "master": "enp2s0",
      "mode": "bridge",
      "ipam": {
        "type": "host-local",
        "subnet": "192.168.50.0/24"
      }
    }
`)
  })

  it('writes one-line JSON in a single-quoted scalar with compact', () => {
    const yaml = emitNadYaml(lanA(), { compact: true })
    expect(yaml).toContain(`  config: '{"cniVersion":"0.4.0","name":"lan-a","type":"macvlan","master":"enp2s0","mode":"bridge","ipam":{"type":"host-local","subnet":"192.168.50.0/24"}}'\n`)
  })

  it.each([false, true])('loads back to the same config string (compact: %s)', (compact) => {
    const network = aBridgeNetwork({ name: "it's", bridge: 'br-a', isGateway: true }, { name: 'br-a' })
    const loaded = load(emitNadYaml(network, { compact })) as { spec: { config: string } }
    expect(JSON.parse(loaded.spec.config)).toMatchObject({ name: "it's", bridge: 'br-a', isGateway: true })
    expect(loaded.spec.config.endsWith('\n')).toBe(!compact)
  })

  it('writes labels and annotations when present', () => {
    const network = { ...lanA(), labels: { tier: 'edge' }, annotations: { 'k8s.v1.cni.cncf.io/resourceName': 'x' } }
    expect(emitNadYaml(network)).toContain('  labels:\n    tier: edge\n  annotations:\n    k8s.v1.cni.cncf.io/resourceName: x\n')
  })

  it('writes no spec.config for a NAD without config', () => {
    const yaml = emitNadYaml({ id: 'n', name: 'on-node', namespace: 'default' })
    expect(yaml).toContain('spec: {}\n')
    expect(yaml).not.toContain('config')
  })

  it('re-emits an unparseable config verbatim', () => {
    const configText = '{"cniVersion":"0.4.0","type":"macvlan",'
    const loaded = load(emitNadYaml({ id: 'n', name: 'broken', namespace: 'default', configText })) as { spec: { config: string } }
    expect(loaded.spec.config).toBe(configText)
  })

  it('is stable: the same network gives the same bytes', () => {
    expect(emitNadYaml(lanA())).toBe(emitNadYaml(lanA()))
  })
})
