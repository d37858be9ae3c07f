// `npm run staff -- create <email> "<name>" <admin|referent>` and `npm run staff -- password <email>`:
// PocketBase's `staff` command (pb_hooks/91_staff.pb.js) on the configured data folder (PB_DATA). The
// generated password is printed once. Works while the server runs (SQLite allows the second writer).
import { execFile } from 'node:child_process';
import { readConfig } from './lib/config.js';
import { commonFlags, pocketbaseBin } from './lib/pocketbase.js';

const config = readConfig();
const child = execFile(pocketbaseBin(), ['staff', ...process.argv.slice(2), ...commonFlags(config.dataDir)]);
// PocketBase prefixes its console lines with a timestamp; the operator reads the message itself.
const strip = (/** @type {string} */ text) => text.replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /gm, '');
child.stdout?.on('data', (chunk) => process.stdout.write(strip(String(chunk))));
child.stderr?.on('data', (chunk) => process.stderr.write(strip(String(chunk))));
child.on('close', (code) => process.exit(code ?? 1));
