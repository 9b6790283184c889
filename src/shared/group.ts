/**
 * Linking without script: widgets with the same `group` attribute share the selected area
 * and period. The registry lives on `globalThis` so that two copies of the library on one
 * page (e.g. a define entry point beside the full bundle) still share their groups.
 */
export interface GroupState {
  readonly areaId?: string | null;
  readonly period?: string | null;
}

export class GroupChangeEvent extends Event {
  constructor(
    readonly state: GroupState,
    readonly source: unknown,
  ) {
    super('change');
  }
}

export class GroupChannel extends EventTarget {
  #state: GroupState = {};

  get state(): GroupState {
    return this.#state;
  }

  /** Merges `patch` into the shared state and tells every member but `source`. */
  update(patch: GroupState, source: unknown): void {
    const next = { ...this.#state, ...patch };
    if (next.areaId === this.#state.areaId && next.period === this.#state.period) return;
    this.#state = next;
    this.dispatchEvent(new GroupChangeEvent(next, source));
  }
}

const REGISTRY_KEY = Symbol.for('quartier-widgets.groups');

function registry(): Map<string, GroupChannel> {
  const scope = globalThis as unknown as Record<symbol, Map<string, GroupChannel> | undefined>;
  return (scope[REGISTRY_KEY] ??= new Map());
}

export function groupChannel(name: string): GroupChannel {
  const groups = registry();
  let channel = groups.get(name);
  if (!channel) {
    channel = new GroupChannel();
    groups.set(name, channel);
  }
  return channel;
}

/**
 * Whether another element on the page carries the same `group`: a hint about linked widgets
 * makes sense only then (not for a widget alone, e.g. in an iframe). Looks in the element's own
 * tree and in the document, which covers widgets in a host page and inside one shadow root.
 */
export function hasGroupPeers(element: Element, group: string | undefined | null): boolean {
  if (!group) return false;
  const selector = `[group="${CSS.escape(group)}"]`;
  const roots = new Set<ParentNode>([element.getRootNode() as ParentNode, element.ownerDocument]);
  return [...roots].some((root) => typeof root.querySelectorAll === 'function' && [...root.querySelectorAll(selector)].some((peer) => peer !== element));
}
