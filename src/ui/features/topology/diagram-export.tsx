import { useState, type ReactNode, type RefObject } from 'react'
import { Alert, Button, ButtonGroup, CircularProgress, ListItemText, Menu, MenuItem } from '@mui/material'
import { useReactFlow } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { exportDiagram, isHardToRead, wholeDesignFrame, type DiagramFormat, type DiagramFrame, type ExportedDiagram } from './export-diagram'
import { planExport, type ExportPlan } from './export-plan'

type Scope = 'view' | 'whole'
type Choosing = { format: DiagramFormat; plan: Extract<ExportPlan, { kind: 'choose' }>; anchor: HTMLElement }

/** Lets the browser paint (the progress note, or the nodes drawn for the whole picture) before the long step. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

interface DiagramExportProps {
  /** The element holding the React Flow canvas. */
  container: RefObject<HTMLElement | null>
  /** Draws every node, not only those on screen, while the whole design is exported. */
  setRenderAll: (all: boolean) => void
  /** Buttons shown first in the same group (the legend toggle). */
  leading: ReactNode
}

/**
 * Export PNG and Export SVG. A design that is quick to draw and readable whole is saved at once; a larger one offers
 * the current view (quick) or the whole design (scaled, or slow), see planExport. A note shows while it is drawn.
 */
export function DiagramExport({ container, setRenderAll, leading }: DiagramExportProps) {
  const { t } = useTranslation()
  const flow = useReactFlow()
  const [choosing, setChoosing] = useState<Choosing>()
  const [busy, setBusy] = useState<{ scope: Scope; nodeCount: number }>()
  const [error, setError] = useState<string>()
  const [scaledPng, setScaledPng] = useState<ExportedDiagram>()

  const run = async (format: DiagramFormat, scope: Scope) => {
    setChoosing(undefined)
    setError(undefined)
    setScaledPng(undefined)
    const canvas = container.current?.querySelector<HTMLElement>('.react-flow')
    if (!canvas) return
    setBusy({ scope, nodeCount: flow.getNodes().length })
    await nextPaint()
    // off-screen nodes are not in the DOM while onlyRenderVisibleElements is on: draw them all for the whole picture
    if (scope === 'whole') {
      setRenderAll(true)
      await nextPaint()
    }
    try {
      const frame: DiagramFrame = scope === 'whole'
        ? wholeDesignFrame(flow.getNodes())
        : { width: canvas.clientWidth, height: canvas.clientHeight, viewport: flow.getViewport() }
      // the picture gets the canvas's own background, resolved (html-to-image cannot read the theme's CSS variables)
      const background = getComputedStyle(canvas).backgroundColor
      const element = canvas.querySelector<HTMLElement>('.react-flow__viewport')
      const exported = element && await exportDiagram(format, element, frame, scope, background, scope === 'view' ? 'topology-view' : 'topology')
      if (format === 'png' && exported && isHardToRead(exported.pixelRatio)) setScaledPng(exported)
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause))
    } finally {
      setRenderAll(false)
      setBusy(undefined)
    }
  }

  const start = (format: DiagramFormat, anchor: HTMLElement) => {
    const nodes = flow.getNodes()
    const plan = planExport(format, wholeDesignFrame(nodes), nodes.length)
    if (plan.kind === 'whole') void run(format, 'whole')
    else setChoosing({ format, plan, anchor })
  }

  const wholeNote = (plan: Choosing['plan'], format: DiagramFormat) => [
    plan.hardToRead ? t('topology.export.hardToRead') : format === 'svg' ? t('topology.export.svgDetail') : undefined,
    plan.slow ? t('topology.export.slow', { count: plan.nodeCount }) : undefined,
  ].filter(Boolean).join(t('topology.export.sentenceGap'))

  return (
    <>
      <ButtonGroup size="small" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
        {leading}
        <Button disabled={busy !== undefined} aria-haspopup="menu" onClick={(event) => start('png', event.currentTarget)}>{t('topology.exportPng')}</Button>
        <Button disabled={busy !== undefined} aria-haspopup="menu" onClick={(event) => start('svg', event.currentTarget)}>{t('topology.exportSvg')}</Button>
      </ButtonGroup>
      {choosing && (
        <Menu open anchorEl={choosing.anchor} onClose={() => setChoosing(undefined)}>
          <MenuItem onClick={() => void run(choosing.format, 'view')}>
            <ListItemText primary={t('topology.export.view')} secondary={t('topology.export.viewNote')} />
          </MenuItem>
          <MenuItem onClick={() => void run(choosing.format, 'whole')}>
            <ListItemText
              primary={choosing.format === 'png' && choosing.plan.percent < 100 ? t('topology.export.wholeScaled', { percent: choosing.plan.percent }) : t('topology.export.whole')}
              secondary={wholeNote(choosing.plan, choosing.format)}
              slotProps={{ secondary: { sx: { maxWidth: 360, whiteSpace: 'normal' } } }}
            />
          </MenuItem>
        </Menu>
      )}
      {busy && (
        <Alert role="status" severity="info" icon={<CircularProgress size={18} />} sx={{ mt: 1, maxWidth: 360 }}>
          {busy.scope === 'view' ? t('topology.export.drawingView') : t('topology.export.drawingWhole', { count: busy.nodeCount })}
        </Alert>
      )}
      {error && <Alert severity="error" sx={{ mt: 1 }}>{t('topology.exportFailed', { message: error })}</Alert>}
      {scaledPng && (
        <Alert severity="info" onClose={() => setScaledPng(undefined)} sx={{ mt: 1, maxWidth: 360 }}>
          {t('topology.exportScaled', { percent: Math.round(scaledPng.pixelRatio * 100), width: scaledPng.width, height: scaledPng.height })}
        </Alert>
      )}
    </>
  )
}
