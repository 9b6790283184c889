/**
 * The data contract, version 1 with the compatible additions of 1.1: the single source of the
 * TypeScript types (`z.infer`), the runtime validation (`validate.ts`) and the published JSON
 * Schema (`json-schema.ts`).
 */
import './zod.ts';
import * as z from 'zod/mini';
import { ARS_PATTERN_SOURCE, bodyKeySchema, cappedText, idSchema, periodSchema, urlSchema, valueStatusSchema } from './primitives.ts';
import { housingSchema } from './housing.schema.ts';
import { fundingSchema } from './funding.schema.ts';

export { idSchema, periodSchema, valueStatusSchema, VALUE_STATUSES_WITH_NUMBER, VALUE_STATUSES_WITHOUT_NUMBER } from './primitives.ts';

const exampleFlag = z.optional(z.boolean()).check(z.meta({ description: 'true when the figures are illustrative; widgets then show "Beispieldaten"' }));

const finiteNumber = z.number();

// ---------------------------------------------------------------- geometry (RFC 7946)
const positionSchema = z.tuple([finiteNumber, finiteNumber], finiteNumber).check(z.meta({ description: '[longitude, latitude] in WGS84' }));
const linearRingSchema = z.array(positionSchema).check(z.minLength(4));
const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(linearRingSchema).check(z.minLength(1)), bbox: z.optional(z.array(finiteNumber)) });
const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRingSchema).check(z.minLength(1))).check(z.minLength(1)),
  bbox: z.optional(z.array(finiteNumber)),
});
export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);
export const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.optional(z.union([z.string(), z.number()])),
  properties: z.nullable(z.record(z.string(), z.unknown())),
  geometry: areaGeometrySchema,
  bbox: z.optional(z.array(finiteNumber)),
});
export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
  bbox: z.optional(z.array(finiteNumber)),
});

// ---------------------------------------------------------------- document parts
/**
 * The publishing body (1.1): a Land, Regierungsbezirk, Kreis or Gemeinde. The length of `ags`
 * says which (2, 3, 5, 8 digits; 12 for a Regionalschlüssel); widgets name the whole after it.
 */
export const municipalitySchema = z.strictObject({
  name: cappedText('name', { required: true }).check(z.meta({ description: 'Name of the publishing body: "Wesel", "Kreis Wesel", "Nordrhein-Westfalen"' })),
  ags: z
    .optional(bodyKeySchema)
    .check(
      z.meta({
        description: 'Official key of the publishing body; its length gives the kind: Land (2 digits, "05"), Regierungsbezirk (3, "051"), Kreis (5, "05170"), Gemeinde (8, Amtlicher Gemeindeschlüssel, "05170048") or a 12-digit Regionalschlüssel',
        examples: ['05', '051', '05170', '05170048'],
      }),
    ),
  ars: z.optional(z.string().check(z.regex(new RegExp(ARS_PATTERN_SOURCE)))).check(z.meta({ description: '12-digit Regionalschlüssel of a Gemeinde' })),
});

export const sourceSchema = z.union([
  cappedText('source', { required: true }),
  z.strictObject({ title: cappedText('source', { required: true }), url: z.optional(urlSchema), license: z.optional(cappedText('label')) }),
]);

export const metaSchema = z.strictObject({
  title: cappedText('title', { required: true }),
  description: z.optional(cappedText('description')),
  publisher: cappedText('name', { required: true }),
  license: cappedText('label', { required: true }).check(z.meta({ description: 'Licence id, e.g. dl-de/by-2-0, dl-de/zero-2-0, CC-BY-4.0' })),
  licenseUrl: z.optional(urlSchema),
  sources: z._default(z.array(sourceSchema), []),
  updated: z.optional(periodSchema),
  municipality: municipalitySchema,
  totalLabel: z
    .optional(cappedText('label', { required: true }))
    .check(z.meta({ description: '1.1: name of the whole that widgets show beside the areas, e.g. "Kreis Wesel", "Stadt Wesel"; derived from municipality when left out' })),
  totalLabelEn: z.optional(cappedText('label', { required: true })).check(z.meta({ description: '1.1: English name of the whole' })),
  example: exampleFlag,
});

