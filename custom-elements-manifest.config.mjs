/**
 * custom-elements.json: the public elements with their attributes, properties, events, parts,
 * slots and CSS properties. One configuration for `npm run build` and `npm run analyze`
 * (Storybook). Only element modules, their shared base and the define entries are read: test
 * support, tests, stories and the pure logic modules are not the elements' API.
 */
export default {
  litelement: true,
  globs: ['src/components/*/*.ts', 'src/shared/base-element.ts', 'src/define/*.ts', 'src/configurator/configurator-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.texts.ts', 'src/**/*.styles.ts', 'src/**/*.options.ts', 'src/**/test-*.ts', 'src/test-support/**'],
  outdir: '.',
  plugins: [publicApiOnly()],
};

/** Private and protected members are implementation: leave them out of the documented API. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (Array.isArray(declaration.members)) {
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name?.startsWith('#'));
          }
        }
      }
    },
  };
}
