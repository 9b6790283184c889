/**
 * Prefetch when near the viewport: calls `onNear` once per connection as soon as the host comes
 * within `rootMargin` of the viewport, so an engine downloads while the data is still loading.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenNearViewport } from '../visibility.ts';

export interface ViewportOptions {
  /** Called once per connection when the host is near the viewport (and still connected). */
  readonly onNear?: () => void;
  readonly rootMargin?: string;
}

export class ViewportController implements ReactiveController {
  private abort?: AbortController;
  private near?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: ViewportOptions = {},
  ) {
    host.addController(this);
  }

  /** Resolves when the host is near the viewport in the current connection. */
  whenNear(): Promise<void> {
    // Asked after the host left the page (a late update): no observer on a detached element, which
    // would never intersect and never be released. The next connection starts a new wait.
    if (!this.host.isConnected || !this.abort) return new Promise<void>(() => {});
    return (this.near ??= whenNearViewport(this.host, this.options.rootMargin, this.abort.signal));
  }

  hostConnected(): void {
    this.abort = new AbortController();
    this.near = whenNearViewport(this.host, this.options.rootMargin, this.abort.signal);
    void this.near.then(() => {
      if (this.host.isConnected) this.options.onNear?.();
    });
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.near = undefined;
  }
}
