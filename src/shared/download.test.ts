import { expect } from '@open-wc/testing';
import { exportBlob, exportCsv, neutraliseFormula, tableFromColumns, toCsv } from './download.ts';
import { exportMeta } from './export-meta.ts';

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

describe('files with their description', () => {
  const meta = exportMeta({ lang: 'de', title: '=Titel', shown: [['Zeitraum', '2023']], attribution: { sources: ['Quelle A'], license: 'dl-de/by-2-0', updated: '2024' }, publisher: 'Stadt', example: true });

  it('CSV: the table first, the description after an empty line', () => {
    const csv = exportCsv('de', [{ header: ['Gebiet', 'Wert'], rows: [['Mitte', 1.5]] }], meta);
    expect(lines(csv)).to.deep.equal([
      'Gebiet;Wert',
      'Mitte;1,5',
      '',
      "Titel;'=Titel",
      'Zeitraum;2023',
      'Quelle;Quelle A',
      'Lizenz;Datenlizenz Deutschland – Namensnennung – 2.0, https://www.govdata.de/dl-de/by-2-0',
      'Namensnennung;Stadt (2024), Datenlizenz Deutschland – Namensnennung – 2.0, https://www.govdata.de/dl-de/by-2-0',
      'Stand;2024',
      'Beispieldaten;Beispieldaten: Die Zahlen sind zur Veranschaulichung erfunden und keine amtlichen Werte.',
    ]);
  });

  it('CSV: several tables each under its caption', () => {
    const csv = exportCsv('de', [{ caption: 'Eins', header: ['a'], rows: [[1]] }, { caption: 'Zwei', header: ['b'], rows: [[2]] }], meta);
    expect(lines(csv).slice(0, 7)).to.deep.equal(['Eins', 'a', '1', '', 'Zwei', 'b', '2']);
  });

  it('a table from the columns the table view renders: numbers as numbers, else the text shown', () => {
    const table = tableFromColumns<{ name: string; value: number | null }>(
      [
        { key: 'name', label: 'Gebiet', sortValue: (r) => r.name },
        { key: 'value', label: 'Wert', sortValue: (r) => r.value, render: (r) => (r.value === null ? 'geheim' : `${r.value} %`), numeric: true },
      ],
      [{ name: 'Mitte', value: 2 }, { name: 'Ost', value: null }],
      'Tabelle',
    );
    expect(table).to.deep.equal({ caption: 'Tabelle', header: ['Gebiet', 'Wert'], rows: [['Mitte', 2], ['Ost', 'geheim']] });
  });

  it('XLSX: the data sheet and the "Informationen" sheet, text cells neutralised, numbers numbers', async () => {
    const blob = await exportBlob('xlsx', { lang: 'de', name: 'x', meta, tables: [{ header: ['Gebiet', 'Wert'], rows: [['=HYPERLINK("x")', -1.5], ['+49', 2]] }] });
    const { default: readXlsxFile } = await import('read-excel-file/browser');
    const sheets = await readXlsxFile(blob);
    expect(sheets.map((s) => s.sheet)).to.deep.equal(['Daten', 'Informationen']);
    expect(sheets[0]!.data).to.deep.equal([
      ['Gebiet', 'Wert'],
      [`'=HYPERLINK("x")`, -1.5],
      ["'+49", 2],
    ]);
    expect(sheets[1]!.data[0]).to.deep.equal(['Titel', "'=Titel"]);
    expect(sheets[1]!.data.flat()).to.include('Beispieldaten: Die Zahlen sind zur Veranschaulichung erfunden und keine amtlichen Werte.');
  });

  it('images: the caption band under the chart holds the credits, the PNG is 2×', async () => {
    const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#e34a33"/></svg>', width: 300, height: 100 };
    const { captionLayout } = await import('./export-image.ts');
    const layout = captionLayout(chart, meta);
    expect(layout.width).to.equal(480);
    expect(layout.chart.y).to.be.greaterThan(20);
    expect(layout.below.y).to.be.greaterThan(layout.chart.y + 100);
    expect(layout.lines.filter((l) => l.y > layout.below.y).map((l) => l.kind)).to.include.members(['credit', 'example']);
    const source = { lang: 'de' as const, name: 'x', meta, tables: [], chart: async () => chart };
    const svg = await (await exportBlob('svg', source)).text();
    expect(svg).to.contain('<title>=Titel</title>');
    expect(svg).to.contain('Stand: 2024');
    const bitmap = await createImageBitmap(await exportBlob('png', source));
    expect([bitmap.width, bitmap.height]).to.deep.equal([layout.width * 2, layout.height * 2]);
  });

  it('escapes text in SVG', async () => {
    const { escapeXml } = await import('./export-image.ts');
    expect(escapeXml('<b> & "x"\u0001')).to.equal('&lt;b&gt; &amp; &quot;x&quot;');
  });
});
