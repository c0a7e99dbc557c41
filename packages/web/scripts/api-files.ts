/**
 * The web app's API types come from the server's OpenAPI document, never from hand-written types: this
 * builds the document from `createApp` (no listening server) and turns it into TypeScript with
 * openapi-typescript. Both outputs are formatted with the repository's Prettier settings so they commit clean.
 */
import { createApp, migrate, openDatabase } from '@mot/server';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';

/** Where the generated files live, committed. */
export const API_FILES = {
  json: fileURLToPath(new URL('../src/lib/api/openapi.json', import.meta.url)),
  types: fileURLToPath(new URL('../src/lib/api/schema.d.ts', import.meta.url)),
};

const HEADER =
  "/**\n * Generated from the server's OpenAPI document by `npm run api:generate -w @mot/web`: do not edit.\n */\n\n";

/** The OpenAPI document and its TypeScript types, as the files should read. */
export async function buildApiFiles(): Promise<{ json: string; types: string }> {
  // The document is built from the route definitions; an empty in-memory database serves the request.
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db);
    const res = await createApp(db).request('/api/openapi.json');
    if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    const document = await res.text();
    const config = (await resolveConfig(API_FILES.types)) ?? {};
    const ast = await openapiTS(document);
    return {
      json: await format(document, { ...config, filepath: API_FILES.json }),
      types: await format(HEADER + astToString(ast), { ...config, filepath: API_FILES.types }),
    };
  } finally {
    await db.close();
  }
}
