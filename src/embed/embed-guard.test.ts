import { expect } from '@open-wc/testing';
import { allowedBySources, blockedAttribute, clampFrameHeight, connectSources, isKnownEmbedFrame, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from './embed-guard.ts';

const page = 'https://www.wesel.de/assets/qw/embed.html?widget=housing-gauge';

describe('embed-guard: connect-src allow-list', () => {
  it('reads connect-src, else default-src', () => {
    expect(connectSources("default-src 'self'; connect-src 'self' https://daten.wesel.de")).to.deep.equal(["'self'", 'https://daten.wesel.de']);
    expect(connectSources("default-src 'self'; script-src 'self'")).to.deep.equal(["'self'"]);
    expect(connectSources('script-src x')).to.deep.equal([]);
  });

  it("allows only the page's own origin under 'self'", () => {
    expect(allowedBySources('/daten/wesel.json', page, ["'self'"])).to.equal(true);
    expect(allowedBySources('../data/wesel.json', page, ["'self'"])).to.equal(true);
    expect(allowedBySources('https://evil.example/fake.json', page, ["'self'"])).to.equal(false);
    expect(allowedBySources('//evil.example/fake.json', page, ["'self'"])).to.equal(false);
    expect(allowedBySources('http://www.wesel.de/x.json', page, ["'self'"])).to.equal(false);
  });

  it('never allows javascript:, data: or blob: addresses', () => {
    for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'blob:https://www.wesel.de/1']) {
      expect(allowedBySources(url, page, ['*', "'self'", 'data:'])).to.equal(false, url);
    }
  });

  it('understands host sources with scheme, wildcard, port and path', () => {
    expect(allowedBySources('https://daten.wesel.de/a.json', page, ['https://daten.wesel.de'])).to.equal(true);
    expect(allowedBySources('https://daten.wesel.de:8443/a.json', page, ['https://daten.wesel.de'])).to.equal(false);
    expect(allowedBySources('https://geo.kreis-wesel.de/s.json', page, ['*.kreis-wesel.de'])).to.equal(true);
    expect(allowedBySources('https://kreis-wesel.de.evil.example/s.json', page, ['*.kreis-wesel.de'])).to.equal(false);
    expect(allowedBySources('https://daten.wesel.de/open/a.json', page, ['https://daten.wesel.de/open/'])).to.equal(true);
    expect(allowedBySources('https://daten.wesel.de/other/a.json', page, ['https://daten.wesel.de/open/'])).to.equal(false);
    expect(allowedBySources('https://x.example/a', page, ["'none'"])).to.equal(false);
  });

  it('names the first blocked address attribute', () => {
    const attributes: [string, string][] = [['widget', 'x'], ['src', '/daten/wesel.json'], ['basemap', 'https://tiles.evil.example/style.json']];
    expect(blockedAttribute(attributes, page, ["'self'"])).to.deep.equal({ name: 'basemap', value: 'https://tiles.evil.example/style.json' });
    expect(blockedAttribute(attributes.slice(0, 2), page, ["'self'"])).to.equal(undefined);
  });
});

describe('embed-guard: frame heights', () => {
  it('clamps heights to a sane range and refuses non-numbers', () => {
    expect(clampFrameHeight(480.2)).to.equal(481);
    expect(clampFrameHeight(1e9)).to.equal(MAX_FRAME_HEIGHT);
    expect(clampFrameHeight(1.5e308)).to.equal(MAX_FRAME_HEIGHT);
    expect(clampFrameHeight(0)).to.equal(MIN_FRAME_HEIGHT);
    expect(clampFrameHeight(-50)).to.equal(MIN_FRAME_HEIGHT);
    expect(clampFrameHeight(Number.NaN)).to.equal(undefined);
    expect(clampFrameHeight(Infinity)).to.equal(undefined);
    expect(clampFrameHeight('480')).to.equal(undefined);
  });

  it('knows only frames that show its own embed.html, with the matching message origin', () => {
    const host = 'https://www.wesel.de/soziales/';
    const embed = 'https://www.wesel.de/assets/qw/embed.html';
    expect(isKnownEmbedFrame('/assets/qw/embed.html?widget=x', 'https://www.wesel.de', embed, host)).to.equal(true);
    expect(isKnownEmbedFrame('/assets/qw/embed.html?widget=x', 'https://evil.example', embed, host)).to.equal(false);
    expect(isKnownEmbedFrame('https://ads.example/frame.html', 'https://ads.example', embed, host)).to.equal(false);
    expect(isKnownEmbedFrame('/assets/other/embed.html', 'https://www.wesel.de', embed, host)).to.equal(false);
  });
});
