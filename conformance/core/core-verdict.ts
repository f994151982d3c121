import type { Network, Project, Workload } from '../../src/core/project/model'
import { MICROSHIFT_417_PLATFORM } from '../../src/core/project/model'
import { caseConfigText, casePods, type ConformanceCase } from '../cases/conformance-case'
import { LAB_NICS } from '../lab/lab-nics'
import { nadNameOf } from '../oracle/nad-name-of'
import type { CoreApi } from './core-api'

/** A core finding in the suite's report. */
export interface CoreFinding {
  code: string
  severity: string
  field: string
  message: string
}

/** The core's verdict on a case: `error` when any error-severity finding exists (parse or project validation). */
export interface CoreOutcome {
  verdict: 'error' | 'no-error'
  errors: CoreFinding[]
  others: CoreFinding[]
}

/**
 * Builds the project the case describes: each config parsed into a NAD in namespace `default`, the pods as
 * workloads, and the lab's host NICs (the default-route one primary, unless the case's host has no default route).
 */
export function buildCaseProject(api: CoreApi, testCase: ConformanceCase): { project: Project; parseFindings: CoreFinding[] } {
  const parseFindings: CoreFinding[] = []
  const networks: Network[] = testCase.networks.map((entry, index) => {
    const text = caseConfigText(entry.config)
    const parsed = api.parseCniConfig(text)
    for (const issue of parsed.issues) {
      parseFindings.push({ code: issue.code, severity: issue.severity, field: issue.field, message: api.formatIssue(issue) })
    }
    const network: Network = { id: `n${index}`, name: nadNameOf(testCase, index), namespace: 'default' }
    if (parsed.config) network.config = parsed.config
    if (parsed.conflist) network.conflist = parsed.conflist
    if (!parsed.config && !parsed.conflist) network.configText = text
    return network
  })
  const pods = casePods(testCase)
  const workloads: Workload[] = pods.map((pod, index) => {
    const workload: Workload = {
      id: `w${index}`,
      kind: (pod.replicas ?? 1) > 1 ? 'Deployment' : 'Pod',
      name: `pod-${index}`,
      namespace: 'default',
      attachments: pod.attachments.map((attachment) => ({
        network: networks[attachment.network]?.name ?? '',
        ...(attachment.interface !== undefined && { interface: attachment.interface }),
        ...(attachment.ips !== undefined && { ips: attachment.ips }),
        ...(attachment.mac !== undefined && { mac: attachment.mac }),
      })),
    }
    if (pod.replicas !== undefined) workload.replicas = pod.replicas
    return workload
  })
  const hostNics = LAB_NICS.map((nic) => ({ name: nic.name, mtu: nic.mtu, primary: nic.primary && !testCase.noDefaultRoute }))
  return { project: { networks, workloads, hostNics, platform: { ...MICROSHIFT_417_PLATFORM }, passThrough: [] }, parseFindings }
}

/** The pseudo-code a throwing core is recorded under (always a disagreement: the core must never throw). */
export const CORE_THREW = 'core.threw'

/** Runs the core on a case; a throwing core is recorded as an error finding with code `core.threw`. */
export function coreVerdict(api: CoreApi, testCase: ConformanceCase): CoreOutcome {
  let findings: CoreFinding[]
  try {
    const { project, parseFindings } = buildCaseProject(api, testCase)
    const issues = api.validateProject(project)
    findings = [...parseFindings, ...issues.map((issue) => ({
      code: issue.code, severity: issue.severity, field: issue.field, message: api.formatIssue(issue),
    }))]
  } catch (error) {
    findings = [{ code: CORE_THREW, severity: 'error', field: '', message: String((error as Error).stack ?? error) }]
  }
  const errors = findings.filter((finding) => finding.severity === 'error')
  return { verdict: errors.length > 0 ? 'error' : 'no-error', errors, others: findings.filter((finding) => finding.severity !== 'error') }
}
