/**
 * For the page that holds embed iframes: sets each iframe's height to what its widget reports.
 * Equivalent to the three-line snippet in the README, as a file for pages with a strict CSP.
 */
import { isEmbedResizeMessage } from './embed-params.ts';

addEventListener('message', (event) => {
  if (!isEmbedResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
