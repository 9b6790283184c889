/**
 * The `housing` section (publicly subsidised housing) for Wesel, from
 * data/sources/wesel_gefoerderter_wohnraum.csv and the area shares in wesel_sozialraum_indikatoren.csv.
 *
 * Self-contained on purpose: it takes parsed CSV rows and returns the section as
 * src/contract/housing.schema.ts defines it (documented in docs/contract-housing.md).
 *
 * Real and exact: stock 2021 (1,743 WE = 5.78 %), the NRW reference (9.3 %), 206 WE lost 2016–2020,
 * 384 WE expiring by 2031, 235 searching households, the area shares and the flat-size shares.
 * Illustrative (`example: true`): only the split of the 384 WE over single years, which the
 * monitor does not publish. The split is even (largest remainder) so that it sums to exactly 384.
 */

const CSV = 'wesel_gefoerderter_wohnraum.csv';

/** The flat-size shares of the monitor: CSV key → labels. Only these three sizes are published. */
const SIZES = [
  { key: 'anteil_we_fuer_1_person', size: 'für 1 Person', sizeEn: 'for 1 person' },
  { key: 'anteil_we_fuer_5_personen', size: 'für 5 Personen', sizeEn: 'for 5 people' },
  { key: 'anteil_we_fuer_6_personen', size: 'für 6 Personen', sizeEn: 'for 6 people' },
];

/**
 * Splits `total` into `parts` whole numbers that differ by at most one and add up to `total`
 * (largest remainder; the earlier parts get the extra units).
 */
