import { memo, type ReactNode } from 'react'
import { Stack, Typography } from '@mui/material'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isPluginType, type PluginType } from '../../../core'
import { FoldSection } from './fold-section'
import { CommonAdvancedFields, GeneralFields } from './general-fields'
import { IpamFields, IpamTypeField } from './ipam-fields'
import { advancedPluginPaths, IPAM_ADVANCED_PATHS, PLUGIN_FIELD_SPECS } from './plugin-field-specs'
import { PluginFields } from './plugin-fields'

export type SectionId = 'general' | 'plugin' | 'ipam' | 'advanced'

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2" component="h4" color="text.secondary">{title}</Typography>
      {children}
    </Stack>
  )
}

/** The edit form of a network: the wizard's fields without the steps, advanced keys folded away. */
export const NetworkSections = memo(function NetworkSections({ expanded, onToggle }: { expanded: ReadonlySet<SectionId>; onToggle: (id: SectionId) => void }) {
  const { t } = useTranslation()
  const plugin = useWatch({ name: 'config.type' }) as PluginType | 'foreign' | undefined
  const ipamType = useWatch({ name: 'config.ipam.type' }) as string | undefined
  const known = isPluginType(plugin)
  const props = (id: SectionId) => ({ id: `section-${id}`, expanded: expanded.has(id), onToggle: () => onToggle(id) })
  return (
    <Stack spacing={1}>
      <FoldSection {...props('general')} title={t('form.general')} issuePaths={['name', 'namespace', 'config.cniVersion']}>
        <GeneralFields />
      </FoldSection>
      {known && (
        <FoldSection {...props('plugin')} title={t('form.pluginSettings', { plugin })}
          issuePaths={PLUGIN_FIELD_SPECS[plugin].filter((spec) => !spec.advanced).map((spec) => `config.${spec.key}`)}>
          <PluginFields plugin={plugin} part="basic" />
        </FoldSection>
      )}
      {known && (
        <FoldSection {...props('ipam')} title={t('form.ipam')} issuePaths={['config.ipam']}>
          <Stack spacing={2}>
            <IpamTypeField />
            <IpamFields type={ipamType} part="basic" />
          </Stack>
        </FoldSection>
      )}
      {known && (
        <FoldSection {...props('advanced')} title={t('form.advanced')}
          issuePaths={[...advancedPluginPaths(plugin), 'config.name', 'config.capabilities', 'config.dns', ...IPAM_ADVANCED_PATHS]}>
          <Stack spacing={3}>
            <Group title={t('form.keysOf', { what: plugin })}><PluginFields plugin={plugin} part="advanced" /></Group>
            {ipamType !== undefined && ipamType !== 'foreign' && (
              <Group title={t('form.keysOf', { what: ipamType })}><IpamFields type={ipamType} part="advanced" /></Group>
            )}
            <Group title={t('form.commonKeys')}><CommonAdvancedFields /></Group>
          </Stack>
        </FoldSection>
      )}
      {!known && <Typography color="warning.main" sx={{ p: 1 }}>{t('form.foreignPlugin')}</Typography>}
    </Stack>
  )
})
