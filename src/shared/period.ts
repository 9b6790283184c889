/**
 * Which period a widget shows. One rule for every widget: the reader's own choice in this
 * widget, else the author's `period` attribute, else the period the group shares, else the
 * latest. Each candidate counts only when the data has it.
 */
export interface PeriodChoice {
  /** What the reader picked in this widget (slider, play, select). */
  readonly picked?: string | null | undefined;
  /** The `period` attribute the page author set. */
  readonly author?: string | null | undefined;
  /** The period shared by the widget's group. */
  readonly shared?: string | null | undefined;
}

/**
 * The period to show among `available` (sorted, oldest first), or undefined when there is none.
 * An author's period the data lacks is not silently replaced: widgets report it as a
 * configuration error (see {@link authorPeriodMissing}); here it simply does not count.
 */
export function resolvePeriod(available: readonly string[], choice: PeriodChoice): string | undefined {
  for (const candidate of [choice.picked, choice.author, choice.shared]) {
    if (candidate && available.includes(candidate)) return candidate;
  }
  return available.at(-1);
}

/** Whether the author asked for a period that the data does not have. */
export function authorPeriodMissing(available: readonly string[], author: string | null | undefined): boolean {
  return Boolean(author) && !available.includes(author!);
}
