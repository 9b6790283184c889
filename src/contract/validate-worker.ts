/**
 * The validation worker (`qw-validate-worker.js` in the built folders): validates a document's
 * text off the page's main thread, while the page parses the same text and loads its engines.
 * Started by the loader (validation-client.ts) for large documents; one per page, for every widget.
 */
import { validateContract } from './validate.ts';
import { withoutFeatures } from './validation-transfer.ts';

export interface ValidationRequest {
  readonly id: number;
  readonly text: string;
  readonly lang: 'de' | 'en';
}

export type ValidationReply = { readonly id: number; readonly transferred: ReturnType<typeof withoutFeatures> } | { readonly id: number; readonly failed: string };

const scope = self as unknown as { postMessage(message: ValidationReply): void; addEventListener(type: 'message', listener: (event: MessageEvent<ValidationRequest>) => void): void };

scope.addEventListener('message', ({ data: { id, text, lang } }) => {
  try {
    const raw: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    scope.postMessage({ id, transferred: withoutFeatures(validateContract(raw, { lang })) });
  } catch (error) {
    // The page validates on its own thread then; it reports what is wrong with the text.
    scope.postMessage({ id, failed: String(error) });
  }
});
