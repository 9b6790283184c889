/**
 * The `funding` sections (grant programmes) for Wesel and for Kreis Wesel, from
 * data/sources/staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv, plus illustrative figures
 * marked as such (docs/contract-funding.md describes the fields).
 *
 * Real: the Stärkungspakt allocations (budget), the programme period and deadlines.
 * Not published, therefore ILLUSTRATIVE and marked: Wesel's committed/paid/returned amounts,
 * applications and projects (`exampleFields`), and the whole "Soziale Angebote" programme (`example`).
 * Kreis Wesel: the allocations are the projects; payments are not published, so `paid` is left out
 * (the widget says "keine Angabe" rather than showing 0).
 */

const PROGRAMME_NAME = 'Stärkungspakt NRW – gemeinsam gegen Armut';
const PROGRAMME_NAME_EN = 'Stärkungspakt NRW – together against poverty';
const FUNDER = 'Land Nordrhein-Westfalen, Ministerium für Arbeit, Gesundheit und Soziales (MAGS)';
const DESCRIPTION =
  'Landesmittel für 2023, mit denen Kreise, Städte und Gemeinden Angebote für Menschen in Armut und mit wenig Geld stärken, vor allem über freie Träger (z. B. Tafeln, Sozial- und Schuldnerberatung, Kleiderkammern).';
const DESCRIPTION_EN =
  'State funds for 2023 with which districts, cities and municipalities strengthen services for people in poverty and on low incomes, mostly through non-profit organisations (e.g. food banks, social and debt counselling, clothing stores).';
// Programme facts (SOURCES.md): funds for 2023, to be spent by the end of 2023, proof of use by 31.03.2024.
const PROGRAMME_PERIOD = { start: '2023-01-01', end: '2023-12-31' };
const PROGRAMME_DEADLINES = [
  { date: '2023-12-31', kind: 'spending', label: 'Mittelverwendung bis', labelEn: 'Funds to be spent by' },
  { date: '2024-03-31', kind: 'proof', label: 'Verwendungsnachweis bis', labelEn: 'Proof of use due' },
];
/** Allocation to Kreis Wesel and its 13 municipalities as published. */
const PUBLISHED_TOTAL_EUR = 3035230;
const ARTICLE_TITLE = 'Radio KW: Kreis Wesel – drei Millionen Euro vom Land (Stärkungspakt NRW – gemeinsam gegen Armut)';

function staerkungspaktRows(rows) {
  const list = rows.map((r) => {
    const amount = Number(r.zuweisung_eur);
    if (!Number.isInteger(amount) || amount < 0) throw new Error(`staerkungspakt CSV: bad amount for ${r.empfaenger}: ${r.zuweisung_eur}`);
    if (r.programm !== PROGRAMME_NAME) throw new Error(`staerkungspakt CSV: unexpected programme "${r.programm}"`);
    return { name: r.empfaenger, ags: r.ags, amount, year: r.jahr, url: r.source_url.trim().split(/\s+/)[0] };
  });
  const sum = list.reduce((s, r) => s + r.amount, 0);
  if (sum !== PUBLISHED_TOTAL_EUR) throw new Error(`staerkungspakt CSV: allocations sum to ${sum}, published total is ${PUBLISHED_TOTAL_EUR}`);
  return list;
}

const sumOf = (projects, statuses) => projects.filter((p) => statuses.includes(p.status)).reduce((s, p) => s + p.amount, 0);
const FUNDED = ['approved', 'paid', 'completed'];
const PAID_OUT = ['paid', 'completed'];

/** Throws when illustrative figures do not add up, so a later edit cannot make the demo inconsistent. */
function assertConsistent(programme) {
  const funds = programme.budget + (programme.additions ?? []).reduce((s, a) => s + a.amount, 0);
  const funded = sumOf(programme.projects, FUNDED);
  if (programme.committed !== undefined && funded > programme.committed) throw new Error(`${programme.id}: projects ${funded} > committed ${programme.committed}`);
  if (programme.paid !== undefined && programme.paid > programme.committed) throw new Error(`${programme.id}: paid > committed`);
  if (programme.committed !== undefined && programme.committed > funds + (programme.returned ?? 0)) throw new Error(`${programme.id}: committed > funds`);
  const a = programme.applications;
  if (a && a.approved + (a.rejected ?? 0) + (a.pending ?? 0) + (a.withdrawn ?? 0) !== a.received) throw new Error(`${programme.id}: applications do not add up`);
  return programme;
}

/**
 * Wesel's funding section: its Stärkungspakt allocation (real budget; use illustrative) and the
 * city's own "Soziale Angebote" programme (illustrative). Project areas are Sozialraum ids.
 *
 * @param {Array<Record<string, string>>} rows rows of staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv
 * @param {{ ags?: string }} [options] the municipality whose allocation to use (default Wesel, 05170048)
 */
