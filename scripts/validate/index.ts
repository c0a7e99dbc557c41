/**
 * Real-data check: imports the Olist sample (../shared/data beside the repository) as the order journey,
 * runs the product's key-moment analysis, and asserts three findings (docs/validation.md). Skips with one
 * line, exit 0, when ../shared/data is absent; exits 1 when a finding fails or the data cannot be read.
 * Run: node --import tsx scripts/validate/index.ts
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from './run.ts';

// Found from this file's place, not the working directory, so it runs the same from anywhere.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.exitCode = await validate(root, resolve(root, '../shared/data'));
