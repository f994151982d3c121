import type { HostLocalIpam, HostLocalRange } from '../../../project/model'
import { ROUTES } from '../../common-fields'
import { CIDR, STRING, withDefault, type FieldSpec } from '../../field-schema'

/** One range inside a range set (allocator.Range). */
export const HOST_LOCAL_RANGE_FIELDS = {
  subnet: CIDR,
  rangeStart: STRING,
  rangeEnd: STRING,
  gateway: STRING,
} as const satisfies Record<keyof HostLocalRange, FieldSpec>

/** host-local keys in the reference's table order (after `type`). */
export const HOST_LOCAL_FIELDS = {
  ...HOST_LOCAL_RANGE_FIELDS,
  ranges: {
    type: { kind: 'list', of: { kind: 'list', of: { kind: 'object', fields: HOST_LOCAL_RANGE_FIELDS } } },
    goType: '[]allocator.RangeSet',
  },
  routes: ROUTES,
  dataDir: withDefault(STRING, '/var/lib/cni/networks'),
  resolvConf: STRING,
} as const satisfies Record<Exclude<keyof HostLocalIpam, 'type' | 'extra'>, FieldSpec>
