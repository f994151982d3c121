import { describe, expect, it } from 'vitest'
import { PLUGIN_DEFAULTS } from './plugin-defaults'

describe('PLUGIN_DEFAULTS are what the 4.17 plugins apply', () => {
  it.each<[string, unknown, unknown]>([
    ['bridge name', PLUGIN_DEFAULTS.bridge.bridge, 'cni0'],
    ['bridge preserveDefaultVlan (true on 4.17, false from v1.8)', PLUGIN_DEFAULTS.bridge.preserveDefaultVlan, true],
    ['bridge vlan', PLUGIN_DEFAULTS.bridge.vlan, 0],
    ['bridge isGateway', PLUGIN_DEFAULTS.bridge.isGateway, false],
    ['ipvlan mode', PLUGIN_DEFAULTS.ipvlan.mode, 'l2'],
    ['macvlan mode', PLUGIN_DEFAULTS.macvlan.mode, 'bridge'],
    ['host-local dataDir', PLUGIN_DEFAULTS['host-local'].dataDir, '/var/lib/cni/networks'],
    ['dhcp daemonSocketPath', PLUGIN_DEFAULTS.dhcp.daemonSocketPath, '/run/cni/dhcp.sock'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected)
  })
  it('has no default master (the default-route NIC is chosen at run time)', () => {
    expect('master' in PLUGIN_DEFAULTS.macvlan).toBe(false)
  })
})
