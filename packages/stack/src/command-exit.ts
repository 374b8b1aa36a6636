/**
 * How the stack's one-shot commands (the benchmarks, the scale seed) end: the process exits when
 * the command is done, 0 when it succeeded, else 1 after one line naming the command and why.
 */

/** Runs `main` and exits with its outcome; `command` names it in the failure line (e.g. `bench:scale`). */
export function exitWhenDone(command: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
