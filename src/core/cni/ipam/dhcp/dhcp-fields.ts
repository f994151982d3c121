import type { DhcpIpam, DhcpProvideOption, DhcpRequestOption } from '../../../project/model'
import { BOOL, STRING, listOf, withDefault, type FieldSpec } from '../../field-schema'

/** The only option names the dhcp daemon knows (options.go); anything else must be a number 0–255. */
export const DHCP_OPTION_NAMES = [
  'dhcp-client-identifier',
  'subnet-mask',
  'routers',
  'host-name',
  'user-class',
  'vendor-class-identifier',
] as const

/** A `request` item. */
export const DHCP_REQUEST_FIELDS = { option: STRING, skipDefault: BOOL } as const satisfies Record<
  keyof DhcpRequestOption,
  FieldSpec
>

/** A `provide` item. */
export const DHCP_PROVIDE_FIELDS = { option: STRING, value: STRING, fromArg: STRING } as const satisfies Record<
  keyof DhcpProvideOption,
  FieldSpec
>

/** dhcp keys in the reference's table order (after `type`). */
export const DHCP_FIELDS = {
  daemonSocketPath: withDefault(STRING, '/run/cni/dhcp.sock'),
  request: listOf(DHCP_REQUEST_FIELDS, '[]dhcp.RequestOption'),
  provide: listOf(DHCP_PROVIDE_FIELDS, '[]dhcp.ProvideOption'),
} as const satisfies Record<Exclude<keyof DhcpIpam, 'type' | 'extra'>, FieldSpec>
