import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLUSTER_POD, LAB_GATEWAY, LAB_NICS, MICROSHIFT_PLUGINS } from './lab-nics'
import { runCommand } from './run-command'

/** Every namespace and scratch directory of a run starts with this, followed by the owning process id. */
export const LAB_PREFIX = 'nadconf-'
const SCRATCH_ROOT = '/tmp'
const NETNS_DIR = '/run/netns'

/** The namespaces of one case: the node ("host"), the LAN behind its NICs, and one namespace per pod. */
export interface CaseNet {
  host: string
  lan: string
  pods: string[]
  /** Bound over /var/lib for the plugins of this case, so host-local's store is private to the case. */
  varLib: string
  dir: string
}

/**
 * Throw-away network namespaces and scratch directories for one run. Nothing outside them is touched: the plugins run
 * under `ip netns exec` in the case's host namespace, inside a private mount namespace where /var/lib and /run/cni
 * are scratch directories. `closeSync` removes everything; a later run removes what a killed run left.
 */
export class NetnsLab {
  readonly prefix: string
  readonly scratch: string
  readonly cniPath: string
  private readonly namespaces = new Set<string>()
  private readonly processes = new Set<number>()
  private closed = false

  private constructor(readonly runId: number) {
    this.prefix = `${LAB_PREFIX}${runId}-`
    this.scratch = join(SCRATCH_ROOT, `${LAB_PREFIX}${runId}`)
    this.cniPath = join(this.scratch, 'cni-bin')
  }

  /** Removes leftovers of dead runs, then prepares this run's scratch space. */
  static open(pluginDir: string): NetnsLab {
    removeLeftovers()
    const lab = new NetnsLab(process.pid)
    mkdirSync(join(lab.scratch, 'run', 'netns'), { recursive: true })
    mkdirSync(join(lab.scratch, 'run', 'cni'), { recursive: true })
    mkdirSync(lab.cniPath, { recursive: true })
    writeFileSync(join(lab.scratch, 'owner'), `${process.pid}\n`)
    for (const plugin of MICROSHIFT_PLUGINS) symlinkSync(join(pluginDir, plugin), join(lab.cniPath, plugin))
    return lab
  }

  /** Creates the namespaces of case number `index` with the lab NICs and `podCount` pod namespaces. */
  async createCaseNet(index: number, podCount: number, options: { defaultRoute: boolean }): Promise<CaseNet> {
    const base = `${this.prefix}${index}`
    const net: CaseNet = { host: `${base}-h`, lan: `${base}-l`, pods: [], varLib: '', dir: join(this.scratch, `case-${index}`) }
    net.varLib = join(net.dir, 'var-lib')
    net.pods = Array.from({ length: podCount }, (_, pod) => `${base}-p${pod}`)
    mkdirSync(join(net.varLib, 'cni'), { recursive: true })
    const all = [net.host, net.lan, ...net.pods]
    for (const ns of all) this.namespaces.add(ns)
    try {
      await this.populateCaseNet(net, all, options.defaultRoute)
    } catch (error) {
      // A half-built case would otherwise keep its namespaces and files until the run ends.
      await this.destroyCaseNet(net)
      throw error
    }
    return net
  }

  private async populateCaseNet(net: CaseNet, all: string[], defaultRoute: boolean): Promise<void> {
    await this.batch(undefined, all.map((ns) => `netns add ${ns}`))
    const host = ['link set lo up']
    const lan = ['link set lo up', ...net.pods.map((_, pod) => `link set pod${pod} up`)]
    for (const nic of LAB_NICS) {
      host.push(`link add ${nic.name} mtu ${nic.mtu} type veth peer name ${nic.peer} mtu ${nic.mtu} netns ${net.lan}`, `link set ${nic.name} up`)
      if (nic.address) host.push(`addr add ${nic.address} dev ${nic.name}`)
      lan.push(`link set ${nic.peer} up`)
    }
    if (defaultRoute) host.push(`route add default via ${LAB_GATEWAY.ip}`)
    lan.push(`addr add ${LAB_GATEWAY.address} dev ${LAB_GATEWAY.peer}`)
    await this.batch(net.host, host)
    // Each pod's eth0 sits on MicroShift's cluster network with the default route, as the default CNI leaves it.
    for (const [pod, ns] of net.pods.entries()) {
      await this.batch(ns, ['link set lo up', `link add eth0 type veth peer name pod${pod} netns ${net.lan}`, 'link set eth0 up',
        `addr add ${CLUSTER_POD.prefix}.${10 + pod}/${CLUSTER_POD.length} dev eth0`, `route add default via ${CLUSTER_POD.gateway}`])
    }
    await this.batch(net.lan, lan)
  }

