import type { Conflist } from '../project/model'
import { MICROSHIFT_PLUGIN_TYPES } from './common-fields'
import { matchKey } from './decode-fields'
import { validateForeignPlugin } from './foreign/validate-foreign-plugin'
import type { RuleContext } from './rule-context'
import { validateExtraKeys } from './validate-common-keys'

const CONFLIST_KEYS = ['cniVersion', 'cniVersions', 'name', 'disableCheck', 'disableGC', 'plugins'] as const

function field(raw: Record<string, unknown>, key: string): unknown {
  const match = matchKey(Object.keys(raw), key)
  return match === undefined ? undefined : raw[match]
}

/** Chained plugins (R-CHAIN, R-UNSUPPORTED) and unknown conflist keys. */
export function validateConflist(conflist: Conflist, ctx: RuleContext): void {
  const unknown = Object.fromEntries(
    Object.entries(conflist.extra ?? {}).filter(([key]) => !(CONFLIST_KEYS as readonly string[]).includes(key)),
  )
  validateExtraKeys(unknown, CONFLIST_KEYS, 'conflist', ctx)
  conflist.chain.forEach((plugin, index) => {
    const path = `conflist.chain.${index}`
    const type = field(plugin, 'type')
    if (typeof type !== 'string' || type === '') ctx.report('config.type-missing', `${path}.type`)
    else if (!(MICROSHIFT_PLUGIN_TYPES as readonly string[]).includes(type)) {
      ctx.report('plugin.not-shipped-on-microshift', `${path}.type`, { type })
      validateForeignPlugin(type, plugin, path, ctx)
    } else {
      ctx.report('conflist.chained-plugin', `${path}.type`, { type })
      const master = field(plugin, 'master')
      if (type === 'ipvlan' && (master === undefined || master === '') && field(plugin, 'linkInContainer') !== true) {
        ctx.report('chain.ipvlan-master-unresolvable', `${path}.master`)
      }
    }
  })
}
