import { css } from 'lit';

/**
 * The bar's parts differ in lightness and in pattern (solid, hatched, plain, dotted), so they
 * stay apart for colour-blind readers, in greyscale print and in forced-colors mode.
 */
export const fundingStyles = css`
  :host {
    --_paid: var(--qw-funding-paid, #0b4f8a);
    --_open: var(--qw-funding-open, #4f8fcf);
    --_available: var(--qw-funding-available, #e6edf4);
    --_unknown: var(--qw-funding-unknown, #8c959f);
    --_bar-height: var(--qw-funding-bar-height, 1.75rem);
    --_past: var(--qw-funding-past, var(--_color-muted));
  }
  .programmes {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    container-type: inline-size;
  }
  .programme {
    display: grid;
    gap: var(--_spacing);
    min-width: 0;
  }
  .programmes.list > .programme + .programme {
    border-top: 1px solid var(--_color-border);
    padding-top: calc(var(--_spacing) * 1.5);
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.3;
  }
  .programme-name {
    font-size: 1.0625em;
  }
  p {
    margin: 0;
  }
  .meta,
  .note,
  .description {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .example-mark {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_color-example);
    background: var(--_color-example-background);
    font-size: max(0.75em, 12px);
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
    vertical-align: 0.1em;
  }

  /* ---------------------------------------------------------------- the stacked bar */
  .bar {
    display: flex;
    block-size: var(--_bar-height);
    border: 1px solid var(--_color-text);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_available);
  }
  .segment {
    display: block;
    block-size: 100%;
    min-inline-size: 0;
  }
  .segment + .segment {
    border-inline-start: 2px solid var(--_color-background);
  }
  .kind-paid {
    background: var(--_paid);
  }
  .kind-open,
  .kind-committed {
    background: repeating-linear-gradient(135deg, var(--_open) 0 5px, var(--_color-background) 5px 7px);
  }
  .kind-available {
    background: var(--_available);
  }
  .kind-unknown {
    background: radial-gradient(circle, var(--_unknown) 1.5px, var(--_color-background) 1.6px) 0 0 / 6px 6px;
  }
  .legend {
    display: grid;
    gap: 0.25rem 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .swatch {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid var(--_color-text);
    border-radius: 2px;
    align-self: center;
  }
  .legend .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* key figures (.figures, .figure): shared, in base.styles.ts */
  .figure .share {
    display: block;
    color: var(--_color-muted);
    font-size: max(0.8em, 12px);
    font-weight: 400;
  }
  .figure-available {
    border-width: 2px;
    border-color: var(--_color-accent);
  }
  .unpublished {
    color: var(--_color-muted);
    font-weight: 400;
    font-style: italic;
  }

  /* ---------------------------------------------------------------- deadlines, applications */
  .deadlines,
  .applications {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25rem;
    font-size: 0.9375em;
  }
  .deadline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .deadline time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .days {
    padding: 0 0.4em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  /* The words say "abgelaufen"; a strike-through would read as "cancelled". */
  .deadline.past .days {
    color: var(--_past);
  }
  .deadline.soon .days {
    font-weight: 600;
    outline: 1px solid currentColor;
  }
  .applications {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
  }
  .applications div {
    display: grid;
  }
  .applications dt {
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  .applications dd {
    margin: 0;
    font-weight: 600;
  }
  .block {
    display: grid;
    gap: 0.4rem;
    min-width: 0;
  }

  /* ---------------------------------------------------------------- area totals, projects */
  /* The projects' words stay whole as in every table (base.styles.ts). Amounts and their header on one line. */
  .projects .table-scroll .num {
    white-space: nowrap;
  }
  .area-button {
    all: unset;
    /* A touch target of 24 px (WCAG 2.5.8), not just the line of its name. */
    /* A block of lines, not a flex box: as wide as its cell at most, a longer name breaks there (base.styles.ts, .cell). */
    display: inline-block;
    box-sizing: border-box;
    min-block-size: 24px;
    padding-block: 2px;
    max-inline-size: 100%;
    cursor: pointer;
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .area-button[aria-pressed='true'] {
    font-weight: 700;
    text-decoration-thickness: 2px;
  }
  .area-button:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .total-bar {
    display: inline-block;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    background: var(--_paid);
    vertical-align: 0.05em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.875em;
  }
  .filters legend {
    padding: 0;
    font-weight: 600;
  }
  .filters label {
    display: grid;
    gap: 0.15rem;
  }
  .filters input,
  .filters select {
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.25em 0.4em;
    border: 1px solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .table-more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: 0.5rem;
  }
  .table-count {
    margin: 0;
    color: var(--_color-muted);
  }
  .count {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .status-badge {
    white-space: nowrap;
  }

  /* ---------------------------------------------------------------- compact (sidebar) */
  :host([layout='compact']) .programmes {
    gap: var(--_spacing);
  }
  :host([layout='compact']) .figures {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8.5rem), 1fr));
  }
  :host([layout='compact']) .legend {
    grid-template-columns: 1fr;
  }
  @container (max-width: 26rem) {
    .figures {
      grid-template-columns: 1fr 1fr;
    }
    .filters {
      display: grid;
    }
  }
  @container (max-width: 17rem) {
    .figures {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .bar,
    .swatch,
    .total-bar {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .bar,
    .kind-available {
      background: Canvas;
    }
    .kind-paid,
    .total-bar {
      background: CanvasText;
    }
    .kind-open,
    .kind-committed {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, Canvas 3px 7px);
    }
    .kind-unknown {
      background: radial-gradient(circle, CanvasText 1.5px, Canvas 1.6px) 0 0 / 6px 6px;
    }
    .segment + .segment {
      border-inline-start-color: CanvasText;
    }
    .example-mark,
    .figure,
    .figure-available {
      border-color: CanvasText;
    }
  }
  @media print {
    .area-button {
      color: inherit;
      text-decoration: none;
    }
    .bar,
    .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
