/**
 * The `funding` sections (grant programmes) for Wesel and for Kreis Wesel, from
 * data/sources/staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv, plus one illustrative programme.
 *
 * Self-contained on purpose: each builder takes parsed CSV rows and returns the section as the current
 * funding schema (src/contract/funding.schema.ts) defines it. Extend them here when the schema grows.
 */

const PROGRAMME_NAME = 'Stärkungspakt NRW – gemeinsam gegen Armut';
const FUNDER = 'Land Nordrhein-Westfalen, Ministerium für Arbeit, Gesundheit und Soziales (MAGS)';
// Programme facts (SOURCES.md): funds for 2023, to be spent by the end of 2023, proof of use by 31.03.2024.
const PROGRAMME_DATES = { start: '2023-01-01', end: '2023-12-31', deadline: '2024-03-31' };
/** Allocation to Kreis Wesel and its 13 municipalities as published. */
const PUBLISHED_TOTAL_EUR = 3035230;

function staerkungspaktRows(rows) {
  const list = rows.map((r) => {
    const amount = Number(r.zuweisung_eur);
    if (!Number.isInteger(amount) || amount < 0) throw new Error(`staerkungspakt CSV: bad amount for ${r.empfaenger}: ${r.zuweisung_eur}`);
    if (r.programm !== PROGRAMME_NAME) throw new Error(`staerkungspakt CSV: unexpected programme "${r.programm}"`);
    return { name: r.empfaenger, ags: r.ags, amount, year: r.jahr, url: r.source_url };
  });
  const sum = list.reduce((s, r) => s + r.amount, 0);
  if (sum !== PUBLISHED_TOTAL_EUR) throw new Error(`staerkungspakt CSV: allocations sum to ${sum}, published total is ${PUBLISHED_TOTAL_EUR}`);
  return list;
}

/**
 * Wesel's funding section: its Stärkungspakt allocation (real) and the city's own
 * "Soziale Angebote" programme (illustrative).
 *
 * @param {Array<Record<string, string>>} rows rows of staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv
 * @param {{ ags?: string }} [options] the municipality whose allocation to use (default Wesel, 05170048)
 */
export function buildWeselFunding(rows, { ags = '05170048' } = {}) {
  const own = staerkungspaktRows(rows).find((r) => r.ags === ags);
  if (!own) throw new Error(`staerkungspakt CSV: no allocation for ${ags}`);
  return {
    programmes: [
      {
        id: 'staerkungspakt-2023',
        name: PROGRAMME_NAME,
        funder: FUNDER,
        currency: 'EUR',
        budget: own.amount,
        // Neither commitments nor payments to projects in Wesel are published; 0 here means "no figure", not "nothing".
        committed: 0,
        paid: 0,
        returned: 0,
        ...PROGRAMME_DATES,
        source:
          `Zuweisung an die Stadt ${own.name} für ${own.year}: ${own.amount.toLocaleString('de-DE')} € (Radio KW, ${own.url}; dieselben Zahlen in der Rheinischen Post). ` +
          'Mittel für 2023, Verwendungsnachweis bis 31.03.2024. Bewilligte und ausgezahlte Beträge und die geförderten Projekte in Wesel sind nicht veröffentlicht; „gebunden“ und „ausgezahlt“ stehen deshalb auf 0 (keine Angabe).',
        projects: [],
      },
      sozialeAngebote(),
    ],
  };
}

/**
 * The city's "Soziale Angebote" grant programme. Budget, figures and projects are ILLUSTRATIVE
 * (invented for the demo; the project names are generic, not real grantees). Areas are Sozialraum ids.
 */
function sozialeAngebote() {
  const projects = [
    { id: 'sa-01', name: 'Hausaufgabenhilfe im Quartier', area: 'innenstadt', amount: 18500 },
    { id: 'sa-02', name: 'Sprachcafé für Eltern', area: 'schepersfeld', amount: 9800 },
    { id: 'sa-03', name: 'Offener Seniorentreff', area: 'fusternberg', amount: 7200 },
    { id: 'sa-04', name: 'Familienfrühstück', area: 'feldmark', amount: 6400 },
    { id: 'sa-05', name: 'Mobile Jugendarbeit', area: 'innenstadt-nord', amount: 22000 },
    { id: 'sa-06', name: 'Nachbarschaftsfest', area: 'blumenkamp', amount: 2500 },
    { id: 'sa-07', name: 'Fahrdienst zum Tafelladen', area: 'buederich-ginderich', amount: 4600 },
    { id: 'sa-08', name: 'Beratungssprechstunde Energiekosten', area: 'innenstadt', amount: 11000 },
    { id: 'sa-09', name: 'Spielmobil in den Sommerferien', area: 'obrighoven-wittenberg', amount: 5300 },
  ];
  const committed = projects.reduce((s, p) => s + p.amount, 0); // 87 300
  return {
    id: 'soziale-angebote',
    name: 'Soziale Angebote (städtisches Förderprogramm)',
    funder: 'Stadt Wesel',
    currency: 'EUR',
    budget: 120000,
    committed,
    paid: 61450,
    returned: 1850,
    start: '2024-01-01',
    end: '2024-12-31',
    deadline: '2024-09-30',
    example: true,
    source: 'Beispieldaten: Budget, Beträge, Frist und Projekte sind erfunden und dienen nur der Vorführung des Widgets.',
    projects,
  };
}

/**
 * Kreis Wesel's funding section: the Stärkungspakt allocation to the Kreis administration and its
 * 13 municipalities (projects = allocations; area = 8-digit AGS, the Kreis administration has none).
 *
 * @param {Array<Record<string, string>>} rows rows of staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv
 */
export function buildKreisFunding(rows) {
  const list = staerkungspaktRows(rows);
  const budget = list.reduce((s, r) => s + r.amount, 0);
  return {
    programmes: [
      {
        id: 'staerkungspakt-2023-kreis-wesel',
        name: `${PROGRAMME_NAME} (Kreis Wesel)`,
        funder: FUNDER,
        currency: 'EUR',
        budget,
        // The whole sum is allocated (zugewiesen) to the recipients listed as projects; payments and use are not published.
        committed: budget,
        paid: 0,
        returned: 0,
        ...PROGRAMME_DATES,
        source:
          `Zuweisungen 2023 an den Kreis Wesel und seine 13 Städte und Gemeinden, zusammen ${budget.toLocaleString('de-DE')} € (Radio KW, ${list[0].url}; dieselben Zahlen in der Rheinischen Post). ` +
          '„Gebunden“ = den Empfängern zugewiesen. Auszahlung und Verwendung sind nicht veröffentlicht; „ausgezahlt“ steht deshalb auf 0 (keine Angabe).',
        projects: list.map((r) => ({
          id: r.ags.length === 8 ? `zuweisung-${r.ags}` : 'zuweisung-kreisverwaltung',
          name: r.ags.length === 8 ? `Zuweisung an ${r.name}` : `Zuweisung an den ${r.name}`,
          ...(r.ags.length === 8 ? { area: r.ags } : {}),
          amount: r.amount,
        })),
      },
    ],
  };
}
