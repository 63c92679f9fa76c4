#!/usr/bin/env node
// The `claimscope` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../data-loaders/cli.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`claimscope: ${e?.stack ?? e}\n`);
  process.exitCode = 1;
}
