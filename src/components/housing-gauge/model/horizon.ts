/** The projection's reach in years: the attribute's default and limit (a module of its own, so the element and its options need not load the model before the data). */
export const DEFAULT_HORIZON = 10;
export const MAX_HORIZON = 50;
