import { describe, expect, it } from 'vitest'
import { emptyProject, validateProject, type Network, type PluginType } from '../../../core'
import { toNetwork } from './form-values'
import { blankNetwork, NETWORK_PRESETS } from './network-presets'

/** The network the wizard holds right after the plugin is chosen (empty inputs are "not set"). */
function freshDraft(plugin: PluginType) {
  const blank = blankNetwork('n1', plugin, `${plugin}-net`)
  return toNetwork(blank, blank)
}

function errorsOf(plugin: PluginType) {
  return validateProject({ ...emptyProject(), networks: [freshDraft(plugin)] })
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.code} @ ${issue.field}`)
}

describe('a new network in the wizard', () => {
  it.each(['bridge', 'ipvlan', 'macvlan'] as const)('starts %s with the IPAM of the MicroShift chapter\u2019s example', (plugin) => {
    const example = NETWORK_PRESETS.find((preset) => preset.fromChapter && preset.plugin === plugin)?.build('x')
    const ipamType = (network: Network | undefined) => network?.config?.type === 'foreign' ? undefined : network?.config?.ipam?.type
    expect(ipamType(freshDraft(plugin))).toBe(ipamType(example))
    expect(ipamType(example)).toBeDefined()
  })

  it('macvlan with dhcp needs nothing more: no error', () => {
    expect(errorsOf('macvlan')).toEqual([])
  })

  it('ipvlan with static is missing exactly its address, at the address field', () => {
    expect(errorsOf('ipvlan')).toEqual(['static.address-missing @ config.ipam.addresses.0.address'])
  })

  it('bridge with host-local is missing exactly its subnet, at the subnet field', () => {
    expect(errorsOf('bridge')).toEqual(['host-local.subnet-missing @ config.ipam.ranges.0.0.subnet'])
  })
})
