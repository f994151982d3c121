import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { PluginType } from '../../../core'
import { NETWORK_PRESETS, type NetworkPreset } from './network-presets'

const PLUGINS: readonly PluginType[] = ['bridge', 'macvlan', 'ipvlan']

interface Props {
  plugin: PluginType | undefined
  onPlugin: (plugin: PluginType) => void
  onPreset: (preset: NetworkPreset) => void
}

/** Step 1: which main plugin, each with what it is for and its limits; or a preset. */
export function PluginChoice({ plugin, onPlugin, onPreset }: Props) {
  const { t } = useTranslation()
  return (
    <Stack spacing={2}>
      <Box role="radiogroup" aria-label={t('wizard.choosePlugin')}
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        {PLUGINS.map((p) => (
          <Card key={p} variant="outlined"
            sx={{ borderColor: plugin === p ? 'primary.main' : undefined, borderWidth: plugin === p ? 2 : 1 }}>
            <CardActionArea role="radio" aria-checked={plugin === p} onClick={() => onPlugin(p)} sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h2" component="h3" sx={{ fontFamily: 'monospace', mb: 0.5 }}>{p}</Typography>
                <Typography variant="body2" sx={{ mb: 1 }}>{t(`plugins.${p}.purpose`)}</Typography>
                <Typography variant="body2" color="text.secondary">{t(`plugins.${p}.limits`)}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
      <Typography variant="h2" component="h3">{t('wizard.orPreset')}</Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)' } }}>
        {NETWORK_PRESETS.map((preset) => (
          <Card key={preset.id} variant="outlined">
            <CardActionArea onClick={() => onPreset(preset)} aria-label={t('wizard.usePreset', { name: t(`presets.${preset.id}.title`) })}>
              <CardContent sx={{ py: 1 }}>
                <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
                  <Typography variant="subtitle2">{t(`presets.${preset.id}.title`)}</Typography>
                  <Chip size="small" label={preset.plugin} variant="outlined" />
                  {preset.fromChapter && <Chip size="small" color="primary" variant="outlined" label={t('presets.fromChapter')} />}
                </Stack>
                <Typography variant="body2" color="text.secondary">{t(`presets.${preset.id}.description`)}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </Stack>
  )
}
