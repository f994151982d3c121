import type { RuleContext } from './rule-context'

/** Versions libcni v1.1.2 lists (pkg/version): the 4.17 plugins accept exactly these strings. */
export const PLUGIN_CNI_VERSIONS = ['0.1.0', '0.2.0', '0.3.0', '0.3.1', '0.4.0', '1.0.0'] as const

/** Versions the designer offers on MicroShift 4.17. */
export const RECOMMENDED_CNI_VERSIONS = ['0.3.1', '0.4.0', '1.0.0'] as const

/** version.GreaterThanOrEqualTo(v, "0.3.0"): a missing or unparseable version counts as too old. */
export function allowsSeveralAddressesPerFamily(version: string | undefined): boolean {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version ?? '')
  if (!match) return false
  const [major, minor] = [Number(match[1]), Number(match[2])]
  return major > 0 || minor >= 3
}

/** An IPAM handing out several addresses of one family needs cniVersion 0.3.0 or later. */
export function validateAddressesPerFamily(families: readonly (4 | 6)[], cniVersion: string | undefined, field: string, ctx: RuleContext): void {
  const several = (family: 4 | 6): boolean => families.filter((f) => f === family).length > 1
  if ((several(4) || several(6)) && !allowsSeveralAddressesPerFamily(cniVersion)) {
    ctx.report('cni-version.one-address-per-family', field, { version: cniVersion ?? '' })
  }
}

/** The version rule (R-VERSION): present ("" counts as missing), one the plugins accept, and not a legacy one. */
export function validateCniVersion(version: string | undefined, field: string, ctx: RuleContext): void {
  // libcni and the plugins read "" like a missing version (0.1.0).
  if (version === undefined || version === '') {
    ctx.report('cni-version.missing', field)
  } else if (!(PLUGIN_CNI_VERSIONS as readonly string[]).includes(version)) {
    ctx.report('cni-version.unsupported', field, { version })
  } else if (!(RECOMMENDED_CNI_VERSIONS as readonly string[]).includes(version)) {
    ctx.report('cni-version.legacy', field, { version })
  }
}
