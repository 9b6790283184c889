/**
 * The height report of the embed page to its host frame. A module of its own so that
 * embed-host.js, which every host page loads, carries nothing else.
 */

/** Message the embed page posts to its host frame whenever its height changes. */
export interface EmbedResizeMessage {
  readonly source: 'quartier-widgets';
  readonly type: 'resize';
  readonly height: number;
}

/** Whether a `message` event's data is a height report from an embed page (checked before resizing any frame). */
export function isEmbedResizeMessage(data: unknown): data is EmbedResizeMessage {
  const message = data as Partial<EmbedResizeMessage> | null;
  return typeof message === 'object' && message !== null && message.source === 'quartier-widgets' && message.type === 'resize' && typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0;
}
