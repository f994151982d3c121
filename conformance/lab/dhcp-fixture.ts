import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { LAB_DHCP_RANGE, LAB_GATEWAY } from './lab-nics'
import { killQuietly, type CaseNet, type NetnsLab } from './netns-lab'

/**
 * The dhcp IPAM's daemon (one per run, in a namespace of its own, listening on the default /run/cni/dhcp.sock of the
 * lab's private /run) and a dnsmasq per dhcp case on the LAN side of the primary NIC.
 */
export class DhcpFixture {
  private daemonStarted = false

  constructor(private readonly lab: NetnsLab, private readonly pluginDir: string) {}

  /** Starts the daemon on first use and waits for its socket. */
  async ensureDaemon(): Promise<void> {
    if (this.daemonStarted) return
    this.daemonStarted = true
    const ns = `${this.lab.prefix}dhcpd`
    await this.lab.addNamespace(ns)
    const varLib = join(this.lab.scratch, 'dhcpd-var-lib')
    mkdirSync(varLib, { recursive: true })
    const argv = this.lab.wrap(ns, varLib, [join(this.pluginDir, 'dhcp'), 'daemon', '-pidfile', join(this.lab.scratch, 'dhcpd.pid')])
    this.startTracked(argv)
    await waitFor(() => existsSync(join(this.lab.scratch, 'run', 'cni', 'dhcp.sock')), 5000)
  }

  /** Starts dnsmasq for one case; returns a function that stops it. */
  async startServer(net: CaseNet): Promise<() => void> {
    const pidFile = join(net.dir, 'dnsmasq.pid')
    const pid = this.startTracked(['ip', 'netns', 'exec', net.lan, 'dnsmasq', '--keep-in-foreground', '--conf-file=/dev/null',
      '--no-resolv', '--no-hosts', '--port=0', `--interface=${LAB_GATEWAY.peer}`, '--bind-interfaces',
      `--dhcp-range=${LAB_DHCP_RANGE}`, `--dhcp-leasefile=${join(net.dir, 'dnsmasq.leases')}`, `--pid-file=${pidFile}`,
      `--log-facility=${join(net.dir, 'dnsmasq.log')}`])
    const stop = () => {
      killQuietly(pid, 'SIGTERM')
      this.lab.untrack(pid)
    }
    try {
      await waitFor(() => existsSync(pidFile), 3000)
    } catch (error) {
      stop()
      throw error
    }
    return stop
  }

  private startTracked(argv: string[]): number {
    const [command, ...args] = argv
    const child = spawn(command ?? 'false', args, { stdio: 'ignore', detached: true })
    child.unref()
    if (child.pid === undefined) throw new Error(`could not start ${argv.join(' ')}`)
    this.lab.track(child.pid)
    return child.pid
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting for the DHCP fixture')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
