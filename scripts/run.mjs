#!/usr/bin/env node
/**
 * The two commands of the README, usable with only Node >= 20 and npm:
 *   npm start  → install, build, and run the API + web client (embedded PostgreSQL + demo data
 *                when no DATABASE_URL is set)
 *   npm test   → install, build, and run every test (unit, integration, browser), printing
 *                "N passed, N failed" as the last line
 * pnpm is used when installed; otherwise it is fetched through npx (Corepack is not needed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
/**
 * A larger young generation: the dashboards build responses of several hundred KB, and the
 * default semi-space made garbage collection the largest single cost (docs/benchmarks.md).
 */
const API_NODE_FLAGS = ['--max-semi-space-size=64'];
const extra = process.argv.slice(3);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) process.exit(status);
}

const hasPnpm = spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0;
const pnpm = (args) => (hasPnpm ? ['pnpm', args] : ['npx', ['--yes', 'pnpm@10', ...args]]);
const p = (...args) => must(...pnpm(args));

function setup() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  p('install', ...frozen);
  p('run', 'build');
}

switch (command) {
  case 'setup':
    setup();
    break;
  case 'start':
    setup();
    must(process.execPath, [...API_NODE_FLAGS, path.join(root, 'packages/api/dist/main.js'), ...extra]);
    break;
  case 'start:prod':
    // Production defaults (no introspection, Secure cookie, HSTS) and no demo passwords.
    setup();
    must(
      process.execPath,
      [...API_NODE_FLAGS, path.join(root, 'packages/api/dist/main.js'), '--refuse-demo-passwords', ...extra],
      { env: { ...process.env, NODE_ENV: 'production' } },
    );
    break;
  case 'test': {
    setup();
    const results = path.join(root, '.jest-results.json');
    fs.rmSync(results, { force: true });
    const status = run(process.execPath, [
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '--json',
      `--outputFile=${results}`,
      ...extra,
    ]);
    if (fs.existsSync(results)) {
      const r = JSON.parse(fs.readFileSync(results, 'utf8'));
      const skipped = r.numPendingTests + r.numTodoTests;
      console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
    } else {
      console.log('\n0 passed, 1 failed');
    }
    process.exit(status);
    break;
  }
  default:
    console.error('usage: node scripts/run.mjs setup|start|start:prod|test');
    process.exit(2);
}
