import { css } from 'lit';
import { darkTheme } from '../../shared/base.styles.ts';

/**
 * The spine's marks differ in shape (line, band, tick, dot), and better/worse always comes with
 * ▲/▼ and a word, so nothing rests on telling colours apart: not in greyscale print, not for
 * colour-blind readers, not in forced-colors mode.
 */
export const profileStyles = css`
  :host {
    --_area: var(--qw-profile-area, var(--_color-accent));
    --_whole: var(--qw-profile-whole, var(--_color-text));
    --_range: var(--qw-profile-range, var(--_color-muted));
    --_quartiles: var(--qw-profile-quartiles, #c9d6e3);
    --_worse: var(--qw-profile-worse, #9a3412);
    --_better: var(--qw-profile-better, #1d6b3a);
  }
  ${darkTheme(css`
    --_quartiles: var(--qw-profile-quartiles-dark, #3a4a5c);
    --_worse: var(--qw-profile-worse-dark, #f0a070);
    --_better: var(--qw-profile-better-dark, #7fd19b);
  `)}
  .profile {
    display: grid;
    gap: var(--_spacing);
    min-width: 0;
  }
  p {
    margin: 0;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .rows {
    display: grid;
    gap: var(--_spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    gap: 0.35rem;
    padding-block-start: var(--_spacing);
    border-top: 1px solid var(--_color-border);
    break-inside: avoid;
  }
  .unit,
  .period,
  .note {
    color: var(--_color-muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  .fact {
    min-width: 0;
  }
  .fact dt {
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  .fact dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .fact.value dd {
    font-size: 1.25em;
    font-weight: 700;
  }
  .worse .verdict,
  .worse .arrow {
    color: var(--_worse);
    font-weight: 600;
  }
  .better .verdict,
  .better .arrow {
    color: var(--_better);
    font-weight: 600;
  }
  .change .note {
    display: block;
  }
  .spine {
    display: block;
    overflow: visible;
  }
  .range {
    stroke: var(--_range);
    stroke-width: 2;
  }
  .quartiles {
    fill: var(--_quartiles);
  }
  .whole {
    stroke: var(--_whole);
    stroke-width: 2.5;
  }
  .area {
    fill: var(--_area);
    stroke: var(--_color-background);
    stroke-width: 1.5;
  }
  .key {
    flex: none;
  }
  .similar {
    display: grid;
    gap: 0.4rem;
  }
  .similar ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .similar-area .distance {
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  @media (forced-colors: active) {
    .range,
    .whole {
      stroke: CanvasText;
    }
    .quartiles {
      fill: GrayText;
    }
    .area {
      fill: Highlight;
      stroke: Canvas;
    }
    .worse .verdict,
    .better .verdict,
    .worse .arrow,
    .better .arrow {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      break-inside: auto;
      font-size: 10pt;
    }
    /* The facts fill a line as on screen: up to four across A4 portrait, one in a narrow column. */
    .facts {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    }
    .similar button {
      border: none;
      padding: 0;
    }
  }
`;
