import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { NETWORK_PRESETS, type NetworkPreset } from './network-presets'

/** One-click starting points: the MicroShift chapter's examples and common edge patterns. */
export function PresetCards({ onPreset }: { onPreset: (preset: NetworkPreset) => void }) {
  const { t } = useTranslation()
  return (
    // columns by the space the cards have (the inspector column or the wizard), not by the window's width
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))' }}>
      {NETWORK_PRESETS.map((preset) => (
        <Card key={preset.id} variant="outlined">
          <CardActionArea onClick={() => onPreset(preset)} aria-label={t('wizard.usePreset', { name: t(`presets.${preset.id}.title`) })}>
            <CardContent sx={{ py: 1.25 }}>
              <Stack sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }} direction="row" spacing={1} useFlexGap>
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
  )
}
