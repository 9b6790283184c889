import { expect } from '@open-wc/testing';
import { neutraliseFormula, toCsv } from './download.ts';

const lines = (csv: string) => csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');

describe('CSV downloads', () => {
  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const csv = toCsv('de', ['Name', 'Wert'], [['=HYPERLINK("x")', 1], ['+49 281', 2], ['-Rest', 3], ['@SUM(A1)', 4], ['\tTab', 5], ['\rCR', 6]]);
    const [, ...rows] = lines(csv);
    expect(rows[0]).to.equal(`"'=HYPERLINK(""x"")";1`);
    expect(rows[1]).to.equal(`'+49 281;2`);
    expect(rows[2]).to.equal(`'-Rest;3`);
    expect(rows[3]).to.equal(`'@SUM(A1);4`);
    expect(rows[4]).to.equal(`'\tTab;5`);
    expect(csv).to.include(`"'\rCR";6`);
  });

  it('keeps negative numbers numbers', () => {
    const [, de] = lines(toCsv('de', ['Wert'], [[-1.5]]));
    const [, en] = lines(toCsv('en', ['Value'], [[-1.5]]));
    expect(de).to.equal('-1,5');
    expect(en).to.equal('-1.5');
  });

  it('leaves ordinary text alone, header included', () => {
    expect(neutraliseFormula('Innenstadt')).to.equal('Innenstadt');
    expect(neutraliseFormula('')).to.equal('');
    const [header] = lines(toCsv('de', ['=Kopf', 'Wert'], []));
    expect(header).to.equal(`'=Kopf;Wert`);
  });
});
