import { expect } from '@open-wc/testing';
import { locateJsonError, parseContractText } from './json-text.ts';

describe('reading contract text', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    const result = parseContractText('\uFEFF{"version": 1}');
    expect(result).to.deep.equal({ ok: true, value: { version: 1 } });
  });

  it('tells a syntax error by line and column, with what was expected', () => {
    const result = parseContractText('{\n  "version": 1,\n  "meta": { "title": "x" }\n  "areaLevels": []\n}');
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.error.code).to.equal('not-json');
    expect(result.error.path).to.equal('$');
    expect([result.error.line, result.error.column]).to.deep.equal([4, 3]);
    expect(result.error.message).to.equal('Kein gültiges JSON in Zeile 4, Spalte 3: erwartet „,“ oder das Ende des Objekts bzw. der Liste („}“ oder „]“), gefunden „"“');
    const en = parseContractText('{"a": 1,}', { lang: 'en' });
    expect(!en.ok && en.error.message).to.equal('Not valid JSON at line 1, column 9: expected a field name in "…", found “}”');
  });

  it('finds the first error of every kind, and none in valid JSON', () => {
    expect(locateJsonError('{"a": [1, 2, {"b": null}], "c": "x\\n"}')).to.equal(null);
    expect(locateJsonError('{"a": 1')).to.include({ line: 1, column: 8, expected: 'comma-or-end', found: undefined });
    expect(locateJsonError('{"a": "17,1}')).to.include({ expected: 'string-end' });
    expect(locateJsonError('{"a": 01}')).to.include({ column: 8, expected: 'comma-or-end', found: '1' });
    expect(locateJsonError("{'a': 1}")).to.include({ column: 2, expected: 'key-or-end', found: "'" });
    expect(locateJsonError('[1, 2] x')).to.include({ column: 8, expected: 'end' });
    expect(locateJsonError('{"a": "\\x"}')).to.include({ column: 8, expected: 'escape' });
    expect(locateJsonError('[NaN]')).to.include({ column: 2, expected: 'value' });
    expect(locateJsonError('['.repeat(100000))).to.include({ column: 100001 });
  });
});
