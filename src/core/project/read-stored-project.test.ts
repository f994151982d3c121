import { describe, expect, it } from 'vitest'
import { aBridgeNetwork, aMacvlanNetwork, aPod, attach, hostLocal } from '../validation/test-builders'
import { emptyProject, MICROSHIFT_417_PLATFORM, type Network, type Project } from './model'
import { parseProjectFile, PROJECT_FILE_VERSION, serializeProjectFile } from './project-file'

function fileWith(project: Record<string, unknown>): string {
  return JSON.stringify({ format: 'nad-designer-project', version: PROJECT_FILE_VERSION, project: { networks: [], workloads: [], ...project } })
}

function read(project: Record<string, unknown>) {
  const { project: read, issues } = parseProjectFile(fileWith(project))
  return { project: read, found: issues.map((issue) => [issue.code, issue.params.field]) }
}

const aNetworkEntry = (config: unknown, extra: Record<string, unknown> = {}) => ({ id: 'n', name: 'n', namespace: 'default', config, ...extra })

describe('a stored project is read with the model shape, repairs reported', () => {
  it.each<[string, Network]>([
    ['a bridge with host-local', aBridgeNetwork({ bridge: 'br1', mtu: 9000, ipam: hostLocal('10.1.1.0/24', { routes: [{ dst: '0.0.0.0/0' }] }) }, { name: 'b' })],
    ['a macvlan with its own CNI name', aMacvlanNetwork({ name: 'cni-name', master: 'eth1', mode: 'bridge', extra: { foo: [1] } }, { name: 'm' })],
    ['a foreign plugin', { id: 'f', name: 'f', namespace: 'default', config: { type: 'foreign', raw: { cniVersion: '0.4.0', type: 'host-device', device: 'eth2' } } }],
    ['a conflist with a chained plugin', { ...aMacvlanNetwork({ master: 'eth1' }, { name: 'c' }), conflist: { chain: [{ type: 'tuning', sysctl: {} }], extra: { disableCheck: true } } }],
    ['a network without spec.config but with config text', { id: 't', name: 't', namespace: 'default', configText: '{ nope', labels: { a: 'b' } }],
  ])('keeps %s as written, with nothing to report', (_, network) => {
    const project: Project = { ...emptyProject(), networks: [network], workloads: [aPod([attach(network, { ips: ['10.1.1.5'] })], { replicas: 2 })], hostNics: [{ name: 'eth1', mtu: 9000, primary: true, addresses: ['192.168.10.2/24'] }],
      passThrough: [{ kind: 'ConfigMap', name: 'settings', namespace: 'apps', text: 'kind: ConfigMap\nmetadata: {name: settings, namespace: apps}\n' }],
    }
    expect(parseProjectFile(serializeProjectFile(project))).toEqual({ project, issues: [] })
  })

  it('fills the platform defaults `platform: {}` leaves out, without a report', () => {
    expect(read({ platform: {} })).toEqual({ project: emptyProject(), found: [] })
  })

  it.each<[string, Record<string, unknown>, Partial<Project>, unknown[][]]>([
    ['a platform that is no object', { platform: 'x' }, {}, [['project-file.value-repaired', 'platform']]],
    ['a clusterNetwork that is no list', { platform: { clusterNetwork: '10.0.0.0/8' } }, {}, [['project-file.value-repaired', 'platform.clusterNetwork']]],
    ['a serviceNetwork with a number in it', { platform: { serviceNetwork: ['10.43.0.0/16', 1] } }, {}, [['project-file.value-repaired', 'platform.serviceNetwork']]],
    ['another target', { platform: { ...MICROSHIFT_417_PLATFORM, target: 'openshift-4.99' } }, {}, [['project-file.value-repaired', 'platform.target']]],
    ['hostNics that are no list', { hostNics: { eth0: 1500 } }, {}, [['project-file.value-repaired', 'hostNics']]],
    ['a NIC without a name, and one with a text MTU', { hostNics: [{ mtu: 1500 }, { name: 'eth1', mtu: '9000', primary: 'yes' }] },
      { hostNics: [{ name: 'eth1', mtu: 1500, primary: false }] },
      [['project-file.entry-dropped', 'hostNics.0'], ['project-file.value-repaired', 'hostNics.1.mtu'], ['project-file.value-repaired', 'hostNics.1.primary']]],
    ['a kept object with where it came from', { passThrough: [{ kind: 'Service', name: 'web', text: 'kind: Service\n', origin: { source: 'a.yaml', line: 4 } }] },
      { passThrough: [{ kind: 'Service', name: 'web', text: 'kind: Service\n', origin: { source: 'a.yaml', line: 4 } }] }, []],
    ['a kept object whose origin has no line', { passThrough: [{ kind: 'Service', name: 'web', text: 'x\n', origin: { source: 'a.yaml' } }] },
      { passThrough: [{ kind: 'Service', name: 'web', text: 'x\n' }] }, [['project-file.value-repaired', 'passThrough.0.origin']]],
    ['a workload of an unknown kind', { workloads: [{ id: 'j', kind: 'Job', name: 'j', namespace: 'default', attachments: [] }] }, {},
      [['project-file.entry-dropped', 'workloads.0']]],
    ['attachments that are no list, and a bad entry', { workloads: [
      { id: 'p', kind: 'Pod', name: 'p', namespace: 'default', attachments: 'net-a' },
      { id: 'q', kind: 'Pod', name: 'q', namespace: 'default', replicas: '3', attachments: [7, { network: 'a', ips: '10.1.1.5', interface: 'net1' }] },
    ] }, { workloads: [
      { id: 'p', kind: 'Pod', name: 'p', namespace: 'default', attachments: [] },
      { id: 'q', kind: 'Pod', name: 'q', namespace: 'default', attachments: [{ network: 'a', interface: 'net1' }] },
    ] }, [['project-file.value-repaired', 'workloads.0.attachments'], ['project-file.entry-dropped', 'workloads.1.attachments.0'],
      ['project-file.value-repaired', 'workloads.1.attachments.1.ips'], ['project-file.value-repaired', 'workloads.1.replicas']]],
    ['a config that is no object', { networks: [aNetworkEntry('bridge')] }, { networks: [{ id: 'n', name: 'n', namespace: 'default' }] },
      [['project-file.value-repaired', 'networks.0.config']]],
    ['a config of an unknown model type', { networks: [aNetworkEntry({ type: 'host-device' })] }, { networks: [{ id: 'n', name: 'n', namespace: 'default' }] },
      [['project-file.value-repaired', 'networks.0.config']]],
    ['a text MTU and a list bridge', { networks: [aNetworkEntry({ type: 'bridge', mtu: '1500', bridge: ['br0'], isGateway: true })] },
      { networks: [{ id: 'n', name: 'n', namespace: 'default', config: { type: 'bridge', isGateway: true } }] },
      [['project-file.value-repaired', 'networks.0.config']]],
    ['extra keys that are no object (the encoder skips them)', { networks: [aNetworkEntry({ type: 'bridge', extra: 'abc', ipam: { type: 'host-local', extra: [1] } })] },
      { networks: [{ id: 'n', name: 'n', namespace: 'default', config: { type: 'bridge', ipam: { type: 'host-local' } } }] },
      [['project-file.value-repaired', 'networks.0.config']]],
    ['an ipam that is no object', { networks: [aNetworkEntry({ type: 'macvlan', master: 'eth1', ipam: 'dhcp' })] },
      { networks: [{ id: 'n', name: 'n', namespace: 'default', config: { type: 'macvlan', master: 'eth1' } }] },
      [['project-file.value-repaired', 'networks.0.config.ipam']]],
    ['ranges that are no list of lists', { networks: [aNetworkEntry({ type: 'bridge', ipam: { type: 'host-local', ranges: [{ subnet: '10.1.1.0/24' }] } })] },
      { networks: [{ id: 'n', name: 'n', namespace: 'default', config: { type: 'bridge', ipam: { type: 'host-local', ranges: [] } } }] },
      [['project-file.value-repaired', 'networks.0.config']]],
    ['two networks with one id', { networks: [{ id: 'n', name: 'a', namespace: 'default' }, { id: 'n', name: 'b', namespace: 'default' }, { id: 'n-2', name: 'c', namespace: 'default' }] },
      { networks: [{ id: 'n', name: 'a', namespace: 'default' }, { id: 'n-3', name: 'b', namespace: 'default' }, { id: 'n-2', name: 'c', namespace: 'default' }] },
      [['project-file.value-repaired', 'networks.1.id']]],
    ['a repeated workload id after a dropped workload (the repair names the entry\'s place in the file)', { workloads: [
      { id: 'j', kind: 'Job', name: 'j', namespace: 'default', attachments: [] },
      { id: 'p', kind: 'Pod', name: 'p', namespace: 'default', attachments: [] },
      { id: 'p', kind: 'Pod', name: 'q', namespace: 'default', attachments: [] },
    ] }, { workloads: [
      { id: 'p', kind: 'Pod', name: 'p', namespace: 'default', attachments: [] },
      { id: 'p-2', kind: 'Pod', name: 'q', namespace: 'default', attachments: [] },
    ] }, [['project-file.entry-dropped', 'workloads.0'], ['project-file.value-repaired', 'workloads.2.id']]],
    ['NIC addresses that are no list of strings', { hostNics: [{ name: 'eth1', mtu: 1500, primary: true, addresses: '10.0.0.2/24' }] },
      { hostNics: [{ name: 'eth1', mtu: 1500, primary: true }] }, [['project-file.value-repaired', 'hostNics.0.addresses']]],
    ['a passed-through object without text, and one with a number for namespace', { passThrough: [
      { kind: 'Service', name: 's' },
      { kind: 'ConfigMap', name: 'c', namespace: 7, text: 'kind: ConfigMap\n' },
    ] }, { passThrough: [{ kind: 'ConfigMap', name: 'c', text: 'kind: ConfigMap\n' }] },
      [['project-file.entry-dropped', 'passThrough.0'], ['project-file.value-repaired', 'passThrough.1.namespace']]],
    ['labels with a number, and a conflist chain that is no list', { networks: [{ id: 'n', name: 'n', namespace: 'default', labels: { a: 1 }, conflist: { chain: {} } }] },
      { networks: [{ id: 'n', name: 'n', namespace: 'default', conflist: { chain: [] } }] },
      [['project-file.value-repaired', 'networks.0.labels'], ['project-file.value-repaired', 'networks.0.conflist.chain']]],
  ])('repairs %s', (_, stored, expected, found) => {
    expect(read(stored)).toEqual({ project: { ...emptyProject(), ...expected }, found })
  })
})
