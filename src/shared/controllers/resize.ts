/**
 * The content width of an element in the host's shadow root, kept current by a ResizeObserver.
 * The observed element may change from render to render (it is looked up after each update);
 * the observer is released when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeOptions {
  /** The element to watch, looked up after every update; without it, call {@link ResizeController.observe}. */
  readonly target?: () => Element | null;
  /**
   * Called on every observation with the rounded content width and the one before. Without it
   * the controller keeps {@link ResizeController.width} and updates the host when the width changes.
   */
  readonly onResize?: (width: number, previous: number) => void;
  /**
   * Measure a newly watched element at once (a layout in the same task) instead of waiting for
   * the observer: for hosts whose content depends on the width, so that the first painted frame
   * already has it and nothing below moves a frame later (a layout shift, CLS). It reads the
   * border box: for a watched box with padding the observer's content width follows in one more update.
   */
  readonly measureAtOnce?: boolean;
}

export class ResizeController implements ReactiveController {
  /** Content width of the observed element in CSS pixels, rounded; 0 before the first observation. */
  width = 0;
  private observer?: ResizeObserver;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResizeOptions = {},
  ) {
    host.addController(this);
  }

  /** Watches `element` instead of the one watched so far (null: none). */
  observe(element: Element | null): void {
    if (element === this.observed) return;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = element;
    if (!element || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) this.measured(Math.round(last.contentRect.width));
    });
    this.observer.observe(element);
    if (this.options.measureAtOnce && this.width === 0) {
      const width = Math.round(element.getBoundingClientRect().width);
      if (width > 0) this.measured(width);
    }
  }

  hostUpdated(): void {
    // A host can still update after it left the page (a load that finishes late); observing then
    // would create an observer that no `hostDisconnected` ever releases.
    const connected = (this.host as Partial<Element>).isConnected !== false;
    if (this.options.target && connected) this.observe(this.options.target());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = null;
  }

  private measured(width: number): void {
    if (this.options.onResize) {
      const previous = this.width;
      this.width = width;
      this.options.onResize(width, previous);
    } else if (width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }
}
