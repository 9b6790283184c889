/** The three ways in, as text an editor copies: the drop-in folder, the iframe page, npm. */
import { BOOLEAN_ATTRIBUTES, COMMON_ATTRIBUTES, EMBEDDABLE_WIDGETS, embedUrl, type EmbeddableWidget } from '../embed/embed-params.ts';

export interface SnippetInput {
  readonly widget: EmbeddableWidget;
  /** Attributes in the order they should appear; empty values are left out. Boolean attributes are on when `'true'`. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Inline data (an uploaded file) instead of `src`. */
  readonly inlineData?: string;
  /** Where the drop-in folder lives on the editor's server, e.g. `/assets/quartier-widgets/`. */
  readonly cdnBase: string;
  /** Accessible name of the iframe, e.g. "Karte: Kinderarmut". */
  readonly title?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// `</script` inside inline JSON would end the script element early and `<!--` changes how it is
// parsed. `<` can only stand inside JSON strings, where `\u003c` means the same.
const escapeInlineJson = (json: string) => json.replace(/</g, '\\u003c');
const folder = (base: string) => (base === '' || base.endsWith('/') ? base : `${base}/`);

/** Attributes of the element on a page: the embeddable ones plus `group`. */
function attributeText(widget: EmbeddableWidget, attributes: Readonly<Record<string, string>>, withSrc: boolean): string {
  const allowed = new Set<string>([...COMMON_ATTRIBUTES, 'group', ...EMBEDDABLE_WIDGETS[widget]]);
  return Object.entries(attributes)
    .filter(([name, value]) => allowed.has(name) && value !== '' && (withSrc || name !== 'src'))
    .filter(([name, value]) => !BOOLEAN_ATTRIBUTES.has(name) || value === 'true')
    .map(([name, value]) => (BOOLEAN_ATTRIBUTES.has(name) ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

/** The element alone, with `src` or with the data inline. */
export function elementSnippet(input: SnippetInput): string {
  const tag = `qw-${input.widget}`;
  if (input.inlineData !== undefined) {
    return `<${tag}${attributeText(input.widget, input.attributes, false)}>\n  <script type="application/json">${escapeInlineJson(input.inlineData)}</script>\n</${tag}>`;
  }
  return `<${tag}${attributeText(input.widget, input.attributes, true)}></${tag}>`;
}

/** Drop-in folder: one module script (once per page) and the element. */
export function cdnSnippet(input: SnippetInput): string {
  return `<script type="module" src="${escapeAttribute(folder(input.cdnBase))}quartier-widgets.js"></script>\n${elementSnippet(input)}`;
}

/** For CMSs that strip scripts: the iframe page, plus the optional script that sets the frame's height. */
export function iframeSnippet(input: SnippetInput): string {
  if (input.inlineData !== undefined) {
    return '<!-- Für die iframe-Einbindung muss die Datendatei auf einem Webserver liegen: bitte unter „1. Daten“ ihre Adresse angeben. -->\n<!-- The iframe needs the data file on a web server: give its address under "1. Daten". -->';
  }
  const base = folder(input.cdnBase);
  const url = embedUrl(`${base}embed.html`, input.widget, input.attributes);
  const title = input.title ?? input.widget;
  return [
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="480" frameborder="0"></iframe>`,
    '<!-- Einmal je Seite, passt die Höhe automatisch an (ohne dieses Skript bleibt sie 480 px) / once per page, for the automatic height: -->',
    `<script type="module" src="${escapeAttribute(base)}embed-host.js"></script>`,
  ].join('\n');
}

/** npm: the import in the application's code, and the element in its HTML. */
export function npmSnippet(input: SnippetInput): string {
  return `// npm install quartier-widgets\nimport 'quartier-widgets/define/${input.widget}.js';\n\n<!-- HTML: -->\n${elementSnippet(input)}`;
}
