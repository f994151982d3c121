import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { emitNadYaml } from './emit-nad-yaml'
import { importYaml } from './import-yaml'
import bridgeConfYaml from './fixtures/bridge-conf.yaml?raw'
import ipvlanNetYaml from './fixtures/ipvlan-net.yaml?raw'
import macvlanNetYaml from './fixtures/macvlan-net.yaml?raw'

// The three examples of the MicroShift 4.17 "multiple networks" chapter (5.1.3.1, 5.1.4.1, 5.1.5.1), as models.
// What the real plugins make of them is noted in fixtures/README.md.
const bridgeConf: Network = {
  id: 'bridge-conf',
  name: 'bridge-conf',
  namespace: 'default',
  config: {
    cniVersion: '0.4.0',
    type: 'bridge',
    bridge: 'test-bridge',
    ipam: {
      type: 'host-local',
      ranges: [[{ subnet: '10.10.0.0/16', rangeStart: '10.10.1.20', rangeEnd: '10.10.3.50', gateway: '10.10.0.254' }]],
      dataDir: '/var/lib/cni/test-bridge',
    },
    extra: { mode: 'bridge' },
  },
}

const ipvlanNet: Network = {
  id: 'ipvlan-net',
  name: 'ipvlan-net',
  namespace: 'default',
  config: {
    cniVersion: '0.3.1',
    name: 'ipvlan-net',
    type: 'ipvlan',
    master: 'eth1',
    linkInContainer: false,
    mode: 'l3',
    ipam: { type: 'static', addresses: [{ address: '192.168.10.10/24' }] },
  },
}

const macvlanNet: Network = {
  id: 'macvlan-net',
  name: 'macvlan-net',
  namespace: 'default',
  config: { cniVersion: '0.3.1', name: 'macvlan-net', type: 'macvlan', master: 'eth1', linkInContainer: false, mode: 'bridge', ipam: { type: 'dhcp' } },
}

describe.each([
  ['bridge-conf', bridgeConf, bridgeConfYaml],
  ['ipvlan-net', ipvlanNet, ipvlanNetYaml],
  ['macvlan-net', macvlanNet, macvlanNetYaml],
])('MicroShift example %s', (_, network, fixture) => {
  it('emits the reviewed fixture byte for byte', () => {
    expect(emitNadYaml(network)).toBe(fixture)
  })

  it('imports the fixture back to the same network', () => {
    const { project } = importYaml(fixture)
    const { id: _id, ...imported } = project.networks[0] ?? network
    const { id: _original, ...expected } = network
    const expectedConfig = expected.config && expected.config.type !== 'foreign' ? { ...expected.config, name: expected.config.name ?? expected.name } : expected.config
    expect(imported).toEqual({ ...expected, config: expectedConfig })
  })
})
