/** The three ways in, as text an editor copies: npm, the drop-in folder, the iframe page. */
import { EMBEDDABLE_WIDGETS, embedUrl, type EmbeddableWidget } from '../embed/embed-params.ts';

export interface SnippetInput {
  readonly widget: EmbeddableWidget;
  /** Attributes in the order they should appear; empty values are left out. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Inline data (an uploaded file) instead of `src`. */
  readonly inlineData?: string;
  /** Where the drop-in folder lives on the editor's server, e.g. `/assets/quartier-widgets/`. */
  readonly cdnBase: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// `</script` inside inline JSON would end the script element early.
const escapeInlineJson = (json: string) => json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

function attributeText(widget: EmbeddableWidget, attributes: Readonly<Record<string, string>>, withSrc: boolean): string {
  const allowed = new Set<string>(['src', 'lang', 'view', ...EMBEDDABLE_WIDGETS[widget]]);
  return Object.entries(attributes)
    .filter(([name, value]) => allowed.has(name) && value !== '' && (withSrc || name !== 'src'))
    .map(([name, value]) => (value === 'true' && name !== 'src' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

export function elementSnippet(input: SnippetInput): string {
  const tag = `qw-${input.widget}`;
  if (input.inlineData !== undefined) {
    return `<${tag}${attributeText(input.widget, input.attributes, false)}>\n  <script type="application/json">${escapeInlineJson(input.inlineData)}</script>\n</${tag}>`;
  }
  return `<${tag}${attributeText(input.widget, input.attributes, true)}></${tag}>`;
}

export function npmSnippet(input: SnippetInput): string {
  return `// npm install quartier-widgets\nimport 'quartier-widgets/define/${input.widget}.js';\n\n// HTML:\n${elementSnippet(input)}`;
}

export function cdnSnippet(input: SnippetInput): string {
  const base = input.cdnBase.endsWith('/') ? input.cdnBase : `${input.cdnBase}/`;
  return `<script type="module" src="${escapeAttribute(base)}quartier-widgets.js"></script>\n${elementSnippet(input)}`;
}

export function iframeSnippet(input: SnippetInput): string {
  const base = input.cdnBase.endsWith('/') ? input.cdnBase : `${input.cdnBase}/`;
  const attributes = Object.fromEntries(Object.entries(input.attributes).filter(([, value]) => value !== ''));
  const url = embedUrl(`${base}embed.html`, input.widget, attributes);
  return `<iframe src="${escapeAttribute(url)}" title="${input.widget}" loading="lazy" width="100%" height="480" frameborder="0"></iframe>\n<!-- Einmal je Seite, für die automatische Höhe / once per page, for the automatic height: -->\n<script type="module" src="${escapeAttribute(base)}embed-host.js"></script>`;
}
