// Unit tests of the suite's pure parts (corpus shape, Multus emulation, judging, generation); the root config covers src/ only.
import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { environment: 'node', include: ['conformance/**/*.test.ts'], root: '.' } })
