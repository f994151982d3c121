import { describe, expect, it } from 'vitest'
import type { Attachment } from '../project/model'
import { aWorkload } from '../validation/test-builders'
import { buildNetworksAnnotation } from './build-networks-annotation'
import { parseNetworksAnnotation } from './parse-networks-annotation'

const pod = (attachments: Attachment[]) => aWorkload('Pod', attachments, { name: 'p', namespace: 'apps' })

describe('buildNetworksAnnotation', () => {
  it.each<[string, Attachment[], string]>([
    ['uses the comma form for plain names', [{ network: 'net-a' }, { network: 'net-b', interface: 'data0' }], 'net-a,net-b@data0'],
    ['omits the namespace equal to the pod namespace', [{ network: 'net-a', namespace: 'apps' }], 'net-a'],
    ['writes another namespace as ns/name', [{ network: 'net-a', namespace: 'infra' }], 'infra/net-a'],
    ['switches to JSON for ips', [{ network: 'net-a', ips: ['10.1.1.5/24'] }], '[{"name":"net-a","ips":["10.1.1.5/24"]}]'],
    ['switches to JSON for a name that is not a DNS label', [{ network: 'Net_A' }], '[{"name":"Net_A"}]'],
    ['switches to JSON for an interface name over 15 characters', [{ network: 'a', interface: 'sixteen-chars-xx' }], '[{"name":"a","interface":"sixteen-chars-xx"}]'],
    ['switches to JSON for a non-ASCII interface name', [{ network: 'a', interface: 'réseau' }], '[{"name":"a","interface":"réseau"}]'],
    [
      'orders JSON keys name, namespace, interface, ips, mac, default-route, extra',
      [{ network: 'a', extra: { 'cni-args': { x: 1 } }, defaultRoute: ['10.1.1.1'], mac: '02:00:00:00:00:01', ips: ['10.1.1.5/24'], interface: 'n1', namespace: 'x' }],
      '[{"name":"a","namespace":"x","interface":"n1","ips":["10.1.1.5/24"],"mac":"02:00:00:00:00:01","default-route":["10.1.1.1"],"cni-args":{"x":1}}]',
    ],
    ['gives an empty value without attachments', [], ''],
  ])('%s', (_, attachments, expected) => {
    expect(buildNetworksAnnotation(pod(attachments))).toBe(expected)
  })

  it('keeps JSON when the workload prefers it', () => {
    expect(buildNetworksAnnotation({ ...pod([{ network: 'a' }]), preferJsonAnnotation: true })).toBe('[{"name":"a"}]')
  })

  it('parses back to the same attachments', () => {
    const attachments: Attachment[] = [{ network: 'a', namespace: 'x', interface: 'n1', ips: ['10.1.1.5/24'], mac: '02:00:00:00:00:01' }, { network: 'b' }]
    expect(parseNetworksAnnotation(buildNetworksAnnotation(pod(attachments)), 'apps').attachments).toEqual(attachments)
  })
})
