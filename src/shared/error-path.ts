/**
 * What only a failure or a configuration check needs: the error panel's texts (de, en) and the
 * "Meinten Sie …?" search. Loaded with the data (`loadErrorPath` in i18n.ts), so a widget's
 * first load carries only what its loading state shows.
 */
import type { Catalogue } from './i18n.ts';

export { nearest } from '../contract/suggest.ts';

export const errorTexts = {
  de: {
    errorDetails: 'Details für die Datenpflege',
    errorMore: '… und {count} weitere Fehler',
    'error.no-source': 'Es wurden keine Daten angegeben.',
    'error.no-source.hint': 'Geben Sie im Attribut „src“ die Adresse einer Datendatei an oder fügen Sie die Daten als <script type="application/json"> in das Element ein.',
    'error.http': 'Die Datendatei konnte nicht geladen werden (HTTP {status}).',
    'error.http.404': 'Die Datendatei wurde nicht gefunden (HTTP 404).',
    'error.http.hint': 'Prüfen Sie die Adresse im Attribut „src“: {url}',
    'error.network': 'Die Datendatei ist nicht erreichbar.',
    'error.network.hint': 'Der Server antwortet nicht oder erlaubt den Abruf nicht (CORS, Content-Security-Policy): {url}',
    'error.timeout': 'Die Datendatei hat zu lange nicht geantwortet ({seconds} s).',
    'error.timeout.hint': 'Versuchen Sie es später noch einmal oder prüfen Sie den Server: {url}',
    'error.not-json': 'Die Datendatei ist kein gültiges JSON.',
    'error.not-json.hint': 'Die Datei ist vermutlich abgeschnitten oder keine JSON-Datei: {detail}',
    'error.invalid': 'Die Daten entsprechen nicht dem Datenformat (Fehler: {count}).',
    'error.invalid.hint': 'Prüfen Sie die Datei mit „npx quartier-widgets validate“. Die Fehler mit ihrer Stelle:',
    'error.config': 'Die Einstellungen des Elements passen nicht zu den Daten.',
    'error.render': 'Die Darstellung ist fehlgeschlagen.',
    retry: 'Erneut versuchen',
    didYouMean: ' Meinten Sie „{value}“?',
    'error.part': 'Diese Grafik kann gerade nicht angezeigt werden.',
    'error.part.hint': 'Die Daten für diese Grafik enthalten Fehler. Die übrigen Grafiken der Seite sind davon nicht betroffen.',
    'error.cors': 'Der Server der Datendatei erlaubt dieser Seite den Abruf nicht.',
    'error.cors.hint': 'Der Server antwortet, sendet aber keine Freigabe für diese Seite (CORS), oder die Content-Security-Policy der Seite sperrt ihn: {url}',
    'error.redirect': 'Die Adresse der Datendatei leitet endlos oder unzulässig weiter.',
    'error.redirect.hint': 'Der Server leitet im Kreis oder auf einen Server ohne Freigabe weiter: {url}',
    'error.truncated': 'Die Übertragung der Datendatei ist abgebrochen.',
    'error.truncated.hint': 'Die Verbindung wurde mitten in der Datei getrennt. Versuchen Sie es noch einmal: {url}',
    'error.too-large': 'Die Datendatei ist zu groß ({size}; höchstens {limit}).',
    'error.too-large.hint': 'Große Dateien würden die Seite lange blockieren. Teilen Sie die Daten auf oder vereinfachen Sie die Geometrie: {url}',
    'error.geometry': 'Die Gebietsgrenzen der Ebene „{level}“ konnten nicht geladen werden.',
    'error.geometry.hint': 'Prüfen Sie die Adresse der Geometrie im Datendokument (areaLevels, „{level}“): {url}',
  },
  en: {
    errorDetails: 'Details for the data maintainer',
    errorMore: '… and {count} more errors',
    'error.no-source': 'No data was given.',
    'error.no-source.hint': 'Put the address of a data file in the "src" attribute, or put the data inside the element as <script type="application/json">.',
    'error.http': 'The data file could not be loaded (HTTP {status}).',
    'error.http.404': 'The data file was not found (HTTP 404).',
    'error.http.hint': 'Check the address in the "src" attribute: {url}',
    'error.network': 'The data file cannot be reached.',
    'error.network.hint': 'The server does not answer or does not allow the request (CORS, Content-Security-Policy): {url}',
    'error.timeout': 'The data file took too long to answer ({seconds} s).',
    'error.timeout.hint': 'Try again later or check the server: {url}',
    'error.not-json': 'The data file is not valid JSON.',
    'error.not-json.hint': 'The file is probably truncated or not a JSON file: {detail}',
    'error.invalid': 'The data does not match the data format ({count} errors).',
    'error.invalid.hint': 'Check the file with "npx quartier-widgets validate". The errors and where they are:',
    'error.config': 'The element\'s settings do not match the data.',
    'error.render': 'Drawing failed.',
    retry: 'Try again',
    didYouMean: ' Did you mean "{value}"?',
    'error.part': 'This chart cannot be shown at the moment.',
    'error.part.hint': 'The data for this chart contains errors. The other charts on the page are not affected.',
    'error.cors': 'The data file\'s server does not allow this page to read it.',
    'error.cors.hint': 'The server answers but does not allow this page (CORS), or the page\'s Content-Security-Policy blocks it: {url}',
    'error.redirect': 'The data file\'s address redirects endlessly or to a server that is not allowed.',
    'error.redirect.hint': 'The server redirects in a loop or to a server without permission: {url}',
    'error.truncated': 'The transfer of the data file was cut off.',
    'error.truncated.hint': 'The connection broke in the middle of the file. Try again: {url}',
    'error.too-large': 'The data file is too large ({size}; at most {limit}).',
    'error.too-large.hint': 'Large files would block the page for a long time. Split the data or simplify the geometry: {url}',
    'error.geometry': 'The area boundaries of level "{level}" could not be loaded.',
    'error.geometry.hint': 'Check the geometry address in the data document (areaLevels, "{level}"): {url}',
  },
} satisfies Catalogue<string>;

// Both languages must have the same keys: a missing English text is a type error here.
const _enHasAllKeys: Record<keyof typeof errorTexts.de, string> = errorTexts.en;
void _enHasAllKeys;
