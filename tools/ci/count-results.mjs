// Counts vitest's JSON results by test, never by file.
// A file that failed without a failed test (an import error, a failing beforeAll) still fails the run: its
// tests that did not pass count as failed when vitest listed them; a file with no listed test is returned
// in `brokenFiles` so the caller names it apart instead of inventing a test count.

/**
 * @param {{testResults?: {name: string, status: string, message?: string, assertionResults?: {status: string}[]}[],
 *   numPassedTests?: number, numFailedTests?: number, numPendingTests?: number, numTodoTests?: number}} r
 * @returns {{passed: number, failed: number, skipped: number, brokenFiles: {file: string, reason: string}[]}}
 */
export function countResults(r) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const brokenFiles = [];
  for (const f of r.testResults ?? []) {
    const a = f.assertionResults ?? [];
    const p = a.filter((x) => x.status === 'passed').length;
    const x = a.filter((t) => t.status === 'failed').length;
    const s = a.length - p - x; // skipped, pending, todo
    passed += p;
    if (f.status === 'failed' && x === 0) {
      if (a.length - p > 0)
        failed += a.length - p; // the file failed around its tests (a hook): those tests failed
      else
        brokenFiles.push({
          file: f.name,
          reason: String(f.message ?? '')
            .split('\n')[0]
            .slice(0, 200),
        });
    } else {
      failed += x;
      skipped += s;
    }
  }
  return { passed, failed, skipped, brokenFiles };
}