  /** Deletes the case's namespaces (which takes bridges, veths, macvlans and firewall rules with them) and files. */
  async destroyCaseNet(net: CaseNet): Promise<void> {
    const all = [...net.pods, net.lan, net.host]
    await runCommand('ip', ['-force', '-batch', '-'], { input: all.map((ns) => `netns del ${ns}\n`).join('') })
    for (const ns of all) this.namespaces.delete(ns)
    rmSync(net.dir, { recursive: true, force: true })
  }

  /** Creates a namespace the lab owns (lo up). */
  async addNamespace(ns: string): Promise<void> {
    this.namespaces.add(ns)
    await this.batch(undefined, [`netns add ${ns}`])
    await this.batch(ns, ['link set lo up'])
  }

  /** The argv that runs `command` in namespace `ns` with the scratch /var/lib and /run/cni mounted. */
  wrap(ns: string, varLib: string, command: readonly string[]): string[] {
    const script = 'mount --rbind /run/netns "$1/run/netns" && mount --bind "$2" /var/lib && ' +
      'mount --rbind "$1/run" /run && shift 2 && exec ip netns exec "$@"'
    return ['unshare', '--mount', '--propagation', 'slave', 'sh', '-c', script, 'sh', this.scratch, varLib, ns, ...command]
  }

  /** Remembers a long-running process of the lab so `closeSync` stops it. */
  track(pid: number): void {
    this.processes.add(pid)
    writeFileSync(join(this.scratch, 'pids'), [...this.processes].join('\n') + '\n')
  }

  untrack(pid: number): void {
    this.processes.delete(pid)
  }

  /** Stops the lab's processes and deletes every namespace and file it created; safe to call twice and from signal handlers. */
  closeSync(): void {
    if (this.closed) return
    this.closed = true
    for (const pid of this.processes) killQuietly(pid)
    for (const ns of this.namespaces) execQuietly('ip', ['netns', 'del', ns])
    for (const ns of listNamespaces()) if (ns.startsWith(this.prefix)) execQuietly('ip', ['netns', 'del', ns])
    rmSync(this.scratch, { recursive: true, force: true })
  }

  /** Runs `ip` commands in one process (`ip -n <ns> -batch -`), failing on the first error. */
  private async batch(ns: string | undefined, lines: string[]): Promise<void> {
    const args = [...(ns ? ['-n', ns] : []), '-batch', '-']
    const result = await runCommand('ip', args, { input: lines.map((line) => `${line}\n`).join('') })
    if (result.status !== 0) throw new Error(`ip ${args.join(' ')}: ${result.stderr.trim()}`)
  }
}

function listNamespaces(): string[] {
  return existsSync(NETNS_DIR) ? readdirSync(NETNS_DIR) : []
}

/** True while the run that owns `pid` is still going (a reused pid would not be running the conformance suite). */
function isRunAlive(pid: number): boolean {
  return pid === process.pid || readCmdline(pid).includes('conformance')
}

/** Removes namespaces, processes and scratch directories of runs that were killed before they could clean up. */
function removeLeftovers(): void {
  const pattern = new RegExp(`^${LAB_PREFIX}(\\d+)(-|$)`)
  for (const name of readdirSync(SCRATCH_ROOT)) {
    const match = pattern.exec(name)
    if (!match || isRunAlive(Number(match[1]))) continue
    const dir = join(SCRATCH_ROOT, name)
    for (const line of readLines(join(dir, 'pids'))) {
      const pid = Number(line)
      if (pid > 0 && readCmdline(pid).includes(dir)) killQuietly(pid)
    }
    rmSync(dir, { recursive: true, force: true })
  }
  for (const ns of listNamespaces()) {
    const match = pattern.exec(ns)
    if (match && !isRunAlive(Number(match[1]))) execQuietly('ip', ['netns', 'del', ns])
  }
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean)
  } catch {
    return []
  }
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

/** Sends `signal` to `pid` unless it is already gone. */
export function killQuietly(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}

function execQuietly(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
  } catch {
    // nothing left to remove
  }
}
