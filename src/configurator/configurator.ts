/**
 * Entry of `dist/cdn/configurator.js`: defines `<qw-configurator>` (the class, free of side
 * effects, is in configurator-element.ts).
 */
import { defineElement } from '../shared/define.ts';
import { QwConfigurator } from './configurator-element.ts';

defineElement('qw-configurator', QwConfigurator);

export { QwConfigurator };

declare global {
  interface HTMLElementTagNameMap {
    'qw-configurator': QwConfigurator;
  }
}
