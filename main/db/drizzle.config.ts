// drizzle-kit only generates SQL here: it cannot open an encrypted vault, so
// migrations are applied in-app on the keyed connection (see ./migrations.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './main/db/schema/index.ts',
  out: './main/db/migrations',
});
