import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { CaseNet, NetnsLab } from '../lab/netns-lab'
import { runCommand } from '../lab/run-command'

/** One call of a plugin binary, as a container runtime would make it. */
export interface PluginCall {
  command: 'ADD' | 'DEL'
  /** The binary's name (config `type`, or the IPAM type when IPAM is run alone). */
  binary: string
  config: string
  containerId: string
  /** Pod namespace name under /var/run/netns. */
  podNs: string
  ifname: string
  podName: string
  /** Multus appends the annotation's `mac` and `ips` to CNI_ARGS on ADD (`MAC=…;IP=a,b`), whatever the capabilities. */
  selection?: { mac?: string; ips?: string[] }
}

/** What the plugin answered: success with its result, or its CNI error (`code`, `msg`, `details`). */
export interface PluginReply {
  ok: boolean
  code?: number
  msg: string
  result?: Record<string, unknown>
  timedOut: boolean
}

const TIMEOUT_MS = 25_000

/**
 * Runs one plugin in the case's host namespace (`ip netns exec`, private mounts) with the CNI environment and the
 * config on stdin. A binary missing from the MicroShift set answers as libcni would, without running anything.
 */
export async function invokePlugin(lab: NetnsLab, net: CaseNet, call: PluginCall): Promise<PluginReply> {
  const binary = join(lab.cniPath, call.binary)
  if (!/^[\w.-]+$/.test(call.binary) || !existsSync(binary)) {
    return { ok: false, msg: `failed to find plugin "${call.binary}" in path [${lab.cniPath}]`, timedOut: false }
  }
  const env = [
    `CNI_COMMAND=${call.command}`,
    `CNI_CONTAINERID=${call.containerId}`,
    `CNI_NETNS=/var/run/netns/${call.podNs}`,
    `CNI_IFNAME=${call.ifname}`,
    `CNI_PATH=${lab.cniPath}`,
    `CNI_ARGS=${cniArgs(call)}`,
    `PATH=${process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin'}`,
  ]
  const argv = lab.wrap(net.host, net.varLib, ['env', '-i', ...env, binary])
  const [command, ...args] = argv
  const reply = await runCommand(command ?? 'false', args, { input: call.config, timeoutMs: TIMEOUT_MS })
  if (reply.timedOut) return { ok: false, msg: `timed out after ${TIMEOUT_MS / 1000} s`, timedOut: true }
  const output = parseJson(reply.stdout)
  if (reply.status === 0) return { ok: true, msg: '', result: output, timedOut: false }
  if (output && typeof output['msg'] === 'string') {
    const details = typeof output['details'] === 'string' && output['details'] ? `; ${output['details']}` : ''
    return { ok: false, code: Number(output['code']), msg: `${output['msg']}${details}`, timedOut: false }
  }
  const text = (reply.stderr || reply.stdout).trim().split('\n').slice(-2).join(' ')
  return { ok: false, msg: text || `exit status ${reply.status}`, timedOut: false }
}

/** CNI_ARGS as Multus builds them (types.NewCNIRuntimeConf, then delegateAdd's MAC= and IP=). */
function cniArgs(call: PluginCall): string {
  const args = ['IgnoreUnknown=true', 'K8S_POD_NAMESPACE=default', `K8S_POD_NAME=${call.podName}`,
    `K8S_POD_INFRA_CONTAINER_ID=${call.containerId}`, `K8S_POD_UID=${call.containerId}`]
  if (call.command === 'ADD' && call.selection?.mac) args.push(`MAC=${call.selection.mac}`)
  if (call.command === 'ADD' && call.selection?.ips?.length) args.push(`IP=${call.selection.ips.join(',')}`)
  return args.join(';')
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
