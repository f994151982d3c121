import { MICROSHIFT_417_PLATFORM, type Network, type Project, type Workload } from '../src/core/project/model'

/**
 * A worst case for the cross-object rules: every NAD on one master, one bridge, one overlapping subnet and one
 * namespace, every workload attaching several of them. Used to check that rule cost grows near-linearly.
 */
export function generateCrowdedProject(networks: number, workloads: number): Project {
  const nads: Network[] = Array.from({ length: networks }, (_, i) => {
    const name = `crowd-${i}`
    const ipam = { type: 'host-local' as const, subnet: i % 2 ? '10.0.0.0/8' : `10.${i % 250}.0.0/16`, routes: [{ dst: '0.0.0.0/0' }] }
    const config = i % 3 === 0
      ? { type: 'bridge' as const, cniVersion: '1.0.0', isGateway: true, forceAddress: i % 2 === 0, ipam: { ...ipam, ranges: [[{ subnet: `fd00:${i.toString(16)}::/64` }]] } }
      : { type: 'macvlan' as const, cniVersion: '1.0.0', master: 'enp2s0', mode: i % 10 === 0 ? 'passthru' : 'bridge', mac: '02:00:00:00:00:01', ipam }
    return { id: name, name, namespace: 'crowd', config }
  })
  const pods: Workload[] = Array.from({ length: workloads }, (_, i) => ({
    id: `pod-${i}`,
    kind: 'Deployment',
    name: `pod-${i}`,
    namespace: 'crowd',
    replicas: 3,
    attachments: [0, 1, 2, 3].map((a) => ({ network: `crowd-${(i * 7 + a) % networks}`, interface: a === 3 ? 'net1' : undefined, ips: ['10.1.2.3'], mac: '02:00:00:00:00:02' })),
  }))
  return { networks: nads, workloads: pods, hostNics: [], platform: { ...MICROSHIFT_417_PLATFORM }, passThrough: [] }
}
