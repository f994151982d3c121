import { describe, expect, it } from 'vitest'
import { emptyProject, type Network, type Project } from '../project/model'
import { aMacvlanNetwork, anIpvlanNetwork, aBridgeNetwork, aWorkload, dhcp, hostLocal, staticIpam } from '../validation/test-builders'
import { buildNetworkStatusExample } from './build-network-status-example'
import { buildPodInterfaces } from './build-pod-interfaces'
import { buildVerificationCommands } from './build-verification-commands'

const projectWith = (...networks: Network[]): Project => ({ ...emptyProject(), networks })
const bridge = aBridgeNetwork({ ipam: { type: 'host-local', ranges: [[{ subnet: '10.10.0.0/16', rangeStart: '10.10.1.20', gateway: '10.10.0.254' }]] } }, { name: 'bridge-conf' })
const ipvlan = anIpvlanNetwork({ master: 'eth1', ipam: staticIpam('192.168.10.10/24') }, { name: 'ipvlan-net' })
const macvlan = aMacvlanNetwork({ master: 'eth1', ipam: dhcp() }, { name: 'macvlan-net' })
const legacy = aMacvlanNetwork({ master: 'eth1', ipam: hostLocal('192.168.1.0/24') }, { name: 'hl' })

describe('buildPodInterfaces', () => {
  it('gives eth0 first, then net<position> or the requested name', () => {
    const pod = aWorkload('Pod', [{ network: 'bridge-conf', interface: 'macvlan1' }, { network: 'ipvlan-net' }])
    expect(buildPodInterfaces(pod, projectWith(bridge, ipvlan)).map((i) => i.interface)).toEqual(['eth0', 'macvlan1', 'net2'])
  })

  it.each([
    ['the requested ips without prefix', { network: 'hl', ips: ['192.168.1.77/24'] }, ['192.168.1.77'], 'requested'],
    ['the static addresses', { network: 'ipvlan-net' }, ['192.168.10.10'], 'static'],
    ['host-local rangeStart', { network: 'bridge-conf' }, ['10.10.1.20'], 'host-local'],
    ['host-local network+2 when the default gateway is network+1', { network: 'hl' }, ['192.168.1.2'], 'host-local'],
    ['no address for dhcp', { network: 'macvlan-net' }, [], 'dhcp'],
    ['no address for dhcp even when ips are requested', { network: 'macvlan-net', ips: ['10.9.9.9/24'] }, [], 'dhcp'],
    ['no address for a missing NAD', { network: 'nope' }, [], 'unknown'],
  ])('takes %s', (_, attachment, ips, source) => {
    const [, entry] = buildPodInterfaces(aWorkload('Pod', [attachment]), projectWith(bridge, ipvlan, macvlan, legacy))
    expect(entry).toMatchObject({ ips, addressSource: source })
  })

  it('finds the NAD in the pod\'s namespace when the attachment names an empty namespace, as Multus does', () => {
    const pod = aWorkload('Pod', [{ network: 'hl', namespace: '' }])
    const [, entry] = buildPodInterfaces(pod, projectWith(legacy))
    expect(entry).toMatchObject({ networkName: 'default/hl', ips: ['192.168.1.2'], addressSource: 'host-local' })
  })

  it('hands the next pool address to a second attachment of the same NAD', () => {
    const pod = aWorkload('Pod', [{ network: 'hl' }, { network: 'hl' }])
    expect(buildPodInterfaces(pod, projectWith(legacy)).map((i) => i.ips)).toEqual([['10.42.0.17'], ['192.168.1.2'], ['192.168.1.3']])
  })
})

describe('buildNetworkStatusExample', () => {
  it('writes what Multus writes: ovn-kubernetes default on eth0, ns/name, bare ips, dns {}', () => {
    const pod = aWorkload('Pod', [{ network: 'ipvlan-net' }, { network: 'macvlan-net', mac: '02:AA:00:00:00:01' }], { namespace: 'default' })
    expect(JSON.parse(buildNetworkStatusExample(pod, projectWith(ipvlan, macvlan)))).toEqual([
      { name: 'ovn-kubernetes', interface: 'eth0', ips: ['10.42.0.17'], mac: '0a:58:0a:2a:00:11', default: true, dns: {} },
      { name: 'default/ipvlan-net', interface: 'net1', ips: ['192.168.10.10'], mac: expect.stringMatching(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/), dns: {} },
      { name: 'default/macvlan-net', interface: 'net2', ips: ['<leased by DHCP>'], mac: '02:aa:00:00:00:01', dns: {} },
    ])
  })

  it('is stable', () => {
    const pod = aWorkload('Pod', [{ network: 'hl' }], { name: 'p' })
    expect(buildNetworkStatusExample(pod, projectWith(legacy))).toBe(buildNetworkStatusExample(pod, projectWith(legacy)))
  })
})

describe('buildVerificationCommands', () => {
  it('checks Multus, the network-status annotation and the interfaces of a Pod', () => {
    expect(buildVerificationCommands(aWorkload('Pod', [{ network: 'a' }, { network: 'b', interface: 'data0' }], { name: 'client', namespace: 'apps' }))).toEqual([
      { command: 'oc get pod -A | grep multus' },
      { command: "oc get pod client -n apps -o jsonpath='{.metadata.annotations.k8s\\.v1\\.cni\\.cncf\\.io/network-status}'" },
      { command: 'oc exec -n apps client -- ls /sys/class/net', expectedOutput: 'eth0 net1 data0' },
    ])
  })

  it('single-quotes an imported name that is more than a Kubernetes name, so the command runs nothing else', () => {
    expect(buildVerificationCommands(aWorkload('Pod', [{ network: 'a' }], { name: "x';rm -rf ~;'", namespace: 'a b' }))[2]).toEqual({
      command: "oc exec -n 'a b' 'x'\\'';rm -rf ~;'\\''' -- ls /sys/class/net", expectedOutput: 'eth0 net1',
    })
  })

  it('finds a Deployment’s pod by its label and a StatefulSet’s first pod by name', () => {
    expect(buildVerificationCommands(aWorkload('Deployment', [{ network: 'a' }], { name: 'web' }))[1]).toEqual({ command: "POD=$(oc get pod -n default -l app=web -o jsonpath='{.items[0].metadata.name}')" })
    expect(buildVerificationCommands(aWorkload('StatefulSet', [{ network: 'a' }], { name: 'db' }))[2]).toEqual({ command: 'oc exec -n default db-0 -- ls /sys/class/net', expectedOutput: 'eth0 net1' })
  })
})
