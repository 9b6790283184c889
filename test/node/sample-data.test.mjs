// The committed sample documents are exactly what the build script makes from data/sources/, and valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('demo/data is up to date with scripts/build-sample-data.mjs and valid', () => {
  const result = spawnSync(process.execPath, ['scripts/build-sample-data.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /wesel\.json: valid, up to date/);
  assert.match(result.stdout, /kreis-wesel\.json: valid, up to date/);
});
