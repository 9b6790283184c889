// polylabel ships no types; this is the one function the label anchor uses.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring first, then holes); `distance` is its distance to the outline. */
  export default function polylabel(polygon: readonly (readonly (readonly [number, number])[])[], precision?: number): [number, number] & { distance: number };
}
