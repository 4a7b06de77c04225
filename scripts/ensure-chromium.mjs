// Browser tests use Debian's Chromium (Playwright's own browser download does not work on
// these machines). This finds it, installs it on Debian when running as root, or explains.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${path}; installing Debian's chromium package …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium is needed for the browser tests but was not found at ${path}.\n` +
    'On Debian or Ubuntu: sudo apt-get install chromium\n' +
    'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
);
process.exit(1);
