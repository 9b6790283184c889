/**
 * Counts what a widget leaves registered after it is removed: elements under a ResizeObserver or
 * IntersectionObserver, pending timeouts and intervals, listeners on window and document. The
 * wrappers are installed by the test (`install`) and removed in `uninstall`.
 */

export interface LeakCounts {
  readonly resizeTargets: number;
  readonly intersectionTargets: number;
  readonly timeouts: number;
  readonly intervals: number;
  readonly windowListeners: number;
  readonly documentListeners: number;
}

type ObserverClass = typeof ResizeObserver | typeof IntersectionObserver;

export class LeakProbe {
  private readonly observed = { resize: new Map<object, Set<Element>>(), intersection: new Map<object, Set<Element>>() };
  private readonly timeouts = new Set<number>();
  /** Where each pending timeout was set (for the message of a failing test). */
  readonly timeoutOrigins = new Map<number, string>();
  private readonly intervals = new Set<number>();
  private readonly listeners = { window: new Set<string>(), document: new Set<string>() };
  private readonly restore: (() => void)[] = [];
  private readonly keys = new WeakMap<EventListenerOrEventListenerObject, number>();
  private nextKey = 0;

  install(): void {
    this.wrapObserver('ResizeObserver', this.observed.resize);
    this.wrapObserver('IntersectionObserver', this.observed.intersection);
    const scope = window as unknown as Record<string, unknown>;
    const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout, setInterval: realSetInterval, clearInterval: realClearInterval } = window;
    const timeouts = this.timeouts;
    const intervals = this.intervals;
    const origins = this.timeoutOrigins;
    scope.setTimeout = function (handler: TimerHandler, delay?: number, ...args: unknown[]) {
      const id: number = realSetTimeout(
        (...inner: unknown[]) => {
          timeouts.delete(id);
          origins.delete(id);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
        },
        delay,
        ...args,
      );
      timeouts.add(id);
      origins.set(id, (new Error().stack ?? '').split('\n').slice(2, 6).join(' | '));
      return id;
    };
    scope.clearTimeout = (id?: number) => {
      if (id !== undefined) {
        timeouts.delete(id);
        origins.delete(id);
      }
      realClearTimeout(id);
    };
    scope.setInterval = function (handler: TimerHandler, delay?: number, ...args: unknown[]) {
      const id = realSetInterval(handler, delay, ...args);
      intervals.add(id);
      return id;
    };
    scope.clearInterval = (id?: number) => {
      if (id !== undefined) intervals.delete(id);
      realClearInterval(id);
    };
    this.restore.push(() => {
      scope.setTimeout = realSetTimeout;
      scope.clearTimeout = realClearTimeout;
      scope.setInterval = realSetInterval;
      scope.clearInterval = realClearInterval;
    });
    this.wrapListeners(window, this.listeners.window);
    this.wrapListeners(document, this.listeners.document);
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }

  counts(): LeakCounts {
    const targets = (map: Map<object, Set<Element>>) => [...map.values()].reduce((sum, set) => sum + set.size, 0);
    return {
      resizeTargets: targets(this.observed.resize),
      intersectionTargets: targets(this.observed.intersection),
      timeouts: this.timeouts.size,
      intervals: this.intervals.size,
      windowListeners: this.listeners.window.size,
      documentListeners: this.listeners.document.size,
    };
  }

  private wrapObserver(name: 'ResizeObserver' | 'IntersectionObserver', registry: Map<object, Set<Element>>): void {
    const scope = window as unknown as Record<string, ObserverClass>;
    const Real = scope[name]!;
    const Wrapped = class extends (Real as typeof ResizeObserver) {
      constructor(...args: ConstructorParameters<typeof ResizeObserver>) {
        super(...args);
        registry.set(this, new Set());
      }
      override observe(target: Element, options?: ResizeObserverOptions): void {
        registry.get(this)?.add(target);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        registry.get(this)?.delete(target);
        super.unobserve(target);
      }
      override disconnect(): void {
        registry.get(this)?.clear();
        super.disconnect();
      }
    };
    scope[name] = Wrapped as unknown as ObserverClass;
    this.restore.push(() => (scope[name] = Real));
  }

  private wrapListeners(target: Window | Document, live: Set<string>): void {
    const realAdd = target.addEventListener;
    const realRemove = target.removeEventListener;
    const keyOf = (listener: EventListenerOrEventListenerObject) => {
      let key = this.keys.get(listener);
      if (key === undefined) this.keys.set(listener, (key = this.nextKey++));
      return key;
    };
    const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener !== null && !(typeof options === 'object' && (options.once || options.signal))) live.add(`${type}|${keyOf(listener)}|${capture(options)}`);
      realAdd.call(this, type, listener as EventListenerOrEventListenerObject, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener !== null) live.delete(`${type}|${keyOf(listener)}|${capture(options)}`);
      realRemove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    };
    this.restore.push(() => {
      target.addEventListener = realAdd;
      target.removeEventListener = realRemove;
    });
  }
}
