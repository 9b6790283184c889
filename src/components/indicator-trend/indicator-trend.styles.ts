import { css } from 'lit';

/**
 * The trend's own styles. Series colours are public custom properties read once into
 * private aliases; the element hands the resolved values to vega.
 */
export const trendStyles = css`
  :host {
    --_trend-1: var(--qw-trend-color-1, #0072b2);
    --_trend-2: var(--qw-trend-color-2, #d55e00);
    --_trend-3: var(--qw-trend-color-3, #007d5a);
    --_trend-4: var(--qw-trend-color-4, #aa3377);
    --_trend-5: var(--qw-trend-color-5, #8a6d00);
    --_trend-6: var(--qw-trend-color-6, #332288);
    --_trend-total: var(--qw-trend-color-total, var(--_color-text));
    --_trend-target: var(--qw-trend-color-target, var(--_color-muted));
    --_trend-grid: var(--qw-trend-color-grid, #e3e6ea);
    --_trend-height: var(--qw-trend-height, 320px);
  }
  .trend {
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
    min-width: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.5rem;
    font-size: 0.875em;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-background);
  }
  .legend button[aria-pressed='false'] {
    color: var(--_color-muted);
    background: var(--_color-surface);
    text-decoration: line-through;
  }
  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  .keys li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .chart {
    container-type: inline-size;
    position: relative;
    min-width: 0;
    border-radius: var(--_radius);
  }
  .chart:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .vega {
    width: 100%;
    min-width: 0;
  }
  /* Keeps the page from jumping while the chart engine loads: the chart's own height (spec.ts,
     chartHeight), lower below 480 px of width (the chart box is as wide as .vega). */
  .vega:empty {
    min-height: var(--_trend-height);
  }
  @container (max-width: 479.98px) {
    .vega:empty {
      min-height: var(--qw-trend-height, 260px);
    }
  }
  .vega svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    left: 0;
    top: 0;
    max-width: min(18rem, 90%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: max(0.8125em, 12px);
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .value {
    font-size: 1.15em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tooltip .muted {
    color: var(--_color-muted);
  }
  .notes {
    margin: 0;
    padding-inline-start: 1.5em;
    font-size: max(0.8125em, 12px);
    color: var(--_color-muted);
  }
  .notes .break {
    font-weight: 600;
    color: var(--_color-text);
  }
  /*
   * Narrow columns: the period column stays in view while the series scroll sideways, and a
   * shadow at the right edge says that more columns follow. The shadow stays with the box
   * (attachment scroll); a cover in the background colour travels with the content (local) and
   * hides it once the last column is in view, or when everything fits.
   */
  .table-scroll {
    background:
      linear-gradient(to left, var(--_color-background) 35%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_color-text) 30%, transparent), transparent) right / 0.875rem 100% no-repeat scroll;
  }
  /* On screen, where the table scrolls: words whole as in every table (base styles), numbers on one line, text columns wide. */
  @media screen {
    .table-scroll td.num {
      white-space: nowrap;
    }
    .table-scroll td:not(.num) {
      min-width: 16em;
    }
  }
  .table-scroll :is(th, td):first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_color-background);
    box-shadow: inset -1px 0 var(--_color-border);
  }
  .table-scroll tr.selected > :first-child {
    background: var(--_color-surface);
  }
  td.status-gap {
    color: var(--_color-muted);
    font-style: italic;
  }
  @media (forced-colors: active) {
    .legend button {
      border-color: ButtonText;
    }
    .legend button[aria-pressed='true'] {
      border-width: 2px;
    }
    .tooltip {
      border-color: CanvasText;
      box-shadow: none;
    }
    .swatch {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
  @media print {
    .vega:empty {
      min-height: 0;
    }
    .tooltip {
      display: none;
    }
    .legend button {
      border: 0;
      padding-inline: 0;
    }
  }
`;
