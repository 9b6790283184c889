/** The housing monitor part of the contract (publicly subsidised housing). */
import * as z from 'zod';
import { PERIOD_REGEX_SOURCE } from './period.ts';

const period = z.string().regex(new RegExp(PERIOD_REGEX_SOURCE));
const count = z.number().min(0);

export const housingSchema = z.object({
  unit: z.string().default('WE').meta({ description: 'unit of the counts, e.g. "WE" (Wohneinheiten)' }),
  source: z.string().optional(),
  example: z.boolean().optional(),
  stock: z.array(z.object({ period, value: count, share: z.number().min(0).max(100).optional() })).default([]),
  need: z.array(z.object({ period, value: count, kind: z.string().optional(), label: z.string().optional() })).default([]),
  expiring: z.array(z.object({ period, value: count })).default([]),
  byArea: z.array(z.object({ area: z.string(), period, value: count, share: z.number().optional() })).default([]),
  reference: z.object({ label: z.string().optional(), share: z.number().optional(), period: period.optional() }).optional(),
});

export type Housing = z.output<typeof housingSchema>;