export function evenSplit(total, parts) {
  if (!Number.isInteger(total) || !Number.isInteger(parts) || parts < 1) throw new Error(`evenSplit: cannot split ${total} into ${parts} parts`);
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** "2021-2031" → { first: 2021, last: 2031 }; "2031" → { first: 2031, last: 2031 }. */
function yearSpan(text, where) {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(String(text).trim());
  if (!match) throw new Error(`${where}: "${text}" is not a year or a span of years`);
  const first = Number(match[1]);
  const last = Number(match[2] ?? match[1]);
  if (last < first) throw new Error(`${where}: span "${text}" runs backwards`);
  return { first, last };
}

/**
 * @param {Array<Record<string, string>>} rows rows of wesel_gefoerderter_wohnraum.csv (kennzahl, wert, einheit, stand, source_url, anmerkung)
 * @param {object} [options]
 * @param {Array<Record<string, string>>} [options.areaShareRows] rows of wesel_sozialraum_indikatoren.csv; those with
 *   indikator `anteil_an_allen_oeffentlich_gefoerderten_we` become `byArea`
 * @param {(name: string) => string | undefined} [options.areaId] maps an area name of the CSV to an area id
 * @param {string} [options.level] the area level the ids of `areaId` belong to
 * @returns {object} the housing section
 */
export function buildHousing(rows, { areaShareRows = [], areaId = () => undefined, level = 'sozialraum' } = {}) {
  const row = (key) => {
    const found = rows.find((r) => r.kennzahl === key);
    if (!found) throw new Error(`${CSV}: no row "${key}"`);
    return found;
  };
  const value = (key) => {
    const v = Number(row(key).wert);
    if (!Number.isFinite(v)) throw new Error(`${CSV}: "${key}" is not a number`);
    return v;
  };

  const stockPeriod = row('oeffentlich_gefoerderte_wohneinheiten').stand; // "2021"
  const stock = value('oeffentlich_gefoerderte_wohneinheiten'); // 1743 WE
  const share = value('anteil_am_wohnungsbestand'); // 5.78 %
  const nrwShare = value('landesdurchschnitt_nrw_anteil'); // 9.3 %
  const searching = value('wohnungssuchende_haushalte'); // 235 households
  const lostSpan = yearSpan(row('aus_bindung_gefallen_2016_2020').stand, `${CSV} aus_bindung_gefallen_2016_2020`);
  const lost = value('aus_bindung_gefallen_2016_2020'); // 206 WE
  const expiringSpan = yearSpan(row('faellt_aus_bindung_bis_2031').stand, `${CSV} faellt_aus_bindung_bis_2031`); // 2021–2031
  const expiringTotal = value('faellt_aus_bindung_bis_2031'); // 384 WE

  // The stock is counted in the first year of the span, so the expiries fall in the years after it.
  const baseYear = Number(stockPeriod.slice(0, 4));
  const firstExpiringYear = Math.max(expiringSpan.first, baseYear + 1);
  const years = expiringSpan.last - firstExpiringYear + 1;
  const split = evenSplit(expiringTotal, years);
  const expiringNote = `Aufteilung auf einzelne Jahre erfunden (gleichmäßig); veröffentlicht ist nur die Summe: ${fmt(expiringTotal)} WE ${firstExpiringYear}–${expiringSpan.last}.`;
  const expiring = split.map((units, i) => ({ period: String(firstExpiringYear + i), value: units, note: expiringNote, example: true }));
  if (expiring.reduce((sum, e) => sum + e.value, 0) !== expiringTotal) throw new Error('housing: the yearly split does not add up to the published total');

  // Shares of the city's subsidised stock by area. The count is derived (share × stock, rounded),
  // hence `status: "estimated"`. "Innenstadt" is "ein Viertel" in the article, i.e. approximate.
  const byArea = areaShareRows
    .filter((r) => r.indikator === 'anteil_an_allen_oeffentlich_gefoerderten_we')
    .map((r) => {
      const id = areaId(r.raumeinheit);
      if (!id) throw new Error(`housing byArea: no area id for "${r.raumeinheit}"`);
      const areaShare = Number(r.wert);
      if (!Number.isFinite(areaShare)) throw new Error(`housing byArea: share of "${r.raumeinheit}" is not a number`);
      const remark = r.anmerkung ? `; ${r.anmerkung}` : '';
      return {
        area: id,
        period: r.stand,
        value: Math.round((stock * areaShare) / 100),
        status: 'estimated',
        shareOfTotal: areaShare,
        note: `Anzahl abgeleitet: ${fmtDec(areaShare)} % von ${fmt(stock)} WE, gerundet${remark}`,
      };
    });

  const bySize = SIZES.map(({ key, size, sizeEn }) => ({ size, sizeEn, period: row(key).stand, share: value(key) }));

  return {
    unit: 'WE',
    level,
    source: 'Stadt Wesel, Monitoring „Öffentlich geförderter Wohnraum“ (Sozialausschuss 16.09.2021), zitiert nach NRZ und Rheinischer Post vom 21.09.2021',
    sourceUrl: row('oeffentlich_gefoerderte_wohneinheiten').source_url.trim().split(/\s+/)[0],
    description:
      `Bestand ${stockPeriod}: ${fmt(stock)} WE = ${fmtDec(share)} % des Wohnungsbestands (NRW ${fmtDec(nrwShare)} %). ` +
      `${fmt(lost)} WE sind ${lostSpan.first}–${lostSpan.last} aus der Bindung gefallen; ${fmt(expiringTotal)} WE fallen bis ${expiringSpan.last} aus der Bindung. ` +
      `Veröffentlicht ist nur diese Summe; ihre Aufteilung auf die Jahre ${firstExpiringYear}–${expiringSpan.last} ist erfunden und als Beispiel gekennzeichnet. ` +
      `Bedarf: ${fmt(searching)} wohnungssuchende Haushalte (Haushalte, nicht WE). ` +
      `Verteilung nach Sozialräumen: veröffentlicht ist der Anteil am geförderten Bestand der Stadt (Innenstadt „ein Viertel“); die Anzahl ist daraus abgeleitet (Anteil × ${fmt(stock)}, gerundet). ` +
      `Wohnungsgrößen: veröffentlicht sind nur die Anteile der Wohnungen für 1, 5 und 6 Personen. ` +
      `Geplante Neubauten nennt das Monitoring nicht. Die Angaben von 2018 (298 Wohnungen, 50 mit auslaufender Bindung in fünf Jahren, 164 geplant oder im Bau) folgen einer anderen Abgrenzung und sind nicht vergleichbar.`,
    stock: [{ period: stockPeriod, value: stock, share }],
    need: [{ period: row('wohnungssuchende_haushalte').stand, value: searching, kind: 'households', label: 'Wohnungssuchende Haushalte', labelEn: 'Households searching for a flat' }],
    target: [],
    expiring,
    additions: [],
    lost: [{ from: String(lostSpan.first), period: String(lostSpan.last), value: lost }],
    byArea,
    bySize,
    reference: { share: nrwShare, label: 'NRW', labelEn: 'North Rhine-Westphalia', period: row('landesdurchschnitt_nrw_anteil').stand },
  };
}

const fmt = (n) => n.toLocaleString('de-DE');
const fmtDec = (n) => n.toLocaleString('de-DE', { maximumFractionDigits: 2 });
