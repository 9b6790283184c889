/**
 * The attributes every widget shares, described once (see options.ts). `state` is not among
 * them: the widget sets it, nobody configures it. `data` is a property, not an attribute.
 */
import { defineOptions, parseInteger, parseOneOf, type ValueChoice } from './options.ts';

const LANGS: readonly ValueChoice[] = [
  { value: 'de', label: { de: 'Deutsch', en: 'German' } },
  { value: 'en', label: { de: 'English', en: 'English' } },
];

const VIEWS: readonly ValueChoice[] = [
  { value: 'chart', label: { de: 'Grafik (mit Tabelle zum Aufklappen)', en: 'chart (with a table to unfold)' } },
  { value: 'table', label: { de: 'nur Tabelle', en: 'table only' } },
];

const THEMES: readonly ValueChoice[] = [
  { value: 'auto', label: { de: 'automatisch (wie das System: hell oder dunkel)', en: 'automatic (as the system: light or dark)' } },
  { value: 'light', label: { de: 'hell', en: 'light' } },
  { value: 'dark', label: { de: 'dunkel', en: 'dark' } },
];

/** Kept equal to `DEFAULT_TIMEOUT_MS` of loader.ts by the descriptor test (importing it here would pull the validator into every consumer). */
const DEFAULT_TIMEOUT = '20000';

export const COMMON_OPTIONS = defineOptions([
  {
    name: 'src',
    kind: 'url',
    label: { de: 'Datendatei', en: 'Data file' },
    description: {
      de: 'Adresse der Datendatei nach dem Datenformat (siehe [contract.md](docs/contract.md)). Bausteine mit derselben Adresse laden sie nur einmal.',
      en: 'Address of the data file in the data contract (see [contract.md](docs/contract.md)). Widgets with the same address load it once.',
    },
    format: { de: 'URL', en: 'URL' },
    unset: { de: 'die Eigenschaft `data` oder ein `<script type="application/json">` im Element', en: 'the `data` property or a `<script type="application/json">` child' },
    // The configurator has its own field for the data (address or upload).
    configurable: false,
  },
  {
    name: 'lang',
    kind: 'select',
    label: { de: 'Sprache', en: 'Language' },
    description: {
      de: 'Sprache der Texte und Zahlenformate; ohne eigene Angabe folgt der Baustein der Seite, auch wenn ein Skript deren Sprache ohne Neuladen wechselt',
      en: "Language of texts and number formats; without a value of its own the widget follows the page, also when a script switches the page's language without a reload",
    },
    values: LANGS,
    unset: { de: 'wie die Seite (sonst Deutsch)', en: 'as the page (else German)' },
    parse: parseOneOf(LANGS),
  },
  {
    name: 'view',
    kind: 'select',
    label: { de: 'Ansicht', en: 'View' },
    description: { de: '`table`: nur die Datentabelle', en: '`table`: the data table alone' },
    values: VIEWS,
    default: 'chart',
    parse: parseOneOf(VIEWS),
  },
  {
    name: 'group',
    kind: 'text',
    label: { de: 'Gruppe', en: 'Group' },
    description: {
      de: 'Bausteine mit demselben Gruppennamen teilen das gewählte Gebiet und den Zeitraum (Karte anklicken → Zeitreihe folgt); nicht im iframe',
      en: 'Widgets with the same group name share the selected area and period (click the map → the trend follows); not in an iframe',
    },
    hint: { de: 'Bausteine mit derselben Gruppe auf einer Seite teilen Gebiet und Zeitraum. Nicht im iframe.', en: 'Widgets with the same group on a page share area and period. Not in an iframe.' },
    format: { de: 'Name', en: 'name' },
    unset: { de: 'keine', en: 'none' },
    placeholder: 'sozialbericht',
    embeddable: false,
  },
  {
    name: 'timeout',
    kind: 'number',
    label: { de: 'Wartezeit in Millisekunden', en: 'Timeout in milliseconds' },
    description: { de: 'Wie lange auf die Datendatei gewartet wird, in Millisekunden', en: 'How long to wait for the data file, in milliseconds' },
    format: { de: 'Millisekunden', en: 'milliseconds' },
    default: DEFAULT_TIMEOUT,
    min: 1,
    step: 1000,
    configurable: false,
    parse: parseInteger(1, Number.MAX_SAFE_INTEGER),
  },
  {
    name: 'theme',
    kind: 'select',
    label: { de: 'Farbschema', en: 'Colour scheme' },
    description: { de: 'Hell oder dunkel; `auto` folgt `prefers-color-scheme`', en: 'Light or dark; `auto` follows `prefers-color-scheme`' },
    values: THEMES,
    default: 'auto',
    parse: parseOneOf(THEMES),
  },
  {
    name: 'heading',
    kind: 'text',
    label: { de: 'Überschrift', en: 'Heading' },
    description: { de: 'Eigene Überschrift statt des Titels aus den Daten', en: 'Own heading instead of the title from the data' },
    format: { de: 'Text', en: 'text' },
    unset: { de: 'der Titel aus den Daten', en: 'the title from the data' },
  },
  {
    name: 'heading-level',
    kind: 'number',
    label: { de: 'Überschriftenebene', en: 'Heading level' },
    description: { de: 'Ebene der Überschrift (`h2` … `h6`), passend zur Gliederung der Seite', en: 'Level of the heading (`h2` … `h6`), to fit the page outline' },
    default: '2',
    min: 2,
    max: 6,
    step: 1,
    parse: parseInteger(2, 6),
  },
  {
    name: 'description',
    kind: 'text',
    label: { de: 'Beschreibung', en: 'Description' },
    description: { de: 'Ein Satz unter der Überschrift', en: 'A sentence under the heading' },
    format: { de: 'Text', en: 'text' },
    unset: { de: 'keine', en: 'none' },
  },
]);
