// Started by the autoloader (autoload.ts) with the first widget: formatting once loads the
// browser's locale data for numbers and dates, which the whole page process shares, so the
// widgets' first formats on the main thread (30–50 ms otherwise) find it there. A plain script.
for (const locale of ['de-DE', 'en-GB']) {
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(1234.5);
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
}
close();
