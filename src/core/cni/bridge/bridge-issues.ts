import type { IssueCatalogue } from '../../validation/issue'

/** bridge codes (plugins/main/bridge/bridge.go, v1.5.1). */
export const BRIDGE_ISSUES = {
  'bridge.vlan-out-of-range': {
    severity: 'error',
    message: 'vlan {vlan} is rejected: "invalid VLAN ID {vlan} (must be between 0 and 4094)".',
  },
  'bridge.vlan-trunk-id-out-of-range': {
    severity: 'error',
    message: 'Trunk id {value} is rejected: "incorrect trunk id parameter" (allowed 1–4094).',
  },
  'bridge.vlan-trunk-min-id-out-of-range': {
    severity: 'error',
    message: 'Trunk minID {value} is rejected: "incorrect trunk minID parameter" (allowed 1–4094).',
  },
  'bridge.vlan-trunk-max-id-out-of-range': {
    severity: 'error',
    message: 'Trunk maxID {value} is rejected: "incorrect trunk maxID parameter" (allowed 1–4094).',
  },
  'bridge.vlan-trunk-min-id-above-max-id': {
    severity: 'error',
    message: 'Trunk minID {minID} is above maxID {maxID}: "minID is greater than maxID in trunk parameter".',
  },
  'bridge.vlan-trunk-min-id-missing': {
    severity: 'error',
    message: 'Trunk entry has maxID but no minID: "minID and maxID should be configured simultaneously, minID is missing".',
  },
  'bridge.vlan-trunk-max-id-missing': {
    severity: 'error',
    message: 'Trunk entry has minID but no maxID: "minID and maxID should be configured simultaneously, maxID is missing".',
  },
  'bridge.vlan-trunk-entry-empty': {
    severity: 'warning',
    message: 'Trunk entry has neither id nor minID/maxID; the plugin skips it.',
  },
  'bridge.vlan-with-vlan-trunk': {
    severity: 'error',
    message: 'MicroShift 4.17 rejects vlan together with vlanTrunk: "cannot set vlan and vlanTrunk at the same time".',
  },
  'bridge.hairpin-with-promisc': {
    severity: 'error',
    message: 'hairpinMode and promiscMode are both on: "cannot set hairpin mode and promiscuous mode at the same time".',
  },
  'bridge.ipam-with-container-interface-disabled': {
    severity: 'error',
    message: 'disableContainerInterface forbids IPAM: "cannot use IPAM when DisableContainerInterface flag is set".',
  },
  'bridge.name-too-long': {
    severity: 'error',
    message: 'Bridge name "{bridge}" is longer than 15 bytes: "could not add ...: numerical result out of range".',
  },
  'bridge.name-invalid': {
    severity: 'error',
    message: 'Bridge name "{bridge}" is not a valid interface name (not empty, not . or .., no / : or whitespace).',
  },
  'bridge.name-is-host-nic': {
    severity: 'error',
    message: 'Bridge name "{bridge}" is an existing host NIC: "already exists but is not a bridge". Pick a new bridge name.',
  },
  'bridge.gateway-option-without-ipam': {
    severity: 'warning',
    message: '`{option}` has no effect without IPAM.',
  },
  'bridge.dhcp-needs-server': {
    severity: 'warning',
    message: 'bridge + dhcp needs a DHCP server on the bridged segment; link the bridge to that network (add a NIC to it).',
  },
  'bridge.gateway-is-pod-address': {
    severity: 'error',
    message:
      'Address {address} has no `gateway`, so with `{option}` the bridge takes the subnet\'s first address {gateway} as gateway and puts it on the bridge: that is the pod\'s own address, and bridge and pod clash. Set `gateway` to another address of the subnet, or give the pod another address.',
  },
  'bridge.dhcp-with-is-gateway': {
    severity: 'error',
    message: 'With dhcp, `{option}` puts the DHCP-supplied router address on the host bridge, clashing with the real router.',
  },
} as const satisfies IssueCatalogue
