import { expect } from '@open-wc/testing';
import { isSafeUrl, safeHref } from './url.ts';

describe('safe URLs', () => {
  it('allows https:, http: and relative URLs', () => {
    for (const url of ['https://www.wesel.de/statistik', 'HTTP://example.org', 'daten/sozialraum.geojson', '../geo.json', '/daten/x.json', '//example.org/x', '#quellen', '?jahr=2023']) {
      expect(isSafeUrl(url), url).to.be.true;
    }
  });

  it('refuses every other scheme, also when disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'mailto:a@b.de', '', 42]) {
      expect(isSafeUrl(url), String(url)).to.be.false;
    }
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('https://example.org')).to.equal('https://example.org');
  });
});
