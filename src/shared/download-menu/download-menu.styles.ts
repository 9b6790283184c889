import { css } from 'lit';

/**
 * The menu reads the widget's private colour aliases (`--_color-*`, inherited into its shadow
 * root), so it follows the widget's theme, light or dark, with no tokens of its own.
 */
export const downloadMenuStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  [hidden] {
    display: none !important;
  }
  .menu {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    max-inline-size: 100%;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    max-inline-size: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_color-border, #d0d7de);
    border-radius: var(--_radius, 4px);
    background: var(--_color-surface, #f6f8fa);
  }
  .toggle::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    border: 1px solid var(--_color-border, #d0d7de);
    border-radius: var(--_radius, 4px);
    background: var(--_color-background, #ffffff);
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  .item {
    display: block;
    inline-size: 100%;
    padding: 0.3em 0.6em;
    border: 1px solid transparent;
    border-radius: var(--_radius, 4px);
    background: transparent;
  }
  .item:hover,
  .item:focus-visible {
    background: var(--_color-surface, #f6f8fa);
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus, #0b5cad);
    outline-offset: 2px;
  }
  .status {
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-muted, #57606a);
  }
  .status.failed {
    color: var(--_color-error, #b3261e);
  }
  @media (forced-colors: active) {
    .toggle,
    ul,
    .item {
      border-color: ButtonText;
    }
    .item:hover,
    .item:focus-visible {
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
