/** A sortable, accessible data table rendered inside a widget's shadow root. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatNumber } from './format.ts';
import { localized, t, type Lang } from './i18n.ts';

export interface Column<R> {
  readonly key: string;
  readonly label: string;
  /** The value to sort by; `null` sorts last in either direction. */
  readonly sortValue: (row: R) => string | number | null;
  /** What the cell shows; defaults to the sort value as text. */
  readonly render?: (row: R) => string | TemplateResult;
  /** Right-aligned, sorted numerically. */
  readonly numeric?: boolean;
  /** The column names the row (rendered as `<th scope="row">`). */
  readonly rowHeader?: boolean;
}

export type SortDirection = 'ascending' | 'descending';

export class TableSortController implements ReactiveController {
  key: string | undefined;
  direction: SortDirection = 'ascending';

  constructor(
    private readonly host: ReactiveControllerHost,
    initial?: { key: string; direction?: SortDirection },
  ) {
    host.addController(this);
    this.key = initial?.key;
    this.direction = initial?.direction ?? 'ascending';
  }

  hostConnected(): void {}

  toggle(key: string): void {
    if (this.key === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.key = key;
      this.direction = 'ascending';
    }
    this.host.requestUpdate();
  }

  sort<R>(rows: readonly R[], columns: readonly Column<R>[], lang: Lang): R[] {
    const column = columns.find((c) => c.key === this.key);
    if (!column) return [...rows];
    const sign = this.direction === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(lang === 'de' ? 'de-DE' : 'en-GB', { numeric: true });
    return [...rows].sort((a, b) => {
      const va = column.sortValue(a);
      const vb = column.sortValue(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
      return sign * collator.compare(String(va), String(vb));
    });
  }
}

export interface TableOptions<R> {
  readonly lang: Lang;
  readonly caption: string;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  readonly sort?: TableSortController;
  /** Marks a row (e.g. the selected area). */
  readonly rowClass?: (row: R) => string;
  /** Shows only the first rows (after sorting) with a "weitere anzeigen" button; all rows when absent. */
  readonly paging?: TablePaging;
  /**
   * On paper narrower than the table needs, each row prints as a block with every value after its
   * column's name (base.styles.ts): for tables of many wordy columns, which no portrait page holds.
   */
  readonly stackOnPaper?: boolean;
}

export interface TablePaging {
  /** How many rows are shown now. */
  readonly shown: number;
  /** How many more one press of the button shows. */
  readonly step: number;
  /** The button was pressed: show `shown + step` rows. */
  readonly more: () => void;
}

/** Rows per page of a long table: 10,000 projects must not make a widget 300,000 px tall. */
export const PAGE_ROWS = 25;

export function renderTable<R>({ lang, caption, columns, rows, sort, rowClass, paging, stackOnPaper = false }: TableOptions<R>): TemplateResult {
  // Sorting (and the caller's filtering) go over all rows; paging only cuts what is drawn.
  const sorted = sort ? sort.sort(rows, columns, lang) : rows;
  const shown = paging ? sorted.slice(0, Math.max(paging.shown, 1)) : sorted;
  const header = (column: Column<R>) => {
    const active = sort?.key === column.key;
    const ariaSort = active ? sort.direction : undefined;
    return html`<th scope="col" class=${column.numeric ? 'num' : ''} aria-sort=${ariaSort ?? nothing}>
      ${sort
        ? html`<button type="button" class="sort" @click=${() => sort.toggle(column.key)} title=${t(lang, 'sortBy', { column: column.label })}>
            ${column.label}<span class="sort-icon" aria-hidden="true">${active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
          </button>`
        : column.label}
    </th>`;
  };
  const cell = (column: Column<R>, row: R) => {
    const content = column.render ? column.render(row) : String(column.sortValue(row) ?? '');
    // The wrapper bounds how wide one word can make its column (base.styles.ts, `.cell`).
    return column.rowHeader
      ? html`<th scope="row"><span class="cell">${content}</span></th>`
      : html`<td class=${column.numeric ? 'num' : ''} data-label=${stackOnPaper ? column.label : nothing}><span class="cell">${content}</span></td>`;
  };
  return html`<div class=${stackOnPaper ? 'table-scroll stack-on-paper' : 'table-scroll'} part="table" tabindex="0" role="region" aria-label=${caption}>
    ${scrollHint(lang)}
    <table>
      <caption>${caption}</caption>
      <thead><tr>${columns.map(header)}</tr></thead>
      <tbody>${shown.map((row) => html`<tr class=${rowClass?.(row) ?? ''}>${columns.map((c) => cell(c, row))}</tr>`)}</tbody>
    </table>
  </div>${paging && sorted.length > PAGE_ROWS ? renderMore(lang, shown.length, sorted.length, paging) : nothing}`;
}

/**
 * Said to screen readers inside every table region: in a narrow column the columns beyond the
 * key column scroll sideways (sighted readers see a shadow at the edge, see base.styles.ts).
 */
export function scrollHint(lang: Lang): TemplateResult {
  return html`<span class="sr-only scroll-hint">${localized(lang, 'Tabelle seitlich scrollbar', 'The table scrolls sideways')}</span>`;
}

/** The "weitere anzeigen" button, with the count in a live region so screen readers hear how many rows there are now. */
function renderMore(lang: Lang, shown: number, total: number, paging: TablePaging): TemplateResult {
  const count = (n: number) => formatNumber(lang, n);
  const next = Math.min(paging.step, total - shown);
  return html`<div class="table-more">
    <p class="table-count" role="status">${localized(lang, `${count(shown)} von ${count(total)} Zeilen angezeigt`, `${count(shown)} of ${count(total)} rows shown`)}</p>
    ${next > 0
      ? html`<button type="button" class="button more" @click=${paging.more}>${localized(lang, `${count(next)} weitere anzeigen`, `Show ${count(next)} more`)}</button>`
      : nothing}
  </div>`;
}
