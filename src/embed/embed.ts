/**
 * The iframe page (`dist/cdn/embed.html`) for CMSs that strip scripts: reads the widget and its
 * attributes from the URL, renders it, and tells the host frame its height.
 */
import { loadWidget } from '../shared/autoload.ts';
import type { EmbedResizeMessage } from './resize-message.ts';
import { allowListOfElement, parseEmbedQueryWith } from './embed-query.ts';
import { blockedAttribute, connectSources } from './embed-guard.ts';

function showMessage(main: Element, text: string): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  main.append(message);
}

/** The page's own policy (the meta in embed.html): its `connect-src` is the allow-list for `src` and `basemap`. */
function pagePolicy(): string {
  return document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? "connect-src 'self'";
}

async function render(): Promise<void> {
  // Only the widget the address names loads, not all five; its class must be defined before its attributes are read.
  const named = new URLSearchParams(location.search).get('widget');
  if (named && /^[a-z]+(-[a-z]+)*$/.test(named)) await loadWidget(`qw-${named}`);
  const request = parseEmbedQueryWith(location.search, (widget) => allowListOfElement(widget));
  const main = document.querySelector('main')!;
  if (!request) {
    const names = ['district-map', 'indicator-trend', 'housing-gauge', 'funding-tracker', 'district-profile'].join('|');
    showMessage(main, `Kein oder unbekannter Baustein: embed.html?widget=${names}&src=… / No or unknown widget.`);
    return;
  }
  // Data and basemaps come only from the addresses this copy of embed.html allows: a link on the
  // city's domain must not be able to show another server's figures and links.
  const blocked = blockedAttribute(request.attributes, location.href, connectSources(pagePolicy()));
  if (blocked) {
    showMessage(
      main,
      `Diese Seite zeigt nur Daten von freigegebenen Adressen; „${blocked.name}“ verweist auf ${blocked.value}. ` +
        `/ This page shows data only from allowed addresses; "${blocked.name}" points to another server.`,
    );
    return;
  }
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) {
    element.setAttribute(name, value);
    // The page's language follows the widget's, for screen readers and hyphenation.
    if (name === 'lang') document.documentElement.lang = value;
  }
  main.append(element);
}

/** Posts the document's height to the host frame on every change (see embed-host.ts). */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedResizeMessage = { source: 'quartier-widgets', type: 'resize', height };
    // The height is not secret and the host's origin is unknown to a copied folder: any origin may read it.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

void render();
reportHeight();
