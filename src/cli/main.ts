import { readFileSync } from 'node:fs'
import { emitBundleYaml } from '../core'
import packageJson from '../../package.json'
import { collectFindings, formatTextReport, importFiles, type InputFile } from './collect-findings'
import { parseCliArgs, USAGE } from './parse-cli-args'

function readInputs(names: readonly string[]): InputFile[] | string {
  const files: InputFile[] = []
  for (const name of names) {
    try {
      const text = readFileSync(name === '-' ? 0 : name, 'utf8')
      files.push({ name: name === '-' ? '<stdin>' : name, text })
    } catch (error) {
      return `cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    }
  }
  return files
}

function run(argv: readonly string[]): number {
  const request = parseCliArgs(argv)
  switch (request.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`)
      return 0
    case 'version':
      process.stdout.write(`${packageJson.version}\n`)
      return 0
    case 'usage-error':
      process.stderr.write(`nad-designer: ${request.message}\n${USAGE}\n`)
      return 2
    default:
      break
  }
  const files = readInputs(request.files)
  if (typeof files === 'string') {
    process.stderr.write(`nad-designer: ${files}\n`)
    return 2
  }
  if (request.command === 'render') {
    process.stdout.write(emitBundleYaml(importFiles(files).project, { compact: request.compact }))
    return 0
  }
  const findings = collectFindings(files)
  process.stdout.write(request.format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatTextReport(findings, files.length))
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`nad-designer: internal error: ${(error as Error).message}\n`)
  process.exitCode = 2
}
