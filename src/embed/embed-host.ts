/**
 * For the page that holds embed iframes (`<script type="module" src="…/embed-host.js">`): sets
 * each iframe's height to what its widget reports. The same as the three-line inline snippet in
 * the README, as a file for pages whose Content-Security-Policy forbids inline scripts.
 * Only an iframe that shows the embed.html beside this script, whose window sent the message from
 * that page's origin, is resized, and only within a sane range: a third-party frame on the page
 * cannot grow or collapse itself through it.
 */
import { isEmbedResizeMessage } from './resize-message.ts';
import { clampFrameHeight, isKnownEmbedFrame } from './embed-guard.ts';

const EMBED_PAGE = new URL('./embed.html', import.meta.url).href;

addEventListener('message', (event) => {
  if (!isEmbedResizeMessage(event.data)) return;
  const height = clampFrameHeight(event.data.height);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source && isKnownEmbedFrame(frame.src, event.origin, EMBED_PAGE, location.href)) frame.style.height = `${height}px`;
  }
});
