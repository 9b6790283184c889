// What every browser-driven node test needs: the system Chromium through puppeteer-core (nothing is
// downloaded), a static server for the repository that sends the widgets' documented policy and can
// serve pages a test writes, and polling with a bounded wait and a readable failure.
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { cspString } from '../../../scripts/csp.mjs';

export const CSP = cspString();

/** Headless flags shared by all suites; software WebGL (SwiftShader) as on a server without GPU. */
export const CHROME_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'];

export const chromePath = () =>
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((path) => path && existsSync(path));

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Launches the system Chromium; `extraArgs` are added to {@link CHROME_ARGS}. */
export async function launchChromium({ extraArgs = [], protocolTimeout = 60_000 } = {}) {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH.');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...extraArgs], protocolTimeout });
}

/**
 * The repository over HTTP on 127.0.0.1. Pages a test writes are looked up by `pageFor(path)`
 * (a string of HTML, or `{ html, policy }`); every HTML response gets the documented policy (or the
 * page's own). `cors` lets pages of another origin load from it, as from a separate asset server.
 */
export function serveRepository({ pageFor = () => undefined, cors = false } = {}) {
  return startDevServer({
    config: {
      rootDir: process.cwd(),
      hostname: '127.0.0.1',
      nodeResolve: false,
      watch: false,
      middleware: [
        async (ctx, next) => {
          const found = pageFor(ctx.path);
          const made = typeof found === 'string' ? { html: found } : found;
          if (made) {
            ctx.type = 'text/html';
            ctx.body = made.html;
          } else {
            await next();
          }
          if (cors) ctx.set('Access-Control-Allow-Origin', '*');
          if (ctx.response.is('html')) ctx.set('Content-Security-Policy', made?.policy ?? CSP);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}

export const WAIT_TIMEOUT = 30_000;

/** Polls `fn` in the page (or frame) until it returns a truthy value without `error`; fails after {@link WAIT_TIMEOUT} with `what`. */
export const waitFor = (context, what, fn, ...args) => pollPage(context, what, fn, args);

/** {@link waitFor} with the arguments as a list and a timeout of the caller's. */
export async function pollPage(context, what, fn, args = [], timeout = WAIT_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    // A page that hangs must not hold the test until the protocol's own timeout.
    const answer = context.evaluate(fn, ...args).catch((error) => ({ error: error.message }));
    last = await Promise.race([answer, pause(Math.max(100, deadline - Date.now())).then(() => ({ error: 'the page did not answer' }))]);
    if (last && !last.error) return last;
    await pause(100);
  }
  throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Waits until the first `tag` on the page (or frame) is ready; its error text makes the failure readable. */
export const whenReady = (context, tag) =>
  waitFor(context, `${tag} to be ready`, (name) => {
    const state = document.querySelector(name)?.getAttribute('state');
    if (state === 'error') return { error: `${name} is in state error: ${document.querySelector(name).shadowRoot.textContent.replace(/\s+/g, ' ').slice(0, 300)}` };
    return state === 'ready';
  }, tag);
