// `npm start`: build the Chrome extension, serve the demo on 127.0.0.1 and open Chromium with Sourcelight
// loaded, in a throwaway profile. Ctrl+C stops the server and the browser.
//   npm start                 build, serve, open the browser
//   npm start -- --serve      only serve the demo (load the extension by hand)
//   npm start -- --port 8080  serve on a chosen port (default 8723, or any free one if taken)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietExtensionFlags } from './chromium-flags.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromeBuild = join(root, '.output/chrome-mv3');
const firefoxBuild = join(root, '.output/firefox-mv2');
const DEFAULT_PORT = 8723;
const ARTICLE_PATH = '/seed/seed-original.html';

function parseArgs(argv) {
  const options = { serveOnly: false, port: DEFAULT_PORT, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--serve') options.serveOnly = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
    else throw new Error(`Unknown option ${arg}. Try \`npm start -- --help\`.`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port needs a number between 0 and 65535.');
  }
  return options;
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Debian's Chromium first (it honours --load-extension), then Google Chrome. */
function findBrowser() {
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', branded: false };
  for (const name of ['chromium-browser', 'chromium']) {
    const found = onPath(name);
    if (found) return { path: found, branded: false };
  }
  for (const name of ['google-chrome', 'google-chrome-stable']) {
    const found = onPath(name);
    if (found) return { path: found, branded: true };
  }
  const macChrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  if (existsSync(macChrome)) return { path: macChrome, branded: true };
  return null;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build(args) {
  const result = spawnSync(join(root, 'node_modules/.bin/wxt'), args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nBuild failed (wxt ${args.join(' ')}).`);
    process.exit(result.status ?? 1);
  }
}

async function serveDemo(port) {
  const mounts = { '/': join(root, 'demo'), '/seed/': join(root, 'tests/fixtures/seed') };
  try {
    return await startStaticServer(mounts, { port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    console.warn(`Port ${port} is taken; using a free one.`);
    return startStaticServer(mounts, { port: 0 });
  }
}

function printManualInstructions() {
  console.log(`
Load the built extension by hand:
  Chrome / Chromium: open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and choose ${chromeBuild}
  Firefox: open about:debugging, click "This Firefox", then "Load Temporary Add-on…"
    and choose ${join(firefoxBuild, 'manifest.json')}
    (or the zip made by \`npm run zip\`: .output/sourcelight-<version>-firefox.zip)

See the demo article:
  npm start -- --serve       serves it on http://127.0.0.1:${DEFAULT_PORT}/ until Ctrl+C
  (or open tests/fixtures/seed/seed-original.html straight from disk)`);
}

function waitForStop() {
  return new Promise((resolveStop) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => resolveStop(signal));
  });
}

async function serveOnly(port) {
  const server = await serveDemo(port);
  console.log(`\nServing the Sourcelight demo on ${server.baseUrl}/`);
  console.log(`  article: ${server.baseUrl}${ARTICLE_PATH}`);
  console.log('Load the extension by hand (see README "Installing the built extension"). Ctrl+C stops.');
  await waitForStop();
  await server.close();
  console.log('\nStopped.');
}

function stopBrowser(browser) {
  return new Promise((resolveStopped) => {
    if (browser.exitCode !== null || browser.signalCode !== null) {
      resolveStopped();
      return;
    }
    browser.once('exit', () => resolveStopped());
    const signalGroup = (signal) => {
      try {
        process.kill(-browser.pid, signal);
      } catch {
        // Already gone.
      }
    };
    signalGroup('SIGTERM');
    setTimeout(() => signalGroup('SIGKILL'), 5000).unref();
  });
}

async function openBrowser(browserInfo, port) {
  const server = await serveDemo(port);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-start-'));
  const flags = [
    `--user-data-dir=${profile}`,
    '--no-default-browser-check',
    ...quietExtensionFlags(chromeBuild),
    // Chromium refuses to run as root with its sandbox on (containers, CI shells).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    // Branded Chrome 137+ ignores --load-extension unless this feature is turned off.
    ...(browserInfo.branded ? ['--disable-features=DisableLoadExtensionCommandLineSwitch'] : []),
  ];
  const urls = [`${server.baseUrl}${ARTICLE_PATH}`, `${server.baseUrl}/`];
  // Own process group, so stopping it takes its helper processes too.
  const browser = spawn(browserInfo.path, [...flags, ...urls], { stdio: 'ignore', detached: true });

  console.log(`\nSourcelight demo: ${server.baseUrl}/  (article: ${urls[0]})`);
  console.log(`Browser: ${browserInfo.path} with ${chromeBuild} loaded, profile ${profile}`);
  if (browserInfo.branded) {
    console.log('If Sourcelight is missing from chrome://extensions, this Chrome ignores --load-extension:');
    console.log('load it by hand (Developer mode → Load unpacked → .output/chrome-mv3).');
  }
  console.log('Ctrl+C stops the server and the browser.');

  const cleanUp = async () => {
    await stopBrowser(browser);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };

  const outcome = await Promise.race([
    waitForStop().then((signal) => ({ signal })),
    new Promise((resolveExit) => browser.once('exit', (code) => resolveExit({ code }))),
    new Promise((resolveError) => browser.once('error', (error) => resolveError({ error }))),
  ]);
  await cleanUp();
  if (outcome.error) {
    console.error(`\nCould not start ${browserInfo.path}: ${outcome.error.message}`);
    return 1;
  }
  if (outcome.signal) {
    console.log('\nStopped the browser and the demo server.');
    return 0;
  }
  console.log(`\nThe browser closed${outcome.code ? ` (exit ${outcome.code})` : ''}; demo server stopped.`);
  return outcome.code ?? 0;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  if (options.help) {
    console.log(`npm start                 build, serve the demo and open Chromium with Sourcelight loaded
npm start -- --serve      only serve the demo (load the extension by hand)
npm start -- --port N     serve on port N (default ${DEFAULT_PORT}; a free one if taken)`);
    return 0;
  }
  if (options.serveOnly) {
    await serveOnly(options.port);
    return 0;
  }

  build(['build']);
  const browserInfo = findBrowser();
  if (!hasDisplay() || !browserInfo) {
    // Both packages, so the instructions below point at something that exists.
    build(['build', '-b', 'firefox']);
    console.log(
      browserInfo
        ? '\nNo display: $DISPLAY and $WAYLAND_DISPLAY are unset, so no browser can be opened here.'
        : '\nNo Chromium or Google Chrome found (looked for /usr/bin/chromium, chromium, google-chrome).',
    );
    console.log('The extension is built; nothing is left running.');
    printManualInstructions();
    return 0;
  }
  return openBrowser(browserInfo, options.port);
}

process.exitCode = await main();
