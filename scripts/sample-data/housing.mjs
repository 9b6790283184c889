/**
 * The `housing` section (publicly subsidised housing) for Wesel, from
 * data/sources/wesel_gefoerderter_wohnraum.csv and the area shares in wesel_sozialraum_indikatoren.csv.
 *
 * Self-contained on purpose: it takes parsed CSV rows and returns the section as the current
 * housing schema (src/contract/housing.schema.ts) defines it. Extend it here when the schema grows.
 */

/**
 * @param {Array<Record<string, string>>} rows rows of wesel_gefoerderter_wohnraum.csv (kennzahl, wert, einheit, stand, source_url, anmerkung)
 * @param {object} [options]
 * @param {Array<Record<string, string>>} [options.areaShareRows] rows of wesel_sozialraum_indikatoren.csv; those with
 *   indikator `anteil_an_allen_oeffentlich_gefoerderten_we` become `byArea`
 * @param {(name: string) => string | undefined} [options.areaId] maps an area name of the CSV to an area id
 * @returns {object} the housing section
 */
export function buildHousing(rows, { areaShareRows = [], areaId = () => undefined } = {}) {
  const row = (key) => {
    const found = rows.find((r) => r.kennzahl === key);
    if (!found) throw new Error(`wesel_gefoerderter_wohnraum.csv: no row "${key}"`);
    return found;
  };
  const value = (key) => {
    const v = Number(row(key).wert);
    if (!Number.isFinite(v)) throw new Error(`wesel_gefoerderter_wohnraum.csv: "${key}" is not a number`);
    return v;
  };

  const stockPeriod = row('oeffentlich_gefoerderte_wohneinheiten').stand; // "2021"
  const stock = value('oeffentlich_gefoerderte_wohneinheiten'); // 1743 WE
  const share = value('anteil_am_wohnungsbestand'); // 5.78 %
  const lost2016to2020 = value('aus_bindung_gefallen_2016_2020'); // 206 WE
  const expiringBy2031 = value('faellt_aus_bindung_bis_2031'); // 384 WE
  const expiringYear = row('faellt_aus_bindung_bis_2031').stand.split('-').pop(); // "2021-2031" → "2031"

  // Shares of the city's subsidised stock by area (2021). The published figure is a share; the count is
  // derived (share × stock, rounded). "Innenstadt" is "ein Viertel" in the article, i.e. approximate.
  const byArea = areaShareRows
    .filter((r) => r.indikator === 'anteil_an_allen_oeffentlich_gefoerderten_we')
    .map((r) => {
      const id = areaId(r.raumeinheit);
      if (!id) throw new Error(`housing byArea: no area id for "${r.raumeinheit}"`);
      const areaShare = Number(r.wert);
      return { area: id, period: r.stand, value: Math.round((stock * areaShare) / 100), share: areaShare };
    });

  return {
    unit: 'WE',
    source:
      `Monitoring „Öffentlich geförderter Wohnraum“ der Stadt Wesel (Sozialausschuss 16.09.2021), zitiert nach NRZ und Rheinischer Post (21.09.2021). ` +
      `Bestand ${stockPeriod}: ${fmt(stock)} WE = ${fmtDec(share)} % des Wohnungsbestands (NRW ${fmtDec(value('landesdurchschnitt_nrw_anteil'))} %). ` +
      `${fmt(lost2016to2020)} WE sind 2016–2020 aus der Bindung gefallen; ${fmt(expiringBy2031)} WE fallen bis ${expiringYear} aus der Bindung (eine Summe, nicht nach Jahren aufgeteilt). ` +
      `Bedarf: ${fmt(value('wohnungssuchende_haushalte'))} wohnungssuchende Haushalte (Haushalte, nicht WE). ` +
      `Verteilung nach Sozialräumen: veröffentlicht ist der Anteil am geförderten Bestand der Stadt (Innenstadt „ein Viertel“); die Anzahl ist daraus abgeleitet (Anteil × ${fmt(stock)}, gerundet). ` +
      `Die Angaben von 2018 (298 Wohnungen) folgen einer anderen Abgrenzung und sind nicht vergleichbar.`,
    stock: [{ period: stockPeriod, value: stock, share }],
    need: [
      {
        period: row('wohnungssuchende_haushalte').stand,
        value: value('wohnungssuchende_haushalte'),
        kind: 'households',
        label: 'Wohnungssuchende Haushalte',
      },
    ],
    expiring: [{ period: expiringYear, value: expiringBy2031 }],
    byArea,
    reference: { label: 'NRW-Durchschnitt', share: value('landesdurchschnitt_nrw_anteil'), period: row('landesdurchschnitt_nrw_anteil').stand },
  };
}

const fmt = (n) => n.toLocaleString('de-DE');
const fmtDec = (n) => n.toLocaleString('de-DE', { maximumFractionDigits: 2 });
