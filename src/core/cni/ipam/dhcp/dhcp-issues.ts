import type { IssueCatalogue } from '../../../validation/issue'

/** dhcp codes (plugins/ipam/dhcp/{daemon,options}.go, v1.5.1; MicroShift docs). */
export const DHCP_ISSUES = {
  'dhcp.option-unknown': {
    severity: 'error',
    message:
      'DHCP option "{option}" is rejected: "Can not parse option". Use one of dhcp-client-identifier, subnet-mask, routers, host-name, user-class, vendor-class-identifier or a number 0–255.',
  },
  'dhcp.option-name-unsupported': {
    severity: 'error',
    message: 'DHCP option name "{option}" is rejected by the daemon ("Can not parse option"); write its number "{number}".',
  },
  'dhcp.provide-value-too-long': {
    severity: 'error',
    message: 'The value for option {option} is {bytes} bytes: "value too long for option" (at most 255).',
  },
  'dhcp.daemon-socket-path-not-served': {
    severity: 'error',
    message:
      'MicroShift\'s dhcp-daemon listens only on /run/cni/dhcp.sock, so with daemonSocketPath {path} the plugin fails with "error dialing DHCP daemon: ... no such file or directory". Remove the key.',
  },
  'dhcp.daemon-socket-path-redundant': {
    severity: 'info',
    message: 'daemonSocketPath {path} is where the dhcp-daemon listens anyway; the key can go.',
  },
  'dhcp.ipv4-only': {
    severity: 'info',
    message: 'The dhcp IPAM is a DHCPv4 client: pods get no IPv6 address from it. It needs the dhcp-daemon pods in openshift-multus.',
  },
  'dhcp.requested-ips-ignored': {
    severity: 'warning',
    message: 'dhcp ignores requested `ips`: the address comes from the DHCP server.',
  },
} as const satisfies IssueCatalogue
