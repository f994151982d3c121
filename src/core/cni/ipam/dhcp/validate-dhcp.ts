import { utf8Length } from '../../../net/utf8-length'
import type { DhcpIpam } from '../../../project/model'
import type { RuleContext } from '../../rule-context'
import { DHCP_OPTION_NAMES } from './dhcp-fields'

// Names the docs list that the daemon does not know, with the option number to write instead.
const OPTION_NUMBERS: Record<string, number> = {
  'time-offset': 2,
  'domain-name-servers': 6,
  'domain-name': 15,
  'interface-mtu': 26,
  'broadcast-address': 28,
  'static-routes': 33,
  'ntp-servers': 42,
  'dhcp-lease-time': 51,
  'classless-static-routes': 121,
}

/** True when the daemon's parseOptionName accepts the option: one of six names or a decimal 0–255. */
export function isDhcpOption(option: string): boolean {
  if ((DHCP_OPTION_NAMES as readonly string[]).includes(option)) return true
  return /^[0-9]+$/.test(option) && Number(option) <= 255
}

function validateOption(option: string | undefined, field: string, ctx: RuleContext): void {
  if (option === undefined || isDhcpOption(option)) return
  const number = OPTION_NUMBERS[option]
  if (number !== undefined) ctx.report('dhcp.option-name-unsupported', field, { option, number })
  else ctx.report('dhcp.option-unknown', field, { option })
}

/** The socket MicroShift's dhcp-daemon listens on; the plugin dials it when the path is empty. */
const DHCP_DAEMON_SOCKET = '/run/cni/dhcp.sock'

// The dial follows symlinks (/var/run → /run) and collapses repeated slashes.
function isDaemonSocket(path: string): boolean {
  const clean = path.replace(/\/{2,}/g, '/').replace(/^\/var\/run\//, '/run/')
  return path === '' || clean === DHCP_DAEMON_SOCKET
}

/** dhcp rules: option names the daemon parses, provide values ≤255 bytes, only the daemon's own socket on MicroShift. */
export function validateDhcp(ipam: DhcpIpam, ips: boolean, ctx: RuleContext, base = 'config.ipam'): void {
  ctx.report('dhcp.ipv4-only', `${base}.type`)
  if (ipam.daemonSocketPath !== undefined) {
    const path = ipam.daemonSocketPath
    const code = isDaemonSocket(path) ? 'dhcp.daemon-socket-path-redundant' : 'dhcp.daemon-socket-path-not-served'
    ctx.report(code, `${base}.daemonSocketPath`, { path: path || '""' })
  }
  ;(ipam.request ?? []).forEach((item, index) => validateOption(item.option, `${base}.request.${index}.option`, ctx))
  ;(ipam.provide ?? []).forEach((item, index) => {
    validateOption(item.option, `${base}.provide.${index}.option`, ctx)
    const bytes = utf8Length(item.value ?? '')
    if (bytes > 255) ctx.report('dhcp.provide-value-too-long', `${base}.provide.${index}.value`, { option: item.option, bytes })
  })
  if (ips) ctx.report('dhcp.requested-ips-ignored', 'config.capabilities.ips')
}
