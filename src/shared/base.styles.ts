import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Declarations that apply in the dark theme: with `theme="dark"`, and with `theme="auto"` (the
 * default) when the reader prefers dark. Widgets pass their own dark colours through it.
 */
export function darkTheme(declarations: CSSResult): CSSResult {
  return css`
    :host([theme='dark']) {
      ${declarations}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${declarations}
      }
    }
  `;
}

/**
 * Inherited text properties a host page may set. Applied on :host, and again on the inner frame:
 * a page rule such as `qw-district-map { all: unset }` beats :host, but not the frame inside.
 */
const inheritedTextReset = unsafeCSS(`
    white-space: normal;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    line-height: 1.45;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    word-break: normal;
    /* anywhere, not break-word: an unbroken 10,000-character name must not widen a grid or flex box (min-content). */
    overflow-wrap: anywhere;
    hyphens: manual;
    text-shadow: none;
    visibility: visible;
    cursor: auto;
    direction: ltr;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
`);

/** The dark theme's private aliases; each reads its public `--qw-dark-*` property. */
const darkTokens = unsafeCSS(`
    --_color-text: var(--qw-dark-color-text, #e6edf3);
    --_color-muted: var(--qw-dark-color-muted, #a8b3bd);
    --_color-background: var(--qw-dark-color-background, #161b22);
    --_color-surface: var(--qw-dark-color-surface, #21262d);
    --_color-border: var(--qw-dark-color-border, #4b535c);
    --_color-accent: var(--qw-dark-color-accent, #79b8ff);
    --_color-focus: var(--qw-dark-color-focus, #79b8ff);
    --_color-error: var(--qw-dark-color-error, #ff8f86);
    --_color-example: var(--qw-dark-color-example, #ffd27a);
    --_color-example-background: var(--qw-dark-color-example-background, #3d2e00);
    --_scroll-shadow: rgb(255 255 255 / 0.35);
    color-scheme: dark;
`);

/**
 * Styles every widget shares. Public `--qw-*` custom properties are read once into private
 * `--_*` aliases, so a theme sets a handful of properties and the host page's CSS cannot reach in.
 */
