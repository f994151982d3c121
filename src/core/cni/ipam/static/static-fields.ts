import type { StaticAddress, StaticIpam } from '../../../project/model'
import { DNS_FIELDS, ROUTES } from '../../common-fields'
import { STRING, listOf, type FieldSpec } from '../../field-schema'

/** One fixed address (static's Address). */
export const STATIC_ADDRESS_FIELDS = { address: STRING, gateway: STRING } as const satisfies Record<
  keyof StaticAddress,
  FieldSpec
>

/** static keys in the reference's table order (after `type`). */
export const STATIC_FIELDS = {
  addresses: listOf(STATIC_ADDRESS_FIELDS, '[]static.Address'),
  routes: ROUTES,
  dns: { type: { kind: 'object', fields: DNS_FIELDS }, goType: 'types.DNS' },
} as const satisfies Record<Exclude<keyof StaticIpam, 'type' | 'extra'>, FieldSpec>
