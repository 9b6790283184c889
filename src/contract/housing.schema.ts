/**
 * The housing part of the contract: the monitor of publicly subsidised housing
 * (öffentlich geförderter Wohnraum). Every list is a table a statistician can type from a
 * spreadsheet: one row per period (and area or flat size), counts in the document's `unit`.
 *
 * The shared pieces (period, id, status, capped texts) come from `primitives.ts`.
 * Strict objects, like the rest of the contract: a misspelt field is reported, not ignored.
 * Rules a schema cannot express (unique periods, known areas, consistent shares) live in
 * `housing.checks.ts`.
 */
import './zod.ts';
import * as z from 'zod/mini';
import { cappedText, idSchema, periodSchema, urlSchema, valueStatusSchema } from './primitives.ts';

const period = periodSchema;

/** Area ids come from the municipality's geometry (AGS, names, codes): any non-empty text, as in `schema.ts`. */
const areaId = z.string().check(z.minLength(1), z.meta({ description: 'id of an area in the level named by `housing.level` (the value of its idProperty)' }));

const levelId = idSchema.check(z.meta({ description: 'id of the area level that `byArea` refers to; then every area must exist in it' }));

const count = z.number().check(z.minimum(0), z.meta({ description: 'number of dwellings (or households) in the unit of the section; not negative' }));

const percent = (description: string) => z.number().check(z.minimum(0), z.maximum(100), z.meta({ description }));

const exampleFlag = z.optional(z.boolean()).check(z.meta({ description: 'true when this entry is illustrative; the widget then shows "Beispieldaten"' }));

const note = z.optional(cappedText('note')).check(z.meta({ description: 'a remark on this entry (definition, derivation), shown in the table' }));

/** The same words as the indicator values (`primitives.ts`). */
const breakdownStatus = z.optional(valueStatusSchema).check(
  z.meta({
    description:
      'why a count is missing or how sure it is, after the official table symbols: suppressed, missing, pending, not-applicable, unreliable (value must be null); provisional, revised, estimated (value is a number, e.g. a count derived from a published share)',
  }),
);

export const housingStockSchema = z.strictObject({
  period: period.check(z.meta({ description: 'the reference period or date of the count' })),
  value: count.check(z.meta({ description: 'subsidised dwellings with a current rent and occupancy commitment (Bindung)' })),
  share: z.optional(percent('the subsidised dwellings as a share of all dwellings, in percent (5.78 for 5.78 %)')),
  dwellings: z.optional(count).check(z.meta({ description: 'all dwellings of the municipality (the denominator of `share`); lets the widget compute the share when `share` is absent' })),
  note,
  example: exampleFlag,
});

export const housingNeedSchema = z.strictObject({
  period,
  value: count,
  kind: z
    ._default(z.enum(['households', 'units']), 'households')
    .check(z.meta({ description: 'households: households registered as searching for a subsidised flat (Wohnungssuchende); units: subsidised dwellings needed in total' })),
  label: z.optional(cappedText('label', { required: true })).check(z.meta({ description: 'German label, e.g. "Wohnungssuchende Haushalte"' })),
  labelEn: z.optional(cappedText('label', { required: true })),
  note,
  example: exampleFlag,
});

export const housingTargetSchema = z.strictObject({
  period: period.check(z.meta({ description: 'the period by which the target should be reached' })),
  share: z.optional(percent('target share of subsidised dwellings in all dwellings, in percent')),
  value: z.optional(count).check(z.meta({ description: 'target number of subsidised dwellings' })),
  label: z.optional(cappedText('label', { required: true })).check(z.meta({ description: 'German label, e.g. "Ziel Handlungskonzept Wohnen"' })),
  labelEn: z.optional(cappedText('label', { required: true })),
  note,
  example: exampleFlag,
});

export const housingFlowSchema = z.strictObject({
  period: period.check(z.meta({ description: 'the period in which the dwellings leave (expiring) or join (additions) the subsidised stock' })),
  value: count,
  note,
  example: exampleFlag,
});

export const housingLostSchema = z.strictObject({
  period: period.check(z.meta({ description: 'the (last) period in which the dwellings left their commitments' })),
  from: z.optional(period).check(z.meta({ description: 'the first period, when `value` is a total over several periods (206 from 2016 to 2020: from "2016", period "2020")' })),
  value: count,
  note,
  example: exampleFlag,
});

