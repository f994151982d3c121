import { memo, type ReactNode } from 'react'
import { Accordion, AccordionDetails, AccordionSummary, Chip, Stack, Typography } from '@mui/material'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isPluginType, type PluginType } from '../../../core'
import { useHasIssuesUnder } from '../../shared/field-issues'
import { CommonAdvancedFields, GeneralFields } from './general-fields'
import { IpamFields, IpamTypeField } from './ipam-fields'
import { advancedPluginPaths, IPAM_ADVANCED_PATHS, PLUGIN_FIELD_SPECS } from './plugin-field-specs'
import { PluginFields } from './plugin-fields'

export type SectionId = 'general' | 'plugin' | 'ipam' | 'advanced'

interface SectionProps {
  id: SectionId
  title: string
  expanded: boolean
  onToggle: (id: SectionId) => void
  issuePaths: readonly string[]
  children: ReactNode
}

function Section({ id, title, expanded, onToggle, issuePaths, children }: SectionProps) {
  const { t } = useTranslation()
  const flagged = useHasIssuesUnder(issuePaths)
  return (
    <Accordion expanded={expanded} onChange={() => onToggle(id)} disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: false } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`section-${id}`} id={`section-${id}-header`}>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
          <Typography variant="h2" component="h3">{title}</Typography>
          {flagged && !expanded && <Chip size="small" color="warning" label={t('form.hasIssues')} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails id={`section-${id}`}>{children}</AccordionDetails>
    </Accordion>
  )
}

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
  const props = (id: SectionId) => ({ id, expanded: expanded.has(id), onToggle })
  return (
    <Stack spacing={1}>
      <Section {...props('general')} title={t('form.general')} issuePaths={['name', 'namespace', 'config.cniVersion']}>
        <GeneralFields />
      </Section>
      {known && (
        <Section {...props('plugin')} title={t('form.pluginSettings', { plugin })}
          issuePaths={PLUGIN_FIELD_SPECS[plugin].filter((spec) => !spec.advanced).map((spec) => `config.${spec.key}`)}>
          <PluginFields plugin={plugin} part="basic" />
        </Section>
      )}
      {known && (
        <Section {...props('ipam')} title={t('form.ipam')} issuePaths={['config.ipam']}>
          <Stack spacing={2}>
            <IpamTypeField />
            <IpamFields type={ipamType} part="basic" />
          </Stack>
        </Section>
      )}
      {known && (
        <Section {...props('advanced')} title={t('form.advanced')}
          issuePaths={[...advancedPluginPaths(plugin), 'config.name', 'config.capabilities', 'config.dns', ...IPAM_ADVANCED_PATHS]}>
          <Stack spacing={3}>
            <Group title={t('form.keysOf', { what: plugin })}><PluginFields plugin={plugin} part="advanced" /></Group>
            {ipamType !== undefined && ipamType !== 'foreign' && (
              <Group title={t('form.keysOf', { what: ipamType })}><IpamFields type={ipamType} part="advanced" /></Group>
            )}
            <Group title={t('form.commonKeys')}><CommonAdvancedFields /></Group>
          </Stack>
        </Section>
      )}
      {!known && <Typography color="warning.main" sx={{ p: 1 }}>{t('form.foreignPlugin')}</Typography>}
    </Stack>
  )
})
