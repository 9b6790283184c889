/**
 * The data contract, version 1: the single source of the TypeScript types (`z.infer`),
 * the runtime validation (`validate.ts`) and the published JSON Schema (`scripts/build-schema.mjs`).
 */
import './zod.ts';
import * as z from 'zod/mini';
import { PERIOD_REGEX_SOURCE } from './period.ts';
import { housingSchema } from './housing.schema.ts';
import { fundingSchema } from './funding.schema.ts';


export const periodSchema = z
  .string()
  .check(z.regex(new RegExp(PERIOD_REGEX_SOURCE)))
  .check(z.meta({ description: 'ISO 8601 period: 2023, 2023-H1, 2023-Q2, 2023-06 or 2023-12-31', examples: ['2023', '2023-Q2', '2023-06', '2023-12-31'] }));

export const idSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/))
  .check(z.meta({ description: 'Identifier: letters, digits, "_", "-", ".", ":"; starts with a letter or digit' }));

const exampleFlag = z.optional(z.boolean()).check(z.meta({ description: 'true when the figures are illustrative; widgets then show "Beispieldaten"' }));

/** After the official table symbols of German statistics (Zeichenerklärung). */
export const VALUE_STATUSES_WITHOUT_NUMBER = ['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable'] as const;
export const VALUE_STATUSES_WITH_NUMBER = ['provisional', 'revised', 'estimated'] as const;
export const valueStatusSchema = z.enum([...VALUE_STATUSES_WITHOUT_NUMBER, ...VALUE_STATUSES_WITH_NUMBER]).check(
  z.meta({
    description:
      'After the official table symbols: suppressed (".", geheim gehalten), missing (".", Zahlenwert unbekannt), pending ("…", Angabe fällt später an), not-applicable ("x", Aussage nicht sinnvoll), unreliable ("/", nicht sicher genug): value must be null. provisional ("p"), revised ("r"), estimated ("s"): value is a number. "–" (nichts vorhanden) is the number 0.',
  }),
);

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
export const municipalitySchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  ags: z.optional(z.string().check(z.regex(/^\d{8}$/))).check(z.meta({ description: '8-digit Amtlicher Gemeindeschlüssel' })),
  ars: z.optional(z.string().check(z.regex(/^\d{12}$/))).check(z.meta({ description: '12-digit Regionalschlüssel' })),
});

export const sourceSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ title: z.string().check(z.minLength(1)), url: z.optional(z.string()), license: z.optional(z.string()) }),
]);

export const metaSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  publisher: z.string().check(z.minLength(1)),
  license: z.string().check(z.minLength(1), z.meta({ description: 'Licence id, e.g. dl-de/by-2-0, dl-de/zero-2-0, CC-BY-4.0' })),
  licenseUrl: z.optional(z.string()),
  sources: z._default(z.array(sourceSchema), []),
  updated: z.optional(periodSchema),
  municipality: municipalitySchema,
  example: exampleFlag,
});

export const areaLevelSchema = z.strictObject({
  id: idSchema,
  label: z.string().check(z.minLength(1)),
  labelEn: z.optional(z.string()),
  geometry: z.union([featureCollectionSchema, z.string().check(z.minLength(1), z.meta({ description: 'URL of a GeoJSON FeatureCollection, relative to the document' }))]),
  idProperty: z._default(z.string().check(z.minLength(1)), 'id'),
  nameProperty: z._default(z.string().check(z.minLength(1)), 'name'),
  schematic: z.optional(z.boolean()).check(z.meta({ description: 'true when the polygons are approximate (e.g. derived), not official boundaries' })),
  source: z.optional(z.string()),
  example: exampleFlag,
});

/** Area ids come from the municipality's geometry (AGS, names, codes): any non-empty text. */
export const areaIdSchema = z.string().check(z.minLength(1), z.meta({ description: 'id of an area in the level geometry (its idProperty)' }));

export const indicatorValueSchema = z.strictObject({
  area: areaIdSchema,
  period: periodSchema,
  value: z.nullable(finiteNumber),
  status: z.optional(valueStatusSchema),
  note: z.optional(z.string()),
});

export const totalValueSchema = z.strictObject({
  period: periodSchema,
  value: z.nullable(finiteNumber),
  status: z.optional(valueStatusSchema),
  note: z.optional(z.string()),
});

export const noteSchema = z.strictObject({
  period: periodSchema,
  text: z.string().check(z.minLength(1)),
  textEn: z.optional(z.string()),
  seriesBreak: z.optional(z.boolean()).check(z.meta({ description: 'true when values before and after this period are not comparable' })),
});

export const indicatorSchema = z.strictObject({
  id: idSchema,
  label: z.string().check(z.minLength(1)),
  labelEn: z.optional(z.string()),
  unit: z._default(z.string(), '').check(z.meta({ description: 'Unit shown after the value: "%", "Personen", "Index", "€", …' })),
  decimals: z._default(z.int().check(z.minimum(0), z.maximum(6)), 0),
  polarity: z._default(z.enum(['negative', 'positive', 'neutral']), 'neutral').check(z.meta({ description: 'negative: higher is worse; positive: higher is better' })),
  level: idSchema.check(z.meta({ description: 'id of the area level the values refer to' })),
  description: z.optional(z.string()),
  source: z.optional(z.string()),
  license: z.optional(z.string()),
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
      title: 'quartier-widgets data contract, version 1',
      description: 'One document with the areas, indicators, housing monitor and funding programmes of one municipality.',
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
export type ValueStatus = z.output<typeof valueStatusSchema>;
export type AreaFeatureCollection = z.output<typeof featureCollectionSchema>;
export type AreaFeature = z.output<typeof featureSchema>;
export type Source = z.output<typeof sourceSchema>;
