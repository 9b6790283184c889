/**
 * `npm run build`: bundles (rollup), type declarations (tsc), the JSON Schema of the
 * contract (generated from the zod schema by the built CLI) and custom-elements.json.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', shell: false });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);
chmodSync('dist/cli.js', 0o755);
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--emitDeclarationOnly', '--noEmit', 'false']);

const schema = execFileSync(process.execPath, ['dist/cli.js', 'schema'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
mkdirSync('dist/schema', { recursive: true });
writeFileSync('dist/schema/contract-v1.schema.json', schema);

run(bin('cem'), ['analyze', '--quiet']);
console.log('build: dist/ and custom-elements.json written');
