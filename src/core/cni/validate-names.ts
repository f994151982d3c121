import type { RuleContext } from './rule-context'

// libcni pkg/utils/utils.go ValidateNetworkName.
const CNI_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

/** True when libcni accepts the text as a network name. */
export function isValidCniName(name: string): boolean {
  return CNI_NAME.test(name)
}

/** The NAD's metadata.name is a DNS-1123 label; the CNI name has valid characters and equals metadata.name. */
export function validateNames(cniName: string | undefined, ctx: RuleContext): void {
  const nadName = ctx.network.name
  if (nadName === '') ctx.report('nad-name.missing', 'name')
  else if (nadName.length > 63) ctx.report('nad-name.too-long', 'name', { name: nadName, length: nadName.length })
  else if (!DNS_LABEL.test(nadName)) ctx.report('nad-name.not-dns-label', 'name', { name: nadName })
  if (cniName === undefined) return
  if (!isValidCniName(cniName)) ctx.report('name.invalid-characters', 'config.name', { name: cniName })
  else if (cniName !== nadName) ctx.report('name.differs-from-metadata', 'config.name', { name: cniName, nadName })
}
