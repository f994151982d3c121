import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFiles, validateProject, type InputFile } from '../core'
import { collectFindings } from './collect-findings'

// The real-world corpus: /work/shared/corpus/real-world/SOURCES.md.
const CORPUS = '/work/shared/corpus/real-world'
const corpus: InputFile[] = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(`${CORPUS}/${name}`, 'utf8') }))

describe('collectFindings', () => {
  it('imports without workload manifests, which no rule reads: the findings are those of a full import', () => {
    const full = importFiles(corpus)
    const lean = importFiles(corpus, { keepManifests: false })
    expect(full.project.workloads.some((workload) => workload.manifest !== undefined)).toBe(true)
    expect(lean.project.workloads.every((workload) => workload.manifest === undefined)).toBe(true)
    expect(lean.findings).toEqual(full.findings)
    expect(validateProject(lean.project)).toEqual(validateProject(full.project))
  })

  it('lists findings in file, then line order', () => {
    const findings = collectFindings(corpus)
    const rank = new Map(corpus.map((file, index) => [file.name, index]))
    const keys = findings.map((finding) => [finding.file === null ? corpus.length : (rank.get(finding.file) ?? corpus.length), finding.line ?? 0])
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
    expect(keys).toEqual(sorted)
  })
})
