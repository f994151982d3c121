import { Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { KeyedSelect } from '../../shared/keyed-select'
import { KeyedSwitch } from '../../shared/keyed-switch'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { CNI_VERSIONS } from './plugin-field-specs'
import { DnsFields } from './route-rows'

/** NAD name, namespace and the CNI spec version. */
export function GeneralFields({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation()
  return (
    <Stack spacing={2}>
      <KeyedTextField name="name" cniKey="metadata.name" label={t('fields.general.name.label')} help={t('fields.general.name.help')}
        placeholder="lan-a" mono required autoFocus={autoFocus} />
      <KeyedTextField name="namespace" cniKey="metadata.namespace" label={t('fields.general.namespace.label')}
        help={t('fields.general.namespace.help')} placeholder="default" mono required />
      <KeyedSelect name="config.cniVersion" cniKey="cniVersion" label={t('fields.general.cniVersion.label')}
        help={t('fields.general.cniVersion.help')} defaultValue="0.1.0"
        options={CNI_VERSIONS.map((value) => ({ value, note: t(`fields.general.cniVersion.options.${value.replace(/\./g, '_')}`) }))} />
    </Stack>
  )
}

/** Keys every plugin shares but few users need: the CNI name, capabilities and top-level DNS. */
export function CommonAdvancedFields() {
  const { t } = useTranslation()
  return (
    <Stack spacing={2}>
      <KeyedTextField name="config.name" cniKey="name" label={t('fields.general.cniName.label')} help={t('fields.general.cniName.help')}
        defaultText={t('fields.general.cniName.default')} mono />
      <KeyedSwitch name="config.capabilities.ips" cniKey="capabilities.ips" label={t('fields.general.capIps.label')}
        help={t('fields.general.capIps.help')} defaultValue={false} />
      <KeyedSwitch name="config.capabilities.mac" cniKey="capabilities.mac" label={t('fields.general.capMac.label')}
        help={t('fields.general.capMac.help')} defaultValue={false} />
      <Typography variant="h3" component="h4">{t('fields.general.dnsTitle')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('fields.general.dnsHelp')}</Typography>
      <DnsFields base="config.dns" />
    </Stack>
  )
}
