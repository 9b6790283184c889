/**
 * Arrow-key navigation over rows of cells, shared by the map (one row: the districts in reading
 * order, Up and Down by position on the map) and the trend (a row per series, Up and Down to the
 * next series at the same period). {@link next} is pure; the controller applies it to key events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Grid<T> {
  /** Each row is walked with Left and Right (stopping at its ends), Home and End. */
  readonly rows: readonly (readonly T[])[];
  /**
   * Up and Down: the cell above or below `from`. Without it Up and Down move to the previous or
   * next row (wrapping around) at the cell {@link align} picks.
   */
  readonly vertical?: (from: T, direction: 'up' | 'down') => T;
  /** Which cell of `row` matches `from` when moving between rows; default: the same position. */
  readonly align?: (from: T, row: readonly T[], position: number) => T | undefined;
}

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export function isNavigationKey(key: string): boolean {
  return NAVIGATION_KEYS.has(key);
}

/**
 * The cell a key leads to from `current`, or undefined when the key does not navigate (or the
 * grid is empty). A step past an edge stays on `current`. Without a current cell (or one no longer
 * in the grid) Home goes to the first cell of the first row and every other key to its last.
 */
export function next<T>(key: string, current: T | undefined, grid: Grid<T>): T | undefined {
  if (!isNavigationKey(key)) return undefined;
  const rows = grid.rows.filter((row) => row.length > 0);
  const first = rows[0];
  if (!first) return undefined;
  const r = current === undefined ? -1 : rows.findIndex((row) => row.includes(current));
  if (r < 0 || current === undefined) return key === 'Home' ? first[0] : first[first.length - 1];
  const row = rows[r]!;
  const i = row.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return row[Math.min(row.length - 1, i + 1)];
    case 'ArrowLeft':
      return row[Math.max(0, i - 1)];
    case 'Home':
      return row[0];
    case 'End':
      return row[row.length - 1];
    default: {
      const direction = key === 'ArrowDown' ? 'down' : 'up';
      if (grid.vertical) return grid.vertical(current, direction);
      const target = rows[(r + (direction === 'down' ? 1 : rows.length - 1)) % rows.length]!;
      return (grid.align ? grid.align(current, target, i) : undefined) ?? target[Math.min(i, target.length - 1)];
    }
  }
}

/** How long typed letters add up to one search (as in native listboxes). */
const TYPE_AHEAD_MS = 800;

export interface GridNavigationOptions<T> {
  /** The grid now; undefined while there is nothing to navigate. */
  readonly grid: () => Grid<T> | undefined;
  /** The cell the key was pressed on (or the one stepped to last). */
  readonly current: (event: KeyboardEvent) => T | undefined;
  /** Moves to `target` (which may be `current` again at an edge). */
  readonly move: (target: T, current: T | undefined) => void;
  /** For type-ahead: the name a cell is found by. */
  readonly name?: (cell: T) => string;
  readonly locale?: () => string;
}

/**
 * Applies {@link next} to key events; with `name`, a printable key jumps to the next cell whose
 * name starts with the letters typed in quick succession.
 */
export class GridNavigationController<T> implements ReactiveController {
  private typed = '';
  private typedAt = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: GridNavigationOptions<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.typed = '';
  }

  /** Handles a navigation (or type-ahead) key: true when it did, and the event's default is then prevented. */
  handle(event: KeyboardEvent): boolean {
    const grid = this.options.grid();
    if (!grid) return false;
    const current = this.options.current(event);
    let target = next(event.key, current, grid);
    if (target === undefined && this.options.name && event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      target = this.typeAhead(event.key, current, grid.rows.flat());
    }
    if (target === undefined) return false;
    event.preventDefault();
    this.options.move(target, current);
    return true;
  }

  /** The next cell after `current` whose name starts with the typed letters. */
  private typeAhead(key: string, current: T | undefined, cells: readonly T[]): T | undefined {
    const now = Date.now();
    this.typed = now - this.typedAt < TYPE_AHEAD_MS ? this.typed + key : key;
    this.typedAt = now;
    const locale = this.options.locale?.();
    const wanted = this.typed.toLocaleLowerCase(locale);
    const start = Math.max(0, current === undefined ? -1 : cells.indexOf(current));
    // A single letter moves on from the current cell; a longer word may match it again.
    const offset = this.typed.length > 1 ? 0 : 1;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[(start + offset + i) % cells.length]!;
      if (this.options.name!(cell).toLocaleLowerCase(locale).startsWith(wanted)) return cell;
    }
    return undefined;
  }
}
