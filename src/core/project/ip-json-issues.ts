import type { IssueCatalogue } from '../validation/issue'

/** Issue codes of reading pasted `ip -j link` / `ip -j addr` / `ip -j route` output into host NICs. */
export const IP_JSON_ISSUES = {
  'ip-json.input-too-large': {
    severity: 'error',
    message: 'The text is {size} bytes; at most {limit} bytes are read.',
  },
  'ip-json.invalid-json': {
    severity: 'error',
    message: 'Part of the text looks like JSON but does not parse ({reason}); it was left out. Paste the output of `ip -j link` or `ip -j addr` as printed.',
  },
  'ip-json.no-interfaces': {
    severity: 'warning',
    message: 'The text holds no interface. Paste the output of `ip -j link` or `ip -j addr` (and `ip -j route` to tell the primary NIC).',
  },
  'ip-json.primary-unknown': {
    severity: 'info',
    message: 'Which NIC carries the default route cannot be told from links and addresses alone; the primary NIC stays as it was. Paste `ip -j route` too to set it.',
  },
  'ip-json.skipped-loopback': {
    severity: 'info',
    message: '{name} is the loopback interface; left out.',
  },
  'ip-json.skipped-container-veth': {
    severity: 'info',
    message: "{name} is the host end of a pod's veth pair; left out.",
  },
  'ip-json.skipped-ovn': {
    severity: 'info',
    message: '{name} belongs to OVN-Kubernetes, the cluster network; left out.',
  },
  'ip-json.skipped-ovs': {
    severity: 'info',
    message: "{name} is Open vSwitch's internal interface; left out.",
  },
} satisfies IssueCatalogue
