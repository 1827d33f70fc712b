/**
 * Runs a build step's main() when the file is executed directly (not when a
 * test imports it), turning a bad seed into one line naming file, line and reason.
 */
import { pathToFileURL } from 'node:url';
import { SeedError } from './csv.ts';

export function runIfMain(moduleUrl: string, command: string, main: () => void): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    main();
  } catch (e) {
    if (e instanceof SeedError) {
      console.error(`${command} failed: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