export const housingAreaSchema = z.strictObject({
  area: areaId,
  period,
  value: z.optional(z.nullable(count)).check(z.meta({ description: 'subsidised dwellings in the area; null with a `status` when withheld' })),
  status: breakdownStatus,
  share: z.optional(percent("subsidised dwellings as a share of all the area's dwellings, in percent")),
  shareOfTotal: z.optional(percent("the area's share of the municipality's subsidised dwellings, in percent")),
  note,
  example: exampleFlag,
});

export const housingSizeSchema = z.strictObject({
  size: cappedText('label', { required: true }).check(z.meta({ description: 'German label of the flat size, e.g. "1 Person", "2 Zimmer", "bis 45 m²"' })),
  sizeEn: z.optional(cappedText('label', { required: true })).check(z.meta({ description: 'English label, e.g. "1 person"' })),
  period,
  value: z.optional(z.nullable(count)).check(z.meta({ description: 'subsidised dwellings of this size; null with a `status` when withheld' })),
  status: breakdownStatus,
  share: z.optional(percent("this size's share of the subsidised dwellings, in percent")),
  note,
  example: exampleFlag,
});

export const housingReferenceSchema = z.strictObject({
  share: percent('the comparison share in percent, e.g. 9.3 for the NRW average'),
  label: z._default(cappedText('label', { required: true }), 'NRW').check(z.meta({ description: 'German label, e.g. "NRW" or "Kreis Wesel"' })),
  labelEn: z.optional(cappedText('label', { required: true })),
  period: z.optional(period),
  source: z.optional(cappedText('source')),
});

export const housingSchema = z
  .strictObject({
    unit: z._default(cappedText('unit', { required: true }), 'WE').check(z.meta({ description: 'unit of the counts, e.g. "WE" (Wohneinheiten) or "Wohnungen"' })),
    level: z.optional(levelId),
    source: z.optional(cappedText('source')).check(z.meta({ description: 'short citation shown in the widget footer instead of the document sources' })),
    sourceUrl: z.optional(urlSchema),
    description: z.optional(cappedText('description')).check(z.meta({ description: 'definitions and derivations, for readers of the data file' })),
    example: z.optional(z.boolean()).check(z.meta({ description: 'true when the whole section is illustrative' })),
    stock: z._default(z.array(housingStockSchema), []).check(z.meta({ description: 'the subsidised stock, one entry per period' })),
    need: z._default(z.array(housingNeedSchema), []).check(z.meta({ description: 'the need: searching households or needed dwellings, one entry per period and kind' })),
    target: z._default(z.array(housingTargetSchema), []).check(z.meta({ description: 'political targets (a share or a number), one entry per target period' })),
    expiring: z._default(z.array(housingFlowSchema), []).check(z.meta({ description: 'dwellings whose commitments end, one entry per period (usually a year)' })),
    additions: z._default(z.array(housingFlowSchema), []).check(z.meta({ description: 'planned new subsidised dwellings, one entry per period' })),
    lost: z._default(z.array(housingLostSchema), []).check(z.meta({ description: 'history: dwellings that have already left their commitments' })),
    byArea: z._default(z.array(housingAreaSchema), []).check(z.meta({ description: 'the stock by district, one entry per area and period' })),
    bySize: z._default(z.array(housingSizeSchema), []).check(z.meta({ description: 'the stock by flat size, one entry per size and period' })),
    reference: z.optional(housingReferenceSchema).check(z.meta({ description: 'a comparison share marked on the gauge, e.g. the NRW average' })),
  })
  .check(z.meta({ description: 'Publicly subsidised housing (öffentlich geförderter Wohnraum): stock, need, targets, expiring commitments, additions, breakdowns.' }));

export type Housing = z.output<typeof housingSchema>;
export type HousingStock = Housing['stock'][number];
export type HousingNeed = Housing['need'][number];
export type HousingTarget = Housing['target'][number];
export type HousingFlow = Housing['expiring'][number];
export type HousingLost = Housing['lost'][number];
export type HousingArea = Housing['byArea'][number];
export type HousingSize = Housing['bySize'][number];
export type HousingReference = NonNullable<Housing['reference']>;
