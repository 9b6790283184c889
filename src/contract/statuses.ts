/**
 * The contract's status lists as plain constants, without zod: widgets need them to draw, and
 * importing them from a schema module would put zod into a page's first load (the validator
 * loads later, with the data). The schemas build their enums from these lists.
 */

/** After the official table symbols of German statistics (Zeichenerklärung). */
export const VALUE_STATUSES_WITHOUT_NUMBER = ['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable'] as const;
export const VALUE_STATUSES_WITH_NUMBER = ['provisional', 'revised', 'estimated'] as const;
export const VALUE_STATUSES = [...VALUE_STATUSES_WITHOUT_NUMBER, ...VALUE_STATUSES_WITH_NUMBER] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** Project status ids; the widget labels them (beantragt, bewilligt, ausgezahlt, abgeschlossen, zurückgezogen). */
export const PROJECT_STATUSES = ['applied', 'approved', 'paid', 'completed', 'withdrawn'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** Statuses whose amount is committed money (they count towards `committed` and the totals by area). */
export const FUNDED_STATUSES: readonly ProjectStatus[] = ['approved', 'paid', 'completed'];
