import { css } from 'lit';

/**
 * The gauge's bands differ in lightness and hue (orange below the reference, blues at or above
 * it), the marks in line style (solid reference, dashed target, dotted need); the expected
 * columns are lighter than the counted one and hatched when illustrative. So nothing depends on
 * telling colours apart, in greyscale print or in forced-colors mode.
 */
export const housingStyles = css`
  :host {
    /* The --qw-housing-* names came first and still work, behind the --qw-gauge-* ones. */
    --_value: var(--qw-gauge-value, var(--qw-housing-value, #0b4f8a));
    --_expected: var(--qw-gauge-expected, var(--qw-housing-expected, #4f8fcf));
    --_band-below: var(--qw-gauge-band-below, var(--qw-housing-band-below, #f6d8b5));
    --_band-reference: var(--qw-gauge-band-reference, var(--qw-housing-band-reference, #d3e4f4));
    --_band-target: var(--qw-gauge-band-target, var(--qw-housing-band-target, #a9cbea));
    --_mark: var(--qw-gauge-mark, var(--qw-housing-mark, var(--_color-text)));
    --_gauge-height: var(--qw-gauge-track-height, var(--qw-housing-gauge-height, 2.25rem));
    --_chart-height: var(--qw-gauge-chart-height, var(--qw-housing-chart-height, 9rem));
  }
  .housing {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
    min-width: 0;
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }

  /* ---------------------------------------------------------------- gauge */
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .big {
    font-size: 2em;
    line-height: 1.1;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .meter {
    position: relative;
    display: grid;
    gap: 0.2rem;
    padding-inline: 0.25rem;
  }
  .mark-labels,
  .ticks {
    position: relative;
    font-size: max(0.8125em, 12px);
    line-height: 1.4;
  }
  .mark-labels {
    block-size: calc(var(--_label-rows, 0) * 1.4em);
  }
  .ticks {
    block-size: 1.4em;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .mark-label,
  .tick {
    position: absolute;
    white-space: nowrap;
  }
  .mark-label {
    inset-block-start: calc(var(--_row, 0) * 1.4em);
    font-weight: 600;
  }
  .middle {
    transform: translateX(-50%);
  }
  .end {
    transform: translateX(-100%);
  }
  .track {
    display: block;
    inline-size: 100%;
    block-size: var(--_gauge-height);
    overflow: visible;
  }
  .band {
    fill: var(--_band-reference);
  }
  .band.below {
    fill: var(--_band-below);
  }
  .band.target,
  .band.both {
    fill: var(--_band-target);
  }
  .band.neutral {
    fill: var(--_color-surface);
  }
  .value-bar {
    fill: var(--_value);
    transform-box: fill-box;
    transform-origin: 0 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .value-bar {
      animation: qw-housing-sweep 0.8s cubic-bezier(0.2, 0.7, 0.3, 1) both;
    }
  }
  @keyframes qw-housing-sweep {
    from {
      transform: scaleX(0);
    }
  }
  .mark {
    stroke: var(--_mark);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .mark.target {
    stroke-dasharray: 5 3;
  }
  .mark.need {
    stroke-dasharray: 2 2;
  }

  /* ---------------------------------------------------------------- legends */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .swatch {
    flex: none;
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid var(--_color-text);
    border-radius: 2px;
  }
  .swatch.value,
  .swatch.column.counted {
    background: var(--_value);
  }
  .swatch.band {
    background: var(--_band-reference);
  }
  .swatch.band.below {
    background: var(--_band-below);
  }
  .swatch.band.target,
  .swatch.band.both {
    background: var(--_band-target);
  }
  .swatch.column.expected {
    background: var(--_expected);
  }
  .swatch.column.example {
    background: repeating-linear-gradient(135deg, var(--_expected) 0 3px, var(--_color-background) 3px 5px);
  }
  .swatch.line {
    border: none;
    border-radius: 0;
    block-size: 0;
    border-block-start: 2px solid var(--_mark);
    inline-size: 1.25em;
  }
  .swatch.line.target {
    border-block-start-style: dashed;
  }
  .swatch.line.need {
    border-block-start-style: dotted;
  }
  .swatch.line.base {
    border-block-start: 2px dashed var(--_color-muted);
  }

  /* key figures (.figures, .figure): shared, in base.styles.ts */
  .example-mark {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_color-example);
    background: var(--_color-example-background);
    font-size: max(0.75em, 12px);
    font-weight: 600;
    vertical-align: 0.1em;
  }

  /* ---------------------------------------------------------------- projection */
  .basis,
  .hint,
  .example-note,
  .lost {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .chart {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-rows: var(--_chart-height) auto;
    column-gap: 0.4rem;
    min-width: 0;
  }
  .y-axis {
    position: relative;
    min-inline-size: 2.5em;
    font-size: max(0.75em, 12px);
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .y-axis span {
    position: absolute;
    inset-inline-end: 0;
    transform: translateY(50%);
    white-space: nowrap;
  }
  .columns {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .grid {
    stroke: var(--_color-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .column.counted {
    fill: var(--_value);
  }
  .column.expected {
    fill: var(--_expected);
  }
  /* Hatched with drawn lines (.hatch-line), not a pattern fill: see hatchPath(). */
  .column.example {
    fill: var(--_color-background);
    stroke: var(--_expected);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .hatch-line {
    fill: none;
    stroke: var(--_expected);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .base-line {
    stroke: var(--_color-muted);
    stroke-width: 1.5px;
    stroke-dasharray: 6 4;
    vector-effect: non-scaling-stroke;
  }
  .x-axis {
    grid-column: 2;
    display: grid;
    grid-template-columns: repeat(var(--_columns, 1), minmax(0, 1fr));
    font-size: max(0.75em, 12px);
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .x-axis span {
    /* A flex box centres a label wider than its column on the column, overflowing both sides. */
    display: flex;
    justify-content: center;
    white-space: nowrap;
  }
  @container (max-width: 36rem) {
    .x-axis span:nth-child(even) {
      visibility: hidden;
    }
  }
  @container (max-width: 26rem) {
    .ticks .tick:nth-child(even) {
      visibility: hidden;
    }
  }
  .totals {
    font-weight: 600;
  }

  /* ---------------------------------------------------------------- breakdowns */
  /* One set of columns for all rows (subgrid), so every bar track has the same length and scale. */
  .bars {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(3rem, 1fr) auto;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bars > li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    row-gap: 0.25rem;
    inline-size: 100%;
    padding: 0.25rem 0.4rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
  }
  button.row:hover {
    border-color: var(--_color-border);
  }
  button.row.selected {
    border-color: var(--_color-accent);
    background: var(--_color-surface);
    font-weight: 600;
  }
  .row .label {
    overflow-wrap: anywhere;
  }
  .bar-track {
    display: block;
    block-size: 0.9rem;
    background: var(--_color-surface);
    border-radius: 2px;
  }
  .bar-fill {
    display: block;
    block-size: 100%;
    background: var(--_value);
    border-radius: 2px;
  }
  .bar-fill.example {
    background: repeating-linear-gradient(135deg, var(--_value) 0 4px, var(--_color-background) 4px 6px);
  }
  .remainder .bar-fill {
    background: repeating-linear-gradient(90deg, var(--_color-muted) 0 2px, transparent 2px 5px);
  }
  .remainder .label {
    color: var(--_color-muted);
  }
  .row .value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .row .extra {
    display: block;
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
    font-weight: 400;
  }
  .selection:empty {
    display: none;
  }
  .row .label {
    max-inline-size: 14rem;
  }
  @container (max-width: 26rem) {
    .bars {
      grid-template-columns: minmax(0, 1fr);
    }
    .row .value {
      text-align: start;
    }
  }
  .tables {
    display: grid;
    gap: var(--_spacing);
  }

  /* ---------------------------------------------------------------- forced colours */
  @media (forced-colors: active) {
    .track,
    .columns,
    .bar-track,
    .bar-fill,
    .swatch {
      forced-color-adjust: none;
    }
    .band,
    .band.below {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
    .band.reference,
    .band.target,
    .band.both {
      fill: GrayText;
    }
    .value-bar,
    .column.counted {
      fill: Highlight;
    }
    .column.expected {
      fill: CanvasText;
    }
    .hatch-line,
    .column.example {
      stroke: CanvasText;
    }
    .column.example {
      fill: Canvas;
    }
    .mark {
      stroke: CanvasText;
      stroke-width: 3px;
    }
    .grid {
      stroke: GrayText;
    }
    .base-line {
      stroke: CanvasText;
    }
    .swatch {
      border-color: CanvasText;
      background: Canvas;
    }
    .swatch.value,
    .swatch.column.counted {
      background: Highlight;
    }
    .swatch.band.reference,
    .swatch.band.target,
    .swatch.band.both {
      background: GrayText;
    }
    .swatch.column.expected {
      background: CanvasText;
    }
    .swatch.line {
      border-block-start-color: CanvasText;
    }
    .bar-track {
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .bar-fill,
    .bar-fill.example {
      background: Highlight;
    }
    button.row.selected {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
    .example-mark {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }

  @media print {
    .hint {
      display: none;
    }
  }
`;
