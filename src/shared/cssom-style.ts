/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the `style`
 * attribute. A page with `style-src 'self'` (no `'unsafe-inline'`) blocks `style="…"` attributes,
 * and lit's `styleMap` writes the attribute on its first render; CSSOM writes are allowed.
 *
 *     html`<span ${cssomStyle({ 'inline-size': '42%' })}></span>`
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type StyleProperties = Readonly<Record<string, string | undefined>>;

class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() belongs on an element, e.g. <span ${cssomStyle({…})}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
