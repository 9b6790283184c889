/** The funding part of the contract (grant programmes). */
import * as z from 'zod';
import { PERIOD_REGEX_SOURCE } from './period.ts';

const date = z.string().regex(new RegExp(PERIOD_REGEX_SOURCE));
const amount = z.number().min(0);

export const programmeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  funder: z.string().optional(),
  currency: z.string().default('EUR'),
  budget: amount,
  committed: amount.default(0),
  paid: amount.default(0),
  returned: amount.default(0),
  start: date.optional(),
  end: date.optional(),
  deadline: date.optional(),
  source: z.string().optional(),
  example: z.boolean().optional(),
  projects: z.array(z.object({ id: z.string().optional(), name: z.string(), area: z.string().optional(), amount: amount.optional() })).default([]),
});

export const fundingSchema = z.object({
  source: z.string().optional(),
  example: z.boolean().optional(),
  programmes: z.array(programmeSchema).default([]),
});

export type Funding = z.output<typeof fundingSchema>;
export type Programme = z.output<typeof programmeSchema>;
