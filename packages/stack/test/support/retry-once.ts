/**
 * A browser or end-to-end test that fails is run once more before it counts as failed. These
 * suites drive real processes beside other suites on one shared stack, and on a loaded machine a
 * page or a popover can miss its moment. The first failure is printed in full (`RETRY 1`), and
 * `.ci/run` lists every test that passed only on its second run, so a flaky test stays visible
 * and is mended rather than hidden; a test that fails twice fails the run.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
