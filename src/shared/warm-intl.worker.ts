/**
 * The autoloader's ICU warm-up (autoload.ts): ICU loads its data for number and date formats once
 * per browser process, so formats created here, on another thread, spare the page's main thread
 * that first load (25–50 ms of one task, a long task on a phone). Then the worker ends.
 */
new Intl.NumberFormat().format(0);
new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
close();
