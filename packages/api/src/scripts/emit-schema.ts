import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildBareSchema } from '../app/schema';

/** Writes packages/api/schema.graphql; with --check, fails when the committed file is out of date. */
const file = path.resolve(__dirname, '../../schema.graphql');
const header = '# Generated from the code by `pnpm --filter @djt/api schema:emit`. Do not edit.\n\n';
const sdl = header + printSchema(lexicographicSortSchema(buildBareSchema())) + '\n';
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== sdl) {
    console.error('schema.graphql is out of date: run `pnpm --filter @djt/api schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  fs.writeFileSync(file, sdl);
  console.log(`Wrote ${file}`);
}
