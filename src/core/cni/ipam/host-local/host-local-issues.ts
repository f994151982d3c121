import type { IssueCatalogue } from '../../../validation/issue'

/** host-local codes (plugins/ipam/host-local/backend/allocator/{config,range,range_set}.go, v1.5.1). */
export const HOST_LOCAL_ISSUES = {
  'host-local.no-ranges': {
    severity: 'error',
    message: 'host-local needs `subnet` or `ranges`: "no IP ranges specified".',
  },
  'host-local.subnet-missing': {
    severity: 'error',
    message: 'Range without `subnet`: "invalid range set {set}: IP <nil> not v4 nor v6".',
  },
  'host-local.subnet-invalid-cidr': {
    severity: 'error',
    message: 'Subnet "{value}" is rejected: "invalid CIDR address: {value}" (write an address and a prefix, e.g. 10.1.1.0/24).',
  },
  'host-local.subnet-ipv4-mapped': {
    severity: 'error',
    message: 'Subnet {value} is an IPv4-mapped IPv6 prefix: "IPNet IP and Mask version mismatch". Write the IPv4 subnet.',
  },
  'host-local.subnet-too-small': {
    severity: 'error',
    message: 'Subnet {subnet} is rejected: "too small to allocate from" (use /30 or larger for IPv4, /126 for IPv6).',
  },
  'host-local.subnet-host-bits-set': {
    severity: 'error',
    message: 'Subnet {value} has host bits set; for a /{prefix} the network address is {networkAddress}.',
  },
  'host-local.range-start-outside-subnet': {
    severity: 'error',
    message: 'rangeStart {value} is rejected: "RangeStart {value} not in network {subnet}".',
  },
  'host-local.range-start-after-range-end': {
    severity: 'error',
    message: 'rangeStart {value} is after rangeEnd {rangeEnd}; the plugin says "RangeStart {value} not in network {subnet}".',
  },
  'host-local.range-end-outside-subnet': {
    severity: 'error',
    message: 'rangeEnd {value} is rejected: "RangeEnd {value} not in network {subnet}".',
  },
  'host-local.range-start-is-network-address': {
    severity: 'warning',
    message: 'rangeStart {value} is the network address; host-local hands it out to a pod.',
  },
  'host-local.range-end-is-broadcast': {
    severity: 'warning',
    message: 'rangeEnd {value} is the broadcast address; host-local hands it out to a pod.',
  },
  'host-local.gateway-outside-subnet': {
    severity: 'error',
    message: 'Gateway {value} is outside {subnet}: host-local accepts it, but routes through it fail ("network is unreachable").',
  },
  'host-local.range-set-empty': {
    severity: 'error',
    message: 'Range set {set} is empty: "invalid range set {set}: empty range set".',
  },
  'host-local.range-set-mixed-families': {
    severity: 'error',
    message: 'Range set {set} mixes IPv4 and IPv6: "mixed address families". Put each family in its own set.',
  },
  'host-local.ranges-overlap-in-set': {
    severity: 'error',
    message: 'Ranges {a} and {b} in set {set} overlap: "subnets {a} and {b} overlap".',
  },
  'host-local.range-sets-overlap': {
    severity: 'error',
    message: 'Range sets {a} and {b} overlap: "range set {a} overlaps with {b}".',
  },
  'host-local.subnet-and-ranges': {
    severity: 'warning',
    message: '`subnet` and `ranges` are both set: host-local uses both, so every pod gets two addresses.',
  },
  'host-local.top-level-key-ignored': {
    severity: 'warning',
    message: 'Top-level `{key}` is ignored without a top-level `subnet`; set it inside the range in `ranges`.',
  },
  'host-local.pool-single-address': {
    severity: 'warning',
    message:
      'Range set {set} holds a single address ({address}). host-local keeps leases per node, so every node hands out this same address, and a second pod on a node fails with "no IP addresses available". Use static IPAM for one fixed address, or widen the range.',
  },
  'host-local.pool-empty': {
    severity: 'error',
    message: 'Range set {set} has no allocatable address (the gateway is the only one in the range).',
  },
} as const satisfies IssueCatalogue
