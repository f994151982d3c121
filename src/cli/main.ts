import { readFileSync } from 'node:fs'
import { emitBundleYaml, formatIssue, importFiles, isLeftOutFinding, type InputFile } from '../core'
import packageJson from '../../package.json'
import { collectFindings, formatTextReport } from './collect-findings'
import { parseCliArgs, USAGE } from './parse-cli-args'
import { writeBundle } from './write-bundle'

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
    const imported = importFiles(files)
    process.stdout.write(emitBundleYaml(imported.project, { compact: request.compact }))
    // The same stream as `bundle` (passed-through objects included); input that could not be read is missing from it:
    // say which, and fail.
    const lost = imported.findings.filter(isLeftOutFinding)
    for (const finding of lost) process.stderr.write(`${finding.source ?? '-'}:${finding.line ?? 0}: ${finding.severity} ${finding.code}: ${formatIssue(finding)}\n`)
    return lost.length > 0 ? 1 : 0
  }
  if (request.command === 'bundle') {
    const result = writeBundle(files, request.out, request.compact)
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
    return result.code
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
