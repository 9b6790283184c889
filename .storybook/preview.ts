import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import manifest from '../custom-elements.json';
import { onlyDescribedControls } from '../stories/helpers.ts';

// Vite does not see maplibre's worker beside its chunk; point maplibre at it.
setWorkerUrl(workerUrl);
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
  // Controls for the described attributes only: none guessed ("Set object") for properties, CSS properties or `state`.
  argTypesEnhancers: [onlyDescribedControls],
};

export default preview;
