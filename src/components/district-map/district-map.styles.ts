import { css } from 'lit';

/**
 * Styles of `<qw-district-map>`. The few maplibre rules its canvas needs are here, so that no
 * stylesheet is loaded from anywhere and nothing leaks into the page.
 */
export const districtMapStyles = css`
  :host {
    --_map-outline: var(--qw-map-outline-color, #ffffff);
    --_map-highlight: var(--qw-map-highlight-color, #1f2328);
    --_map-label: var(--qw-map-label-color, #1f2328);
    --_map-label-halo: var(--qw-map-label-halo, rgba(255, 255, 255, 0.92));
    --_map-background: var(--qw-map-background, transparent);
    --_map-territory: var(--qw-map-territory-color, var(--_color-muted));
    /* --qw-legend-width, the earlier name, keeps working. */
    --_legend-width: var(--qw-map-legend-width, var(--qw-legend-width, 15rem));
  }
  .district-map {
    container-type: inline-size;
    min-width: 0;
  }
  .layout {
    display: grid;
    gap: var(--_spacing);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 38rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(11rem, var(--_legend-width));
    }
  }
  .side {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_spacing);
    min-width: 0;
  }

  /* ---------------------------------------------------------------- map box */
  .map-box {
    position: relative;
    width: 100%;
    background: var(--_map-background);
    overflow: hidden;
  }
  .territory-layer,
  .gl,
  .svg-map,
  .labels {
    position: absolute;
    inset: 0;
  }
  /* Under the WebGL canvas (same z-index, earlier in the box) and under the SVG districts. */
  .territory-layer {
    z-index: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .gl {
    z-index: 0;
  }
  .svg-map {
    z-index: 1;
    width: 100%;
    height: 100%;
    display: block;
    overflow: visible;
  }
  .labels {
    z-index: 2;
    pointer-events: none;
  }
  /* maplibre's own rules, reduced to what a map without controls needs. */
  .maplibregl-map {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }
  .maplibregl-canvas-container,
  .maplibregl-canvas {
    position: absolute;
    left: 0;
    top: 0;
  }
  .maplibregl-control-container {
    display: none;
  }

  .district {
    stroke: var(--_map-outline);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
    pointer-events: fill;
    cursor: pointer;
    outline: none;
    transition: fill 0.3s ease;
  }
  /* Over a WebGL map the paths only take pointer and focus; the canvas draws fills and borders,
     the highlights below stay in the SVG (no WebGL frame per hover). */
  .svg-map.overlay .district {
    fill-opacity: 0;
    stroke-opacity: 0;
  }
  .hl {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .hl-halo {
    stroke: var(--_map-outline);
    stroke-width: 5px;
  }
  .hl-selected {
    stroke: var(--_map-highlight);
    stroke-width: 3px;
  }
  .hl-hover {
    stroke: var(--_map-highlight);
    stroke-width: 2px;
  }
  .hl-focus-halo {
    stroke: #ffffff;
    stroke-width: 7px;
  }
  .hl-focus {
    stroke: var(--_color-focus);
    stroke-width: 3.5px;
  }

  /* The territory's outline: 3 px wide, its inner half covered by the districts. */
  .territory {
    fill: none;
    stroke: var(--_map-territory);
    stroke-width: 3px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }

  /* Font size and line height as the placement measures them (LABEL_FONT_SIZE, LABEL_LINE_HEIGHT). */
  .label {
    position: absolute;
    transform: translate(-50%, -50%);
    white-space: nowrap;
    text-align: center;
    font-size: 12px;
    line-height: 1.25;
    font-weight: 600;
    color: var(--_map-label);
    text-shadow:
      0 0 2px var(--_map-label-halo),
      0 0 2px var(--_map-label-halo),
      0 0 3px var(--_map-label-halo);
  }

  /* A number is a badge: it reads on any class colour, and is told apart from a value. */
  .label.number {
    /* 1 px and 4 px at the 12 px the numbers are placed for; in em, so they scale on paper. */
    padding: 0.0834em 0.3334em;
    min-width: 1.25em;
    box-sizing: border-box;
    border-radius: 0.75em;
    background: var(--_map-label-halo);
    border: 1px solid var(--_map-label);
    text-shadow: none;
    font-variant-numeric: tabular-nums;
  }
  .label-key {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: 0.15rem 1rem;
    font-size: 0.875em;
  }
  .label-key li {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    min-width: 0;
  }
  /* A name breaks between its words, not inside one ("Büderich/Ginde-rich"). */
  .key-name {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .key-number {
    flex: none;
    min-width: 2ch;
    text-align: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* ---------------------------------------------------------------- controls */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .controls label {
    font-weight: 600;
  }
  .controls input[type='range'] {
    flex: 1 1 8rem;
    min-width: 6rem;
    accent-color: var(--_color-accent);
  }
  .controls output {
    min-width: 4ch;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  /* ---------------------------------------------------------------- panel */
  .panel {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-size: 0.875em;
    min-height: 5.5rem;
  }
  .panel p {
    margin: 0;
  }
  .panel .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .panel dl {
    display: grid;
    /* The values keep their width (a number and its unit do not break), the terms wrap. */
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.1rem 0.75rem;
    margin: 0.25rem 0 0;
  }
  .panel dt {
    color: var(--_color-muted);
  }
  .panel dd {
    margin: 0;
    min-width: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Narrow (a side column, or a small screen): each term above its value. */
  @container (max-width: 22rem) {
    .panel dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .panel dd {
      text-align: start;
    }
    .panel dd + dt {
      margin-top: 0.2rem;
    }
  }
  .panel .hint {
    color: var(--_color-muted);
  }

  /* ---------------------------------------------------------------- legend */
  .legend {
    font-size: 0.875em;
  }
  .legend-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.2rem;
  }
  .legend li {
    display: grid;
    grid-template-columns: 1.6rem minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
  }
  .legend .count {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .legend-note {
    margin: 0.35rem 0 0;
    color: var(--_color-muted);
  }
  .swatch {
    width: 1.6rem;
    height: 1rem;
    display: block;
    border: 1px solid var(--_color-muted);
  }
  .swatch-defs {
    position: absolute;
    width: 0;
    height: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .district {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    /* The colours carry the data: keep them, draw borders and focus in system colours. */
    .svg-map,
    .territory-layer,
    .swatch,
    .gl {
      forced-color-adjust: none;
    }
    .district {
      stroke: CanvasText;
    }
    .hl-selected,
    .hl-hover {
      stroke: CanvasText;
    }
    .hl-halo,
    .hl-focus-halo {
      stroke: Canvas;
    }
    .hl-focus {
      stroke: Highlight;
    }
    .territory {
      stroke: CanvasText;
    }
    .label {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      text-shadow: none;
      padding: 0 0.2em;
    }
    .panel {
      border-color: CanvasText;
    }
  }
  @media print {
    .controls,
    .panel,
    .gl {
      display: none !important;
    }
    /* Print the SVG, which is sharp at any resolution, also where WebGL draws on screen. */
    .svg-map.overlay .district {
      fill-opacity: 1;
      stroke-opacity: 1;
    }
    .svg-map.overlay .hl-selected,
    .svg-map.overlay .hl-halo {
      display: inline;
    }
    .svg-map .hl-focus,
    .svg-map .hl-focus-halo,
    .svg-map .hl-hover,
    .svg-map .hl-hover-halo {
      display: none;
    }
    .district {
      transition: none;
    }
    /* Beside the map where the screen has it there too; in a narrow column under it, or the map shrinks to a stamp. */
    @container (min-width: 38rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(10rem, 14rem);
      }
    }
    /*
     * The names were placed for the map's width on screen, and printing lays the page out anew
     * without placing them again: on a page narrower than the screen they overlapped and ran past
     * their districts. On paper they scale with the map, as the trend's chart does, and keep the
     * places that fit.
     */
    .labels {
      container-type: inline-size;
    }
    .label {
      font-size: calc(12 * 100cqw / var(--_labels-placed-for));
    }
  }
`;
