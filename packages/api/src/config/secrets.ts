import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_DIR } from './paths';

export interface LocalSecrets {
  /** Password of the embedded database's owner role. */
  ownerPassword: string;
  /** Password of the application's database role (djt_app). */
  appPassword: string;
}

/**
 * Development secrets are generated on first run into .local/secrets.json (git-ignored, mode 600).
 * Nothing secret is ever committed; production passes its own through the environment.
 */
export function loadOrCreateSecrets(dir = LOCAL_DIR): LocalSecrets {
  const file = path.join(dir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets;
  fs.mkdirSync(dir, { recursive: true });
  const secrets: LocalSecrets = {
    ownerPassword: randomBytes(18).toString('base64url'),
    appPassword: randomBytes(18).toString('base64url'),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