export const areaLevelSchema = z.strictObject({
  id: idSchema,
  label: cappedText('label', { required: true }),
  labelEn: z.optional(cappedText('label')),
  geometry: z.union([featureCollectionSchema, urlSchema.check(z.meta({ description: 'URL of a GeoJSON FeatureCollection (https:, http: or relative to the document)' }))]),
  idProperty: z._default(z.string().check(z.minLength(1)), 'id'),
  nameProperty: z._default(z.string().check(z.minLength(1)), 'name'),
  schematic: z.optional(z.boolean()).check(z.meta({ description: 'true when the polygons are approximate (e.g. derived), not official boundaries' })),
  source: z.optional(cappedText('source')),
  example: exampleFlag,
});

/** Area ids come from the municipality's geometry (AGS, names, codes): any non-empty text. */
export const areaIdSchema = z.string().check(z.minLength(1), z.meta({ description: 'id of an area in the level geometry (its idProperty)' }));

export const indicatorValueSchema = z.strictObject({
  area: areaIdSchema,
  period: periodSchema,
  value: z.nullable(finiteNumber),
  status: z.optional(valueStatusSchema),
  note: z.optional(cappedText('note')),
});

export const totalValueSchema = z.strictObject({
  period: periodSchema,
  value: z.nullable(finiteNumber),
  status: z.optional(valueStatusSchema),
  note: z.optional(cappedText('note')),
});

export const noteSchema = z.strictObject({
  period: periodSchema,
  text: cappedText('note', { required: true }),
  textEn: z.optional(cappedText('note')),
  seriesBreak: z.optional(z.boolean()).check(z.meta({ description: 'true when values before and after this period are not comparable' })),
});

export const indicatorSchema = z.strictObject({
  id: idSchema,
  label: cappedText('label', { required: true }),
  labelEn: z.optional(cappedText('label')),
  unit: z._default(cappedText('unit'), '').check(z.meta({ description: 'Unit shown after the value: "%", "Personen", "Index", "€", …' })),
  decimals: z._default(z.int().check(z.minimum(0), z.maximum(6)), 0),
  polarity: z._default(z.enum(['negative', 'positive', 'neutral']), 'neutral').check(z.meta({ description: 'negative: higher is worse; positive: higher is better' })),
  level: idSchema.check(z.meta({ description: 'id of the area level the values refer to' })),
  description: z.optional(cappedText('description')),
  source: z.optional(cappedText('source')),
  license: z.optional(cappedText('label')),
  target: z.optional(finiteNumber).check(z.meta({ description: 'target value, drawn as a reference line' })),
  example: exampleFlag,
  values: z.array(indicatorValueSchema),
  total: z._default(z.array(totalValueSchema), []),
  notes: z._default(z.array(noteSchema), []),
});

// Strict objects: a misspelt field ("staus") is reported, not silently ignored.
export const contractSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    meta: metaSchema,
    areaLevels: z._default(z.array(areaLevelSchema), []),
    indicators: z._default(z.array(indicatorSchema), []),
    housing: z.optional(housingSchema),
    funding: z.optional(fundingSchema),
  })
  .check(
    z.meta({
      title: 'quartier-widgets data contract, version 1 (1.1)',
      description:
        'One document with the areas, indicators, housing monitor and funding programmes of one publishing body (a Gemeinde, Kreis, Regierungsbezirk or Land). 1.1 adds, compatibly: keys of every level in meta.municipality.ags, meta.totalLabel, https:/http:/relative URLs only, text caps (maxLength).',
    }),
  );

export type ContractDocument = z.output<typeof contractSchema>;
export type ContractInput = z.input<typeof contractSchema>;
export type Meta = ContractDocument['meta'];
export type AreaLevel = ContractDocument['areaLevels'][number];
export type Indicator = ContractDocument['indicators'][number];
export type IndicatorValue = Indicator['values'][number];
export type TotalValue = Indicator['total'][number];
export type IndicatorNote = Indicator['notes'][number];
export type { ValueStatus } from './primitives.ts';
export type AreaFeatureCollection = z.output<typeof featureCollectionSchema>;
export type AreaFeature = z.output<typeof featureSchema>;
export type Source = z.output<typeof sourceSchema>;
