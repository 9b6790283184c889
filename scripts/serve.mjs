/**
 * `npm start` (after the build): serves the repository on localhost so that demo/ can load
 * dist/ and demo/data/, with the strict Content-Security-Policy a city CMS page would send.
 */
import { startDevServer } from '@web/dev-server';
import { cspString } from './csp.mjs';

const DEMO_CSP = cspString();

const port = Number(process.env.PORT ?? 8000);

const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    port,
    hostname: '127.0.0.1',
    nodeResolve: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/' || ctx.path === '/demo') {
          ctx.redirect('/demo/');
          return;
        }
        await next();
        if (ctx.response.is('html')) ctx.set('Content-Security-Policy', DEMO_CSP);
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const address = `http://localhost:${server.config.port}/demo/`;
console.log(`\nquartier-widgets demo: ${address}\n(stop with Ctrl+C)`);
