import type { IssueCatalogue } from '../../../validation/issue'

/** static codes (plugins/ipam/static/main.go, v1.5.1). */
export const STATIC_ISSUES = {
  'static.addresses-missing': {
    severity: 'warning',
    message:
      'static has no addresses and the NAD lacks capabilities.ips: every pod must request `ips` (Multus passes them as CNI_ARGS IP=), or the main plugin fails with "IPAM plugin returned missing IP config".',
  },
  'static.address-missing': {
    severity: 'error',
    message: 'An address entry has no `address`; static rejects it: "the \'address\' field is expected to be in CIDR notation, got: \'\'". Enter one, e.g. 192.168.10.10/24, or remove the entry.',
  },
  'static.address-not-cidr': {
    severity: 'error',
    message: 'Address "{value}" is rejected: "the \'address\' field is expected to be in CIDR notation" (e.g. 10.10.0.5/24).',
  },
  'static.address-is-network-address': {
    severity: 'error',
    message: 'Address {value} is the network address of its subnet; static accepts it, but it is not a usable host address.',
  },
  'static.address-is-broadcast': {
    severity: 'warning',
    message: 'Address {value} is the broadcast address of its subnet.',
  },
  'static.gateway-outside-subnet': {
    severity: 'error',
    message: 'Gateway {value} is outside {subnet}: static accepts it, but routes through it fail ("network is unreachable").',
  },
} as const satisfies IssueCatalogue