export function buildWeselFunding(rows, { ags = '05170048' } = {}) {
  const own = staerkungspaktRows(rows).find((r) => r.ags === ags);
  if (!own) throw new Error(`staerkungspakt CSV: no allocation for ${ags}`);
  return {
    level: 'sozialraum',
    source: { title: 'Stadt Wesel: Sozialplanung (Stärkungspakt NRW – gemeinsam gegen Armut)', url: 'https://wesel.de/gesellschaft-bildung/sozialplanung' },
    programmes: [staerkungspaktWesel(own), sozialeAngebote()],
  };
}

/**
 * The budget is Wesel's real allocation. How much of it was committed, paid and returned, the
 * applications and the projects are NOT published: the figures below are invented to show the
 * widget (generic recipients "Träger A" …, typical uses of the programme) and marked in `exampleFields`.
 * The story they tell matches the city's call: money was still available for organisations.
 */
function staerkungspaktWesel(own) {
  const projects = [
    { id: 'sp-01', name: 'Kühlfahrzeug und Kühlzellen für die Lebensmittelausgabe', recipient: 'Wohlfahrtsverband A', area: 'innenstadt', amount: 68000, status: 'paid' },
    { id: 'sp-02', name: 'Sozialberatung zu Energiekosten und Schulden', recipient: 'Beratungsstelle B', area: 'innenstadt-nord', amount: 54500, status: 'paid' },
    { id: 'sp-03', name: 'Kleiderkammer und Sozialkaufhaus', recipient: 'Verein C', area: 'fusternberg', amount: 31200, status: 'completed' },
    { id: 'sp-04', name: 'Mittagstisch für Kinder', recipient: 'Kinder- und Jugendhilfe D', area: 'schepersfeld', amount: 42800, status: 'paid' },
    { id: 'sp-05', name: 'Mobile Sozialberatung in den Ortsteilen', recipient: 'Wohlfahrtsverband E', area: 'buederich-ginderich', amount: 36400, status: 'approved' },
    { id: 'sp-06', name: 'Familienpatenschaften', recipient: 'Familienbildungsstätte F', area: 'feldmark', amount: 24600, status: 'paid' },
    { id: 'sp-07', name: 'Ferienfreizeit für Kinder aus Familien mit wenig Geld', recipient: 'Jugendverband G', area: 'blumenkamp', amount: 18900, status: 'completed' },
    { id: 'sp-08', name: 'Notfallfonds für Haushaltsgeräte', recipient: 'Beratungsstelle B', area: 'innenstadt', amount: 29800, status: 'paid' },
    { id: 'sp-09', name: 'Sprach- und Alltagslotsen', recipient: 'Integrationsverein H', area: 'obrighoven-wittenberg', amount: 27000, status: 'approved' },
    { id: 'sp-10', name: 'Wärmestube im Winter', recipient: 'Wohlfahrtsverband A', area: 'lackhausen', amount: 23000, status: 'paid' },
    { id: 'sp-11', name: 'Quartiersbus zu Beratungsangeboten', recipient: 'Bürgerverein I', area: 'bislich', amount: 15000, status: 'withdrawn' },
  ];
  return assertConsistent({
    id: 'staerkungspakt-2023',
    name: PROGRAMME_NAME,
    nameEn: PROGRAMME_NAME_EN,
    funder: FUNDER,
    description: DESCRIPTION,
    descriptionEn: DESCRIPTION_EN,
    note:
      `Das Budget ist die veröffentlichte Zuweisung an die Stadt ${own.name} für ${own.year} (${own.amount.toLocaleString('de-DE')} €). ` +
      'Bewilligte, ausgezahlte und zurückgeflossene Beträge, Anträge und Projekte sind nicht veröffentlicht; sie sind hier Beispieldaten.',
    noteEn:
      `The budget is the published allocation to the city of ${own.name} for ${own.year}. ` +
      'Committed, paid-out and returned amounts, applications and projects are not published; they are example data here.',
    currency: 'EUR',
    budget: own.amount,
    committed: sumOf(projects, FUNDED),
    paid: sumOf(projects, PAID_OUT),
    returned: 4850,
    ...PROGRAMME_PERIOD,
    deadlines: PROGRAMME_DEADLINES,
    applications: { received: 14, approved: 10, rejected: 3, withdrawn: 1 },
    projects,
    source: { title: ARTICLE_TITLE, url: own.url },
    exampleFields: ['committed', 'paid', 'returned', 'applications', 'projects'],
  });
}

/**
 * The city's "Soziale Angebote" grant programme. Budget, figures and projects are ILLUSTRATIVE
 * (invented for the demo; the project names are generic, not real grantees). Areas are Sozialraum ids.
 */
