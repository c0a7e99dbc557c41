// drizzle-kit configuration: `npx drizzle-kit generate` (run in packages/server) writes a new SQL migration
// from the schema; commit it. Migrations are applied by our runner (src/storage/migrate.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema.ts',
  out: './src/storage/migrations',
});
