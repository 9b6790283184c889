/**
 * The data contract, version 1: the single source of the TypeScript types (`z.infer`),
 * the runtime validation (`validate.ts`) and the published JSON Schema (`scripts/build-schema.mjs`).
 */
import { z } from './zod.ts';
import { PERIOD_REGEX_SOURCE } from './period.ts';
import { housingSchema } from './housing.schema.ts';
import { fundingSchema } from './funding.schema.ts';


export const periodSchema = z
  .string()
  .regex(new RegExp(PERIOD_REGEX_SOURCE))
  .meta({ description: 'ISO 8601 period: 2023, 2023-H1, 2023-Q2, 2023-06 or 2023-12-31', examples: ['2023', '2023-Q2', '2023-06', '2023-12-31'] });

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/)
  .meta({ description: 'Identifier: letters, digits, "_", "-", ".", ":"; starts with a letter or digit' });

const exampleFlag = z.boolean().optional().meta({ description: 'true when the figures are illustrative; widgets then show "Beispieldaten"' });

/** After the official table symbols of German statistics (Zeichenerklärung). */
export const VALUE_STATUSES_WITHOUT_NUMBER = ['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable'] as const;
export const VALUE_STATUSES_WITH_NUMBER = ['provisional', 'revised', 'estimated'] as const;
export const valueStatusSchema = z
  .enum([...VALUE_STATUSES_WITHOUT_NUMBER, ...VALUE_STATUSES_WITH_NUMBER])
  .meta({
    description:
      'After the official table symbols: suppressed (".", geheim gehalten), missing (".", Zahlenwert unbekannt), pending ("…", Angabe fällt später an), not-applicable ("x", Aussage nicht sinnvoll), unreliable ("/", nicht sicher genug): value must be null. provisional ("p"), revised ("r"), estimated ("s"): value is a number. "–" (nichts vorhanden) is the number 0.',
  });

const finiteNumber = z.number();

// ---------------------------------------------------------------- geometry (RFC 7946)
const positionSchema = z.tuple([finiteNumber, finiteNumber], finiteNumber).meta({ description: '[longitude, latitude] in WGS84' });
const linearRingSchema = z.array(positionSchema).min(4);
const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(linearRingSchema).min(1), bbox: z.array(finiteNumber).optional() });
const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRingSchema).min(1)).min(1),
  bbox: z.array(finiteNumber).optional(),
});
export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);
export const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: areaGeometrySchema,
  bbox: z.array(finiteNumber).optional(),
});
export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
  bbox: z.array(finiteNumber).optional(),
});

// ---------------------------------------------------------------- document parts
export const municipalitySchema = z.strictObject({
  name: z.string().min(1),
  ags: z.string().regex(/^\d{8}$/).optional().meta({ description: '8-digit Amtlicher Gemeindeschlüssel' }),
  ars: z.string().regex(/^\d{12}$/).optional().meta({ description: '12-digit Regionalschlüssel' }),
});

export const sourceSchema = z.union([
  z.string().min(1),
  z.strictObject({ title: z.string().min(1), url: z.string().optional(), license: z.string().optional() }),
]);

export const metaSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().optional(),
  publisher: z.string().min(1),
  license: z.string().min(1).meta({ description: 'Licence id, e.g. dl-de/by-2-0, dl-de/zero-2-0, CC-BY-4.0' }),
  licenseUrl: z.string().optional(),
  sources: z.array(sourceSchema).default([]),
  updated: periodSchema.optional(),
  municipality: municipalitySchema,
  example: exampleFlag,
});

export const areaLevelSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  labelEn: z.string().optional(),
  geometry: z.union([featureCollectionSchema, z.string().min(1).meta({ description: 'URL of a GeoJSON FeatureCollection, relative to the document' })]),
  idProperty: z.string().min(1).default('id'),
  nameProperty: z.string().min(1).default('name'),
  schematic: z.boolean().optional().meta({ description: 'true when the polygons are approximate (e.g. derived), not official boundaries' }),
  source: z.string().optional(),
  example: exampleFlag,
});

/** Area ids come from the municipality's geometry (AGS, names, codes): any non-empty text. */
export const areaIdSchema = z.string().min(1).meta({ description: 'id of an area in the level geometry (its idProperty)' });

export const indicatorValueSchema = z.strictObject({
  area: areaIdSchema,
  period: periodSchema,
  value: finiteNumber.nullable(),
  status: valueStatusSchema.optional(),
  note: z.string().optional(),
});

export const totalValueSchema = z.strictObject({
  period: periodSchema,
  value: finiteNumber.nullable(),
  status: valueStatusSchema.optional(),
  note: z.string().optional(),
});

export const noteSchema = z.strictObject({
  period: periodSchema,
  text: z.string().min(1),
  textEn: z.string().optional(),
  seriesBreak: z.boolean().optional().meta({ description: 'true when values before and after this period are not comparable' }),
});

export const indicatorSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  labelEn: z.string().optional(),
  unit: z.string().default('').meta({ description: 'Unit shown after the value: "%", "Personen", "Index", "€", …' }),
  decimals: z.int().min(0).max(6).default(0),
  polarity: z.enum(['negative', 'positive', 'neutral']).default('neutral').meta({ description: 'negative: higher is worse; positive: higher is better' }),
  level: idSchema.meta({ description: 'id of the area level the values refer to' }),
  description: z.string().optional(),
  source: z.string().optional(),
  license: z.string().optional(),
  target: finiteNumber.optional().meta({ description: 'target value, drawn as a reference line' }),
  example: exampleFlag,
  values: z.array(indicatorValueSchema),
  total: z.array(totalValueSchema).default([]),
  notes: z.array(noteSchema).default([]),
});

// Strict objects: a misspelt field ("staus") is reported, not silently ignored.
export const contractSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    meta: metaSchema,
    areaLevels: z.array(areaLevelSchema).default([]),
    indicators: z.array(indicatorSchema).default([]),
    housing: housingSchema.optional(),
    funding: fundingSchema.optional(),
  })
  .meta({
    title: 'quartier-widgets data contract, version 1',
    description: 'One document with the areas, indicators, housing monitor and funding programmes of one municipality.',
  });

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
