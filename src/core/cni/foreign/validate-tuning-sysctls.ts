import { matchKey } from '../decode-fields'
import type { RuleContext } from '../rule-context'

// Per-interface sysctl trees: net.<family>.<conf|neigh>.<interface>.<setting>. Tuning also takes `/` as separator,
// and then an interface name may hold dots (net/ipv4/conf/eth0.20/rp_filter).
const PER_INTERFACE = [
  /^(net\.(?:ipv4|ipv6|mpls)\.(?:conf|neigh)\.)([^./]+)(\.[^./].*)$/,
  /^(net\/(?:ipv4|ipv6|mpls)\/(?:conf|neigh)\/)([^/]+)(\/[^/].*)$/,
]

// `all` and `default` are the kernel's own entries, lo exists in every pod; IFNAME is what tuning replaces.
const NOT_HARD_CODED = new Set(['IFNAME', 'all', 'default', 'lo'])

/**
 * A tuning sysctl that names the pod interface (`net.ipv6.conf.net1.accept_ra`) only works while the attachment
 * gets that name; tuning replaces `IFNAME` with the attachment's own name (plugins/meta/tuning cmdAdd).
 */
export function validateTuningSysctls(raw: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const key = matchKey(Object.keys(raw), 'sysctl')
  const sysctl = key === undefined ? undefined : raw[key]
  if (typeof sysctl !== 'object' || sysctl === null || Array.isArray(sysctl)) return
  for (const name of Object.keys(sysctl)) {
    const [, tree, ifname, setting] = PER_INTERFACE.map((pattern) => pattern.exec(name)).find((match) => match !== null) ?? []
    if (ifname !== undefined && !NOT_HARD_CODED.has(ifname)) {
      ctx.report('tuning.sysctl-hard-codes-interface', `${path}.${key}.${name}`, { key: name, interface: ifname, fixed: `${tree}IFNAME${setting}` })
    }
  }
}
