/**
 * README.md's attribute tables are written from the attribute descriptors by
 * scripts/readme-options.mjs; this fails when a descriptor changed and the README was not rewritten.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { README, applyTables, attributeTable, loadRegistry, readmeTables } from '../../scripts/readme-options.mjs';

describe('README attribute tables', () => {
  let registry;
  before(async () => {
    registry = await loadRegistry();
  });

  it('are what the descriptors say (else: node scripts/readme-options.mjs)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(applyTables(readme, readmeTables(registry)), readme);
  });

  it('have a German and an English table for the common attributes and for every widget', () => {
    const keys = [...readmeTables(registry).keys()];
    for (const widget of ['common', ...Object.keys(registry.WIDGET_OPTIONS)]) {
      assert.ok(keys.includes(`${widget}:de`) && keys.includes(`${widget}:en`), widget);
    }
  });

  it('show values, default and meaning of an attribute in each language', () => {
    const classes = registry.WIDGET_OPTIONS['district-map'].filter((d) => d.name === 'classes' || d.name === 'fixed-breaks');
    assert.equal(attributeTable(classes, 'de').split('\n').slice(3).join('\n'), '| `classes` | 2–9 | `5` | Zahl der Klassen (weniger, wenn die Daten weniger verschiedene Werte haben) |\n| `fixed-breaks` | an/aus | aus | Klassengrenzen über alle Zeiträume, damit die Farben vergleichbar bleiben |');
    assert.match(attributeTable(classes, 'en'), /\| `fixed-breaks` \| on\/off \| off \| Class limits over all periods/);
  });

  it('replace a stale table and refuse a README without a marker', () => {
    const tables = new Map([['common:de', '| neu |']]);
    assert.equal(applyTables('a\n<!-- qw-options:common:de -->\n| alt |\n<!-- /qw-options -->\nb', tables), 'a\n<!-- qw-options:common:de -->\n| neu |\n<!-- /qw-options -->\nb');
    assert.throws(() => applyTables('no markers', tables), /no marker/);
    assert.throws(() => applyTables('<!-- qw-options:other:de -->\n<!-- /qw-options -->', tables), /no attribute table/);
  });
});
