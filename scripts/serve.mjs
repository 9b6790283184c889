/**
 * `npm start` (after the build): serves demo/, dist/, docs/ and data/ so that the demo can load
 * the built widgets and the sample data, with the strict Content-Security-Policy a city CMS page
 * would send. Listens on 127.0.0.1; `npm start -- --host 0.0.0.0` opens it to the network.
 */
import { cspString } from './csp.mjs';
import { createStaticServer, hostFromArgs } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
const host = hostFromArgs(process.argv.slice(2));
const server = createStaticServer({ root: process.cwd(), csp: cspString() });
server.listen(port, host, () => {
  const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  console.log(`\nquartier-widgets demo: http://${shown}:${port}/demo/\n(stop with Ctrl+C)`);
});