export const baseStyles = css`
  :host {
    --_font-family: var(--qw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--qw-font-size, 1rem);
    --_color-text: var(--qw-color-text, #1f2328);
    --_color-muted: var(--qw-color-muted, #57606a);
    --_color-background: var(--qw-color-background, #ffffff);
    --_color-surface: var(--qw-color-surface, #f6f8fa);
    --_color-border: var(--qw-color-border, #d0d7de);
    --_color-accent: var(--qw-color-accent, #0b5cad);
    --_color-focus: var(--qw-color-focus, #0b5cad);
    --_color-error: var(--qw-color-error, #b3261e);
    --_color-example: var(--qw-color-example, #7a4d00);
    --_color-example-background: var(--qw-color-example-background, #fff4d6);
    --_radius: var(--qw-radius, 6px);
    --_spacing: var(--qw-spacing, 0.75rem);
    color-scheme: light;

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_color-text);
    background: var(--_color-background);
    font-family: var(--_font-family);
    /* A host page that shrinks its root font (html { font-size: 62.5% }) must not make the text unreadable. */
    font-size: max(var(--_font-size), var(--qw-font-size-min, 14px));
    contain: content;
    /*
     * Shadow DOM stops selectors, not inheritance: reset the inherited text properties a host
     * page commonly sets (white-space: nowrap in navigation styles, justified text, letter-spacing,
     * line-height: 0 …). Font family, colour and lang stay inherited or themable on purpose.
     */
    ${inheritedTextReset}
  }
  ${darkTheme(darkTokens)}
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .frame {
    ${inheritedTextReset}
    font-size: max(var(--_font-size), var(--qw-font-size-min, 14px));
    margin: 0;
    display: grid;
    gap: var(--_spacing);
    padding: var(--_spacing);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  .subtitle {
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .description {
    margin: 0;
    flex-basis: 100%;
  }
  .error .retry {
    margin-block-start: 0.5em;
  }
  .example-badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_color-example);
    background: var(--_color-example-background);
    font-size: max(0.8125em, 12px);
    font-weight: 600;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .status {
    margin: 0;
    padding: var(--_spacing);
    color: var(--_color-muted);
  }
  .loading::before {
    content: '';
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: qw-spin 0.9s linear infinite;
  }
  @keyframes qw-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .error {
    padding: var(--_spacing);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    color: var(--_color-text);
  }
  .error strong {
    color: var(--_color-error);
  }
  .error p {
    margin: 0.25em 0;
  }
  .error ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  footer {
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  footer p {
    margin: 0;
  }
  a {
    color: var(--_color-accent);
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Controls are touch targets of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8), whatever the text size. */
  details > summary {
    cursor: pointer;
    color: var(--_color-accent);
    box-sizing: border-box;
    min-block-size: 24px;
    padding-block: 0.15em;
  }
  /*
   * A table wider than its column scrolls sideways with the key column held in place. A shadow at
   * the end edge shows that more columns follow: the cover (attached to the content) hides it
   * once the reader has scrolled to the end, or when nothing overflows.
   */
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
    background:
      linear-gradient(to left, transparent, var(--_color-background) 60%) right / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, var(--_scroll-shadow, rgb(0 0 0 / 0.3)), transparent) right / 0.9rem 100% no-repeat scroll;
  }
  /*
   * Words stay whole in a data table. The host's overflow-wrap (anywhere) let a table squeeze its
   * columns to a few letters on a phone ("Gesa mtsta dt", "Blume nkamp"); with break-word a
   * column is at least as wide as its longest word, and the table scrolls sideways instead. A
   * cell's content is a block of at most 16em, so a longer word (a 10,000-character name: the
   * table shows texts in full) breaks there instead of making its column as wide.
   */
  .table-scroll :is(th, td) {
    overflow-wrap: break-word;
  }
  .table-scroll .cell {
    display: block;
    max-inline-size: 16em;
  }
  /* The caption stays in view, wrapped to the visible width, while the rows scroll. */
  .table-scroll {
    container-type: inline-size;
  }
  .table-scroll caption {
    max-inline-size: 100cqi;
    position: sticky;
    inset-inline-start: 0;
  }
  .table-scroll th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_color-background);
  }
  .table-scroll tr.selected th[scope='row'] {
    background: var(--_color-surface);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
  }
  .num {
    text-align: end;
  }
  th .sort {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    gap: 0.25em;
  }
  th .sort:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  th.num .sort {
    flex-direction: row-reverse;
  }
  tr.selected {
    background: var(--_color-surface);
    font-weight: 600;
  }
  /* Key figures: a <dl class="figures"> of <div class="figure"><dt>…</dt><dd>…</dd></div>. */
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem;
    margin: 0;
  }
  .figure {
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .figure dt {
    color: var(--_color-muted);
    font-size: max(0.8125em, 12px);
  }
  .figure dd {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    .frame,
    .error,
    .example-badge {
      border-color: CanvasText;
    }
    .example-badge {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .actions,
    .no-print {
      display: none !important;
    }
    details {
      display: block;
    }
    /*
     * Paper does not scroll sideways: a table wider than its column would lose its last columns
     * (a status, an amount, a rank). On paper a table takes a print size, its numbers and words
     * wrap at their spaces (Intl keeps "1.234 €" and "12,5 %" together), and words are hyphenated
     * where the browser knows the language.
     */
    .table-scroll {
      overflow: visible;
      background: none;
    }
    .table-scroll table {
      font-size: 0.75em;
    }
    .table-scroll :is(th, td) {
      white-space: normal;
      min-width: 0;
      hyphens: auto;
    }
    /* Nothing to click on paper. */
    .sort-icon {
      display: none;
    }
    /*
     * A table of many columns (the profile's) still needs more than a portrait page: below the
     * width it needs, each row prints as a block, every value after its column's name.
     */
    @container (max-width: 59.99rem) {
      .stack-on-paper :is(table, caption, tbody, tr, th, td) {
        display: block;
      }
      /* An empty cell has nothing to say under its name. */
      .stack-on-paper td:has(> .cell:empty) {
        display: none;
      }
      .stack-on-paper thead {
        display: none;
      }
      .stack-on-paper tr {
        break-inside: avoid;
        padding-block: 0.4em;
        border-bottom: 1px solid var(--_color-border);
      }
      .stack-on-paper :is(th, td) {
        border: 0;
        padding: 0.1em 0;
        text-align: start;
      }
      .stack-on-paper .cell {
        display: inline;
      }
      .stack-on-paper td::before {
        content: attr(data-label) ': ';
        font-weight: 600;
      }
    }
  }
`;
