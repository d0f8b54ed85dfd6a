import path from 'node:path';

/** Repository root (packages/api/dist/config → ../../../..). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
/** Project-local, git-ignored state: embedded database files, generated secrets. */
export const LOCAL_DIR = process.env.DJT_LOCAL_DIR ?? path.join(REPO_ROOT, '.local');
export const WEB_DIST = path.join(REPO_ROOT, 'packages/web/dist');
