/**
 * Plays through a list (the periods of a map) at a fixed interval: from the first item when the
 * current one is the last, and stops at the last, on request, or when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PlaybackOptions<T> {
  /** Milliseconds between steps. */
  readonly interval: number;
  /** The items and the current one, read at every step (the list may change while playing); undefined: nothing to play. */
  readonly position: () => { readonly items: readonly T[]; readonly current: T } | undefined;
  /** Shows `item`. */
  readonly step: (item: T) => void;
}

export class PlaybackController<T> implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private active = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlaybackOptions<T>,
  ) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.active;
  }

  toggle(): void {
    if (this.active) this.stop();
    else this.start();
  }

  start(): void {
    const position = this.options.position();
    if (!position || position.items.length === 0) {
      this.stop();
      return;
    }
    const { items, current } = position;
    if (current === items[items.length - 1]) this.options.step(items[0]!);
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = setInterval(() => this.advance(), this.options.interval);
    this.setActive(true);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.setActive(false);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private advance(): void {
    const position = this.options.position();
    if (!position) return this.stop();
    const index = position.items.indexOf(position.current);
    const next = position.items[index + 1];
    if (next !== undefined) this.options.step(next);
    if (next === undefined || index + 1 >= position.items.length - 1) this.stop();
  }

  private setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.host.requestUpdate();
  }
}
