/**
 * Entry of `dist/cdn/configurator.js`: defines `<qw-configurator>` (the class, free of side
 * effects, is in configurator-element.ts) and names the import worker beside this file.
 */
import { defineElement } from '../shared/define.ts';
import { QwConfigurator } from './configurator-element.ts';

// Built, the worker is dist/cdn/configurator-import-worker.js beside this file; from the sources (tests, Storybook) it is the .ts module.
QwConfigurator.importWorkerUrl = new URL(/\.ts(\?|$)/.test(import.meta.url) ? './import-worker.ts' : './configurator-import-worker.js', import.meta.url);

defineElement('qw-configurator', QwConfigurator);

export { QwConfigurator };

declare global {
  interface HTMLElementTagNameMap {
    'qw-configurator': QwConfigurator;
  }
}
