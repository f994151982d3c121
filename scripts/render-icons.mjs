// `node scripts/render-icons.mjs`: renders the app icons (web manifest, Apple touch icon) from the SVGs in public/
// with Debian's Chromium, so the PNGs stay drawings of the same source. Run it after changing an icon SVG.
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const icons = [
  { source: 'public/favicon.svg', size: 192, file: 'public/icon-192.png' },
  { source: 'public/favicon.svg', size: 512, file: 'public/icon-512.png' },
  // maskable: the drawing keeps to the central safe zone, the background fills the square
  { source: 'public/icon-maskable.svg', size: 512, file: 'public/icon-maskable-512.png' },
  { source: 'public/icon-maskable.svg', size: 180, file: 'public/apple-touch-icon.png' },
]

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
    const svg = readFileSync(icon.source, 'utf8')
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${svg}`)
    writeFileSync(icon.file, await page.screenshot({ omitBackground: true }))
    await page.close()
    console.log(`${icon.file} (${icon.size}×${icon.size})`)
  }
} finally {
  await browser.close()
}
