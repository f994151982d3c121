import type { IssueCatalogue } from '../validation/issue'

/** Codes for keys every plugin shares: version, names, master NIC, MTU, DNS, capabilities, routes, subnets. */
export const NETWORK_ISSUES = {
  'config.missing': {
    severity: 'warning',
    message: 'The NAD has no spec.config: Multus looks for a config file named `{name}` on the node instead.',
  },
  'cni-version.missing': {
    severity: 'error',
    message: '`cniVersion` is missing: the plugin answers in the legacy 0.1.0 result format. Set 0.3.1, 0.4.0 or 1.0.0.',
  },
  'cni-version.unsupported': {
    severity: 'error',
    message:
      'cniVersion "{version}" is not supported on MicroShift 4.17: "incompatible CNI versions". Use 0.3.1, 0.4.0 or 1.0.0 (exact string).',
  },
  'cni-version.legacy': {
    severity: 'error',
    message: 'cniVersion "{version}" gives legacy results; use 0.3.1, 0.4.0 or 1.0.0 on MicroShift 4.17.',
  },
  'cni-version.one-address-per-family': {
    severity: 'error',
    message: 'CNI version {version} does not support more than 1 address per family; use 0.3.1 or later.',
  },
  'name.invalid-characters': {
    severity: 'error',
    message: 'CNI name "{name}" is rejected: "invalid characters found in network name" (allowed: letters, digits, _ . -, starting with a letter or digit).',
  },
  'name.differs-from-metadata': {
    severity: 'warning',
    message: 'The CNI name "{name}" differs from the NAD name "{nadName}"; host-local keys its lease store on the CNI name. Keep them equal.',
  },
  'nad-name.missing': {
    severity: 'error',
    message: 'The NAD needs a name.',
  },
  'nad-name.not-dns-label': {
    severity: 'error',
    message: 'NAD name "{name}" is not a DNS-1123 label (lower-case letters, digits and -, starting and ending alphanumeric); pod annotations cannot reference it in the short form.',
  },
  'nad-name.too-long': {
    severity: 'error',
    message: 'NAD name "{name}" has {length} characters; a DNS-1123 label has at most 63.',
  },
  'master.defaults-to-primary': {
    severity: 'warning',
    message: '`master` is not set, so the plugin uses the node\'s default-route NIC{nic}; use a NIC other than the primary network\'s.',
  },
  'master.is-primary-nic': {
    severity: 'warning',
    message: 'master `{master}` carries the node\'s default route; OpenShift advises another NIC, and pods cannot reach the node through it.',
  },
  'master.unknown-nic': {
    severity: 'error',
    message: 'master `{master}` is not among the node\'s declared NICs ({nics}); the plugin fails with "Link not found". Pick one of them, or add the NIC to the node\'s list if it exists.',
  },
  'master.no-default-route-nic': {
    severity: 'error',
    message: '`master` is not set and none of the node\'s declared NICs ({nics}) carries the default route; the plugin fails with "no default route interface found". Set `master`, or mark the primary NIC.',
  },
  'master.invalid-name': {
    severity: 'error',
    message: 'master `{master}` is not a valid interface name (1–15 bytes, not . or .., no / : or whitespace); the lookup fails.',
  },
  'mtu.negative-ignored': {
    severity: 'warning',
    message: 'mtu {mtu} is negative; the plugin sets an MTU only above 0, so it is ignored and the link keeps its default. Remove it or use {min}–{max}.',
  },
  'mtu.outside-kernel-range': {
    severity: 'error',
    message: 'mtu {mtu} is outside what the kernel accepts for the link ({min}–{max}, or 0 for the default); creating it fails with "invalid argument".',
  },
  'ipvlan.mtu-above-master': {
    severity: 'warning',
    message: 'mtu {mtu} is above the MTU of `{master}` ({masterMtu}); ipvlan does not check it and the kernel will refuse the link.',
  },
  'ipam.none-l2-only': {
    severity: 'info',
    message: 'No IPAM: pods get an interface without an IP address (L2 only).',
  },
  'ipam.invalid-ip': {
    severity: 'error',
    message: '"{value}" is not an IP address: the plugin fails with "invalid IP address: {value}".',
  },
  'dns.not-written-to-pod': {
    severity: 'info',
    message: '`dns` is only returned in the CNI result; no plugin writes it into the pod\'s resolv.conf.',
  },
  'dns.nameserver-not-ip': {
    severity: 'warning',
    message: 'Nameserver "{value}" is not an IP address.',
  },
  'capabilities.unknown': {
    severity: 'warning',
    message: 'Capability `{key}` has no plugin on MicroShift (only `ips` and `mac` are used); it does nothing.',
  },
  'capabilities.mac-ignored-by-ipvlan': {
    severity: 'warning',
    message: 'ipvlan shares the master\'s MAC, so a pod annotation `mac` has no effect.',
  },
  'route.dst-invalid-cidr': {
    severity: 'error',
    message: 'Route destination "{value}" is not a CIDR: "invalid CIDR address: {value}" (write 0.0.0.0/0 instead of default).',
  },
  'route.dst-host-bits-set': {
    severity: 'error',
    message: 'Route destination {value} has host bits set: the kernel refuses it ("Invalid prefix for given prefix length"); write {network}/{prefix}.',
  },
  'route.dst-host-bits-ignored': {
    severity: 'warning',
    message: 'Route destination {value} has host bits set; the kernel uses {network}/{prefix}.',
  },
  'route.gw-family-mismatch': {
    severity: 'error',
    message: 'Route gateway {gw} is not of the same IP family as destination {dst}.',
  },
  'route.gw-outside-subnets': {
    severity: 'error',
    message: 'Route gateway {gw} is outside every subnet of this network: adding the route fails with "network is unreachable".',
  },
  'subnet.overlaps-cluster-network': {
    severity: 'error',
    message: 'Subnet {subnet} overlaps the cluster network {platformNetwork}: pods get two connected routes for one prefix.',
  },
  'subnet.overlaps-service-network': {
    severity: 'error',
    message: 'Subnet {subnet} overlaps the service network {platformNetwork}: pods cannot reach those services.',
  },
} as const satisfies IssueCatalogue
