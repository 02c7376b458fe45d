import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { countResults } from '../count-results.mjs';

// vitest 3's JSON results for three files: one that cannot import a module, one whose beforeAll throws
// (its two tests are reported skipped), one with a pass, a failure and a skip
const RESULTS = {
  numTotalTestSuites: 3,
  numFailedTestSuites: 3,
  numTotalTests: 5,
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 3,
  numTodoTests: 0,
  testResults: [
    {
      name: '/repo/broken.test.ts',
      status: 'failed',
      message: "Cannot find module './does-not-exist.js' imported from '/repo/broken.test.ts'",
      assertionResults: [],
    },
    {
      name: '/repo/hook.test.ts',
      status: 'failed',
      message: 'server did not start',
      assertionResults: [
        {
          status: 'skipped',
        },
        {
          status: 'skipped',
        },
      ],
    },
    {
      name: '/repo/ok.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        {
          status: 'passed',
        },
        {
          status: 'failed',
        },
        {
          status: 'skipped',
        },
      ],
    },
  ],
};

describe('tools/ci/test.mjs closing line', () => {
  it('counts tests, not files: a failing hook fails its tests, a file that cannot load is named apart', () => {
    const c = countResults(RESULTS);
    expect(c).toEqual({
      passed: 1,
      failed: 3, // the failed assertion + the two tests whose beforeAll failed
      skipped: 1,
      brokenFiles: [
        {
          file: '/repo/broken.test.ts',
          reason: "Cannot find module './does-not-exist.js' imported from '/repo/broken.test.ts'",
        },
      ],
    });
    // the old formula added failed files to failed tests: 1 + 3 = 4 for one failed test
    expect(RESULTS.numFailedTests + RESULTS.numFailedTestSuites).toBe(4);
  });

  it('a clean run has nothing broken', () => {
    const c = countResults({
      testResults: [
        {
          name: 'a.test.ts',
          status: 'passed',
          assertionResults: [{ status: 'passed' }, { status: 'skipped' }],
        },
      ],
    });
    expect(c).toEqual({ passed: 1, failed: 0, skipped: 1, brokenFiles: [] });
  });
});
