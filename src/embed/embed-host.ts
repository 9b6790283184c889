/**
 * For the page that holds embed iframes (`<script type="module" src="…/embed-host.js">`): sets
 * each iframe's height to what its widget reports. The same as the three-line inline snippet in
 * the README, as a file for pages whose Content-Security-Policy forbids inline scripts.
 * Only the iframe whose window sent the message is resized; other messages are ignored.
 */
import { isEmbedResizeMessage } from './resize-message.ts';

addEventListener('message', (event) => {
  if (!isEmbedResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
