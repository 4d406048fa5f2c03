#!/usr/bin/env node
// `npm test`: every check the project has, in one command. Each step runs even when an earlier one
// failed, so one run shows everything that is wrong; only the browser tests need a good build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.reports');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL_CHROMIUM = 'sudo apt-get update && sudo apt-get install -y chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const INSTALL_FIREFOX = 'sudo apt-get update && sudo apt-get install -y firefox-esr';

/** Runs a command with its output streamed to ours; resolves with its exit code. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/**
 * The browser tests need Debian's browsers (`chromium`, `firefox-esr`): install one when we can (as root),
 * or say exactly how.
 */
function ensureBrowser(path, envName, debianPackage, installHint) {
  if (existsSync(path)) return { ok: true };
  if (process.env[envName]) return { ok: false, note: `${envName}=${path} does not exist` };
  if (process.getuid?.() !== 0) return { ok: false, note: `${path} is missing; run: ${installHint}` };
  console.log(`${path} is missing; installing ${debianPackage} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const installed =
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status === 0 &&
    spawnSync('apt-get', ['install', '-y', debianPackage], { stdio: 'inherit', env }).status === 0;
  return installed && existsSync(path) ? { ok: true } : { ok: false, note: `installing ${debianPackage} failed; run: ${installHint}` };
}

const ensureChromium = () => ensureBrowser(chromium, 'CHROMIUM_PATH', 'chromium', INSTALL_CHROMIUM);
const ensureFirefox = () => ensureBrowser(firefox, 'FIREFOX_PATH', 'firefox-esr', INSTALL_FIREFOX);

const steps = [
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', 'lint'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
  { name: 'unit', command: ['npx', 'vitest', 'run'] },
  { name: 'size', command: ['node', 'test/size-check.mjs'] },
  {
    name: 'e2e',
    command: ['npx', 'playwright', 'test'],
    async precondition(results) {
      if (results.find((r) => r.name === 'build')?.status !== 'passed') return { ok: false, note: 'not run: the build failed' };
      return ensureChromium();
    },
  },
  {
    name: 'firefox',
    command: ['npx', 'vitest', 'run', '--config', 'test/firefox/vitest.config.ts'],
    async precondition(results) {
      if (results.find((r) => r.name === 'build')?.status !== 'passed') return { ok: false, note: 'not run: the build failed' };
      return ensureFirefox();
    },
  },
];

// Reports from an earlier run must never stand in for this one.
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}\n`);
  const started = Date.now();
  const ready = step.precondition ? await step.precondition(results) : { ok: true };
  let status = 'failed';
  let exitCode = null;
  if (ready.ok) {
    exitCode = await run(step.command[0], step.command.slice(1));
    status = exitCode === 0 ? 'passed' : 'failed';
  } else {
    console.error(`✗ ${step.name}: ${ready.note}`);
  }
  results.push({ name: step.name, status, exitCode, seconds: Math.round((Date.now() - started) / 100) / 10, note: ready.note ?? null });
}

writeFileSync(join(reports, 'steps.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('\nstep        result   time');
for (const r of results) {
  console.log(`${r.name.padEnd(11)} ${r.status.padEnd(8)} ${`${r.seconds.toFixed(1)} s`.padStart(7)}${r.note ? `  ${r.note}` : ''}`);
}
const failed = results.filter((r) => r.status !== 'passed');
console.log(failed.length === 0 ? '\nall steps passed' : `\nfailed: ${failed.map((r) => r.name).join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
