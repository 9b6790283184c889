/**
 * Number and time locales for vega (d3-format / d3-time-format definitions), as data.
 * They go into the spec's `config.locale`, which vega applies to that one view; the global
 * `formatLocale` of vega-embed would switch every vega chart on the page to the last language.
 */
import type { Lang } from '../../shared/i18n.ts';

export interface VegaLocale {
  readonly number: {
    readonly decimal: string;
    readonly thousands: string;
    readonly grouping: readonly number[];
    readonly currency: readonly [string, string];
    readonly minus?: string;
  };
  readonly time: {
    readonly dateTime: string;
    readonly date: string;
    readonly time: string;
    readonly periods: readonly [string, string];
    readonly days: readonly string[];
    readonly shortDays: readonly string[];
    readonly months: readonly string[];
    readonly shortMonths: readonly string[];
  };
}

const de: VegaLocale = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'], minus: '\u2212' },
  time: {
    dateTime: '%A, der %e. %B %Y, %X',
    date: '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    shortDays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    shortMonths: ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  },
};

const en: VegaLocale = {
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''], minus: '\u2212' },
  time: {
    dateTime: '%a %e %b %X %Y',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

export function vegaLocale(lang: Lang): VegaLocale {
  return lang === 'de' ? de : en;
}
