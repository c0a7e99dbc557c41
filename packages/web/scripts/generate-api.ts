/** Writes src/lib/api/openapi.json and schema.d.ts from the server's routes. Run after changing a route. */
import { writeFile } from 'node:fs/promises';
import { API_FILES, buildApiFiles } from './api-files.ts';

const files = await buildApiFiles();
await writeFile(API_FILES.json, files.json);
await writeFile(API_FILES.types, files.types);
process.stdout.write(`wrote ${API_FILES.json} and ${API_FILES.types}\n`);
