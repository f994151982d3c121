import { casePods, type CaseAttachment, type ConformanceCase } from '../cases/conformance-case'
import type { DhcpFixture } from '../lab/dhcp-fixture'
import type { CaseNet, NetnsLab } from '../lab/netns-lab'
import { buildDelegates, goLookup, isObject, type Delegate } from './build-delegates'
import { invokePlugin, type PluginCall, type PluginReply } from './invoke-plugin'
import { nadNameOf } from './nad-name-of'
import { validateSelection } from './validate-selection'

export type ObservedVerdict = 'accept' | 'reject' | 'undecidable'

/** What the real plugins did with a case. */
export interface PluginOutcome {
  verdict: ObservedVerdict
  /** The first rejection's message, or why the case is undecidable here. */
  message: string
  /** One line per ADD, e.g. `p0/net1 macvlan: ok`. */
  steps: string[]
  /** DEL failures and similar; reported, never a verdict. */
  cleanup: string[]
  ms: number
}

export interface OracleEnv {
  lab: NetnsLab
  dhcp: DhcpFixture
}

interface Attempt {
  call: PluginCall
  delegates: Delegate[]
}

/** Feature gaps of this kernel: the plugin parsed the config and failed creating a link. */
const KERNEL_GAP = /operation not supported/

/**
 * Runs every ADD of a case in order (pods one after another, attachments net1…netN), stopping a pod at its first
 * failure as Multus does, then DELs everything in reverse and deletes the case's namespaces, whatever happened.
 */
export async function runCaseOnPlugins(env: OracleEnv, testCase: ConformanceCase, index: number): Promise<PluginOutcome> {
  const started = Date.now()
  const pods = expandPods(testCase)
  const net = await env.lab.createCaseNet(index, pods.length, { defaultRoute: !testCase.noDefaultRoute })
  let stopServer: (() => void) | undefined
  const attempts: Attempt[] = []
  const steps: string[] = []
  const cleanup: string[] = []
  let rejected: string | undefined
  let undecidable: string | undefined
  try {
    if (testCase.dhcp) {
      await env.dhcp.ensureDaemon()
      stopServer = await env.dhcp.startServer(net)
    }
    for (const [podIndex, attachments] of pods.entries()) {
      const podNs = net.pods[podIndex] ?? ''
      const containerId = `${env.lab.prefix}${index}-c${podIndex}`
      for (const [position, attachment] of attachments.entries()) {
        const network = testCase.networks[attachment.network]
        if (!network) throw new Error(`case ${testCase.id}: no network ${attachment.network}`)
        const ifname = attachment.interface ?? `net${position + 1}`
        const label = `p${podIndex}/${ifname}`
        const selectionError = validateSelection(attachment)
        if (selectionError) {
          steps.push(`${label}: Multus: ${selectionError}`)
          rejected ??= selectionError
          break
        }
        const built = buildDelegates(network.config, nadNameOf(testCase, attachment.network), attachment)
        if (!built.ok) {
          steps.push(`${label}: ${built.message}`)
          rejected ??= built.message
          break
        }
        const call: PluginCall = {
          command: 'ADD', binary: '', config: '', containerId, podNs, ifname, podName: `${testCase.id}-${podIndex}`, selection: attachment,
        }
        const attempt: Attempt = { call, delegates: [] }
        attempts.push(attempt)
        const answer = await addChain(env, net, call, built.delegates, attempt)
        steps.push(`${label} ${answer.binary}: ${answer.reply.ok ? 'ok' : answer.reply.msg}`)
        if (answer.reply.ok) continue
        if (answer.undecidable) undecidable ??= answer.undecidable
        else rejected ??= answer.reply.msg
        break
      }
    }
  } finally {
    for (const attempt of attempts.reverse()) {
      for (const delegate of [...attempt.delegates].reverse()) {
        const reply = await invokePlugin(env.lab, net, { ...attempt.call, command: 'DEL', binary: delegate.type, config: delegate.text })
        if (!reply.ok) cleanup.push(`DEL ${delegate.type} ${attempt.call.ifname}: ${reply.msg}`)
      }
    }
    stopServer?.()
    await env.lab.destroyCaseNet(net)
  }
  const verdict: ObservedVerdict = rejected !== undefined ? 'reject' : undecidable !== undefined ? 'undecidable' : 'accept'
  return { verdict, message: rejected ?? undecidable ?? '', steps, cleanup, ms: Date.now() - started }
}

interface ChainAnswer {
  binary: string
  reply: PluginReply
  undecidable?: string
}

/** ADDs a single config or a conflist chain (each member gets the previous result as `prevResult`). */
async function addChain(env: OracleEnv, net: CaseNet, call: PluginCall, delegates: Delegate[], attempt: Attempt): Promise<ChainAnswer> {
  let prevResult: Record<string, unknown> | undefined
  let last: ChainAnswer = { binary: '', reply: { ok: true, msg: '', timedOut: false } }
  for (const delegate of delegates) {
    const text = prevResult ? JSON.stringify({ ...delegate.object, prevResult }) : delegate.text
    const current = { ...delegate, text }
    attempt.delegates.push(current)
    const reply = await invokePlugin(env.lab, net, { ...call, binary: delegate.type, config: text })
    last = { binary: delegate.type, reply }
    if (!reply.ok) {
      if (reply.timedOut) return { ...last, undecidable: `${delegate.type} ${reply.msg}` }
      if (KERNEL_GAP.test(reply.msg)) return probeIpamAlone(env, net, call, current, attempt, reply)
      return last
    }
    prevResult = reply.result
  }
  return last
}

/**
 * This kernel lacks ipvlan, 802.1q and bridge VLAN filtering, so the plugin fails after parsing its config. The
 * plugin would call IPAM next; running the IPAM plugin alone with the same config decides IPAM errors (the plugin
 * passes them through) and keeps any lease, so later pods of the case see a realistic pool.
 */
async function probeIpamAlone(env: OracleEnv, net: CaseNet, call: PluginCall, delegate: Delegate, attempt: Attempt,
  reply: PluginReply): Promise<ChainAnswer> {
  const ipam = goLookup(delegate.object, 'ipam')
  const ipamType = isObject(ipam) ? goLookup(ipam, 'type') : undefined
  const gap = `this kernel cannot create the link (${reply.msg})`
  if (typeof ipamType !== 'string' || ipamType === '' || ipamType === 'dhcp') {
    return { binary: delegate.type, reply, undecidable: gap }
  }
  const ipamDelegate: Delegate = { ...delegate, type: ipamType }
  attempt.delegates.push(ipamDelegate)
  const ipamReply = await invokePlugin(env.lab, net, { ...call, binary: ipamType, config: delegate.text })
  if (ipamReply.ok) return { binary: delegate.type, reply, undecidable: `${gap}; config parsed and ${ipamType} accepted it` }
  return { binary: `${delegate.type}→${ipamType}`, reply: { ...ipamReply, msg: `${ipamReply.msg} (IPAM run alone)` } }
}

/** Pods in start order, each as its attachment list (replicas expanded); default one pod attaching every network. */
export function expandPods(testCase: ConformanceCase): CaseAttachment[][] {
  return casePods(testCase).flatMap((pod) => Array.from({ length: pod.replicas ?? 1 }, () => pod.attachments))
}