function sozialeAngebote() {
  const projects = [
    { id: 'sa-01', name: 'Hausaufgabenhilfe im Quartier', recipient: 'Träger A', area: 'innenstadt', amount: 18500, status: 'paid' },
    { id: 'sa-02', name: 'Sprachcafé für Eltern', recipient: 'Träger B', area: 'schepersfeld', amount: 9800, status: 'paid' },
    { id: 'sa-03', name: 'Offener Seniorentreff', recipient: 'Träger C', area: 'fusternberg', amount: 7200, status: 'completed' },
    { id: 'sa-04', name: 'Familienfrühstück', recipient: 'Träger D', area: 'feldmark', amount: 6400, status: 'approved' },
    { id: 'sa-05', name: 'Mobile Jugendarbeit', recipient: 'Träger E', area: 'innenstadt-nord', amount: 22000, status: 'paid' },
    { id: 'sa-06', name: 'Nachbarschaftsfest', recipient: 'Träger F', area: 'blumenkamp', amount: 2500, status: 'completed' },
    { id: 'sa-07', name: 'Fahrdienst zum Tafelladen', recipient: 'Träger G', area: 'buederich-ginderich', amount: 4600, status: 'approved' },
    { id: 'sa-08', name: 'Beratungssprechstunde Energiekosten', recipient: 'Träger B', area: 'innenstadt', amount: 11000, status: 'approved' },
    { id: 'sa-09', name: 'Spielmobil in den Sommerferien', recipient: 'Träger H', area: 'obrighoven-wittenberg', amount: 5300, status: 'completed' },
    { id: 'sa-10', name: 'Repair-Café im Quartier', recipient: 'Träger I', area: 'flueren', amount: 3900, status: 'applied' },
    { id: 'sa-11', name: 'Computerkurs für Seniorinnen und Senioren', recipient: 'Träger J', area: 'lackhausen', amount: 2800, status: 'applied' },
    { id: 'sa-12', name: 'Theaterwerkstatt', recipient: 'Träger K', area: 'bislich', amount: 6500, status: 'withdrawn' },
  ];
  return assertConsistent({
    id: 'soziale-angebote',
    name: 'Soziale Angebote (städtisches Förderprogramm)',
    nameEn: 'Social services (municipal grant programme)',
    funder: 'Stadt Wesel',
    description: 'Zuschüsse der Stadt für Angebote gemeinnütziger Träger in den Quartieren.',
    descriptionEn: 'Municipal grants for services of non-profit organisations in the neighbourhoods.',
    currency: 'EUR',
    budget: 120000,
    additions: [{ amount: 15000, date: '2024-06-20', note: 'Nachtragshaushalt 2024', noteEn: 'Supplementary budget 2024' }],
    committed: sumOf(projects, FUNDED),
    paid: sumOf(projects, PAID_OUT),
    returned: 1850,
    start: '2024-01-01',
    end: '2024-12-31',
    deadlines: [
      { date: '2024-09-30', kind: 'application', label: 'Antragsfrist', labelEn: 'Application deadline' },
      { date: '2025-03-31', kind: 'proof', label: 'Verwendungsnachweis bis', labelEn: 'Proof of use due' },
    ],
    applications: { received: 15, approved: 9, rejected: 3, pending: 2, withdrawn: 1 },
    projects,
    source: 'Beispieldaten: Budget, Beträge, Fristen und Projekte sind erfunden und dienen nur der Vorführung des Widgets.',
    example: true,
  });
}

/**
 * Kreis Wesel's funding section: the Stärkungspakt allocation to the Kreis administration and its
 * 13 municipalities (projects = allocations; area = 8-digit AGS, the Kreis administration has none).
 * All real. The allocations are committed in full; payments are not published, so `paid` is absent.
 *
 * @param {Array<Record<string, string>>} rows rows of staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv
 */
export function buildKreisFunding(rows) {
  const list = staerkungspaktRows(rows);
  const budget = list.reduce((s, r) => s + r.amount, 0);
  return {
    level: 'gemeinde',
    programmes: [
      assertConsistent({
        id: 'staerkungspakt-2023-kreis-wesel',
        name: `${PROGRAMME_NAME} (Kreis Wesel)`,
        nameEn: `${PROGRAMME_NAME_EN} (Kreis Wesel)`,
        funder: FUNDER,
        description: DESCRIPTION,
        descriptionEn: DESCRIPTION_EN,
        note:
          `Zuweisungen ${list[0].year} an den Kreis Wesel und seine 13 Städte und Gemeinden, zusammen ${budget.toLocaleString('de-DE')} €. ` +
          '„Bewilligt“ = den Empfängern zugewiesen. Auszahlung und Verwendung sind nicht veröffentlicht.',
        noteEn: `Allocations for ${list[0].year} to Kreis Wesel and its 13 municipalities. "Committed" = allocated to the recipients. Payments and use are not published.`,
        currency: 'EUR',
        budget,
        committed: budget,
        ...PROGRAMME_PERIOD,
        deadlines: PROGRAMME_DEADLINES,
        source: { title: ARTICLE_TITLE, url: list[0].url },
        projects: list.map((r) => ({
          id: r.ags.length === 8 ? `zuweisung-${r.ags}` : 'zuweisung-kreisverwaltung',
          name: r.ags.length === 8 ? `Zuweisung an ${r.name}` : `Zuweisung an den ${r.name}`,
          nameEn: `Allocation to ${r.name}`,
          recipient: r.name,
          ...(r.ags.length === 8 ? { area: r.ags } : {}),
          amount: r.amount,
          status: 'approved',
        })),
      }),
    ],
  };
}
