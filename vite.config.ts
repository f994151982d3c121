/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY, HEADER_ONLY_POLICY } from './scripts/content-security-policy.ts'

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Engineers work on sites without a network: after one visit every file of the app is cached and the app
    // starts offline. A new version waits until the user chooses to reload (registerType 'prompt').
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'theme-mode.js'],
      manifest: {
        name: 'NAD Designer',
        short_name: 'NAD Designer',
        description: 'Visual designer for Multus NetworkAttachmentDefinitions on MicroShift',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#1565c0',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: 'index.html',
        // the diagram's layout worker and the lazy chunks are large; all of them must work offline
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: {
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}` },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'conformance/**/*.test.ts'],
    setupFiles: ['src/setup-tests.ts'],
    // jsdom + MUI component tests take seconds on a busy 2-core machine (5 s timed out under load); speed lives in bench/
    testTimeout: 30_000,
  },
})
