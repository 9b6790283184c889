/** Local calendar dates for the `today` attribute (a module of its own: the element needs it before the data, the model after). */
/** The local calendar date of an instant as YYYY-MM-DD: "today" where the reader is. */
export function localIsoDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Parses YYYY-MM-DD as a local date (midnight where the reader is), or returns undefined. */
export function parseLocalDate(text: string | null | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
