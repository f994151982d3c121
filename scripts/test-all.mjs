// `npm test`: every check of the project in one run, closing with one plain `N passed, N failed` line.
// Vitest's and Playwright's own closing lines are not read by CI here, so each stage reports counts to this script.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'

const totals = { passed: 0, failed: 0, skipped: 0 }
/** Names of what failed, repeated last: CI keeps only the tail of the output. */
const failures = []

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

function count(stage, passed, failed, skipped = 0) {
  if (failed > 0 && !failures.some((line) => line.startsWith(`${stage}:`))) failures.push(`${stage}: failed`)
  totals.passed += passed
  totals.failed += failed
  totals.skipped += skipped
  console.log(`\n${stage}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`)
}

/** Playwright nests suites per file and describe block; a spec failed when one of its tests was not ok. */
function failedSpecs(suites, titles = []) {
  return suites.flatMap((suite) => {
    const path = [...titles, suite.title].filter(Boolean)
    return [
      ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => [...path, spec.title].join(' > ')),
      ...failedSpecs(suite.suites ?? [], path),
    ]
  })
}

/** A stage that is one check: it passes or fails as a whole. */
function check(stage, command, args) {
  const ok = run(command, args)
  count(stage, ok ? 1 : 0, ok ? 0 : 1)
}

/** A stage whose runner writes a JSON report we count from; a crash without a report counts as one failure. */
function counted(stage, command, args, reportFile, readCounts, readFailures, env) {
  rmSync(reportFile, { force: true })
  const ok = run(command, args, env)
  const report = readJson(reportFile)
  if (!report) return count(stage, 0, 1)
  const { passed, failed, skipped } = readCounts(report)
  for (const name of readFailures(report)) failures.push(`${stage}: ${name}`)
  count(stage, passed, failed + (ok || failed > 0 ? 0 : 1), skipped)
}

check('typecheck', 'npx', ['tsc', '-b'])
check('lint', 'npm', ['run', '-s', 'lint'])
check('cli build', 'npm', ['run', '-s', 'prepare'])
counted('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.vitest.json'], '.vitest.json',
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }),
  (r) => r.testResults.flatMap((file) => file.assertionResults.filter((test) => test.status === 'failed')
    .map((test) => `${relative(process.cwd(), file.name)} > ${test.fullName}`)))
counted('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], '.pw.json',
  (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped }),
  (r) => failedSpecs(r.suites),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: '.pw.json' })
counted('conformance', 'npm', ['run', '-s', 'test:conformance'], '.conformance.json',
  (r) => ({ passed: r.agree, failed: r.disagree + (r.surprises ?? 0) + (r.environment ?? 0), skipped: r.undecidable ?? 0 }),
  (r) => (r.disagreements ?? []).map((entry) => entry.id))

if (failures.length > 0) console.log(`failed:\n${failures.map((line) => `  ${line}`).join('\n')}\n`)
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1)
