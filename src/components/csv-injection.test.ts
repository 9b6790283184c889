/** The widgets' CSV downloads carry no live formula from the data, and numbers stay numbers. */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/district-profile.ts';
import { weselDocument, whenSettled, widgetFor } from '../test-support/hostile.ts';

const FORMULA = '=HYPERLINK("x")';

describe('CSV formula injection', () => {
  for (const tag of ['qw-district-map', 'qw-district-profile'] as const) {
    it(`<${tag}>: a name ${FORMULA} is neutralised, a negative value stays a number`, async () => {
      const doc = await weselDocument();
      const level = doc.areaLevels.find((l: { id: string }) => l.id === 'sozialraum');
      level.geometry.features[0].properties.name = FORMULA;
      const indicator = doc.indicators.find((i: { id: string }) => i.id === 'arbeitslosenanteil');
      indicator.label = '+Anteil';
      indicator.values[0].value = -1.5;
      const el = widgetFor(tag, doc, [level.geometry.features[0].properties.id]) as HTMLElement & { toCsv(): Promise<string> };
      await fixture(html`<div style="width: 640px">${el}</div>`);
      await whenSettled(el);
      const csv = await el.toCsv();
      expect(csv).to.include(`"'=HYPERLINK(""x"")"`);
      expect(csv).not.to.match(/(^|[;\r\n])"?=HYPERLINK/);
      expect(csv).to.match(/;-1,5(;|\r\n)/);
    });
  }
});
