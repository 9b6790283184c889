/**
 * The funding part of the contract: grant programmes (Förderprogramme) with their budget,
 * additional allocations, commitments, payments, returns, deadlines, applications and the
 * funded projects. Documented field by field in docs/contract-funding.md.
 *
 * Amounts are cumulative totals in the programme's currency:
 * - `committed` (bewilligt) counts every commitment made, including money later paid and returned;
 *   a commitment withdrawn before payment is no longer counted.
 * - `paid` (ausgezahlt) counts every payment made, including money later returned.
 * - `returned` (zurückgeflossen) is money paid out and paid back; it is available again.
 * So: still available = budget + additions − committed + returned (see figures.ts of the widget).
 *
 * `committed` and `paid` may be left out when they are not published: the widget then says
 * "keine Angabe" instead of showing a number it does not have.
 */
import { z } from './zod.ts';

/** Same rule as `idSchema` in schema.ts (which imports this module, so it cannot be imported here). */
const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/)
  .meta({ description: 'Identifier: letters, digits, "_", "-", ".", ":"; starts with a letter or digit' });

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * A calendar date. The pattern is published in the JSON Schema; at runtime funding.checks.ts
 * checks the form and the calendar (2024-02-30) with one message an editor understands.
 */
export const fundingDateSchema = z.string().meta({
  description: 'Calendar date YYYY-MM-DD (ISO 8601)',
  format: 'date',
  pattern: DATE_PATTERN,
  examples: ['2024-03-31'],
});

const amountSchema = z.number().min(0).meta({ description: 'Amount in the programme currency (e.g. euros; cents allowed), not negative' });
const countSchema = z.int().min(0);
const exampleFlag = z.boolean().optional().meta({ description: 'true when the figures are illustrative; widgets then show "Beispieldaten"' });

/** Parts of a programme that can be marked illustrative on their own (`exampleFields`). */
export const EXAMPLE_FIELDS = ['budget', 'additions', 'committed', 'paid', 'returned', 'applications', 'projects', 'deadlines'] as const;
export type ExampleField = (typeof EXAMPLE_FIELDS)[number];

/** Project status ids; the widget labels them (beantragt, bewilligt, ausgezahlt, abgeschlossen, zurückgezogen). */
export const PROJECT_STATUSES = ['applied', 'approved', 'paid', 'completed', 'withdrawn'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** Statuses whose amount is committed money (they count towards `committed` and the totals by area). */
export const FUNDED_STATUSES: readonly ProjectStatus[] = ['approved', 'paid', 'completed'];

/** Kinds of deadlines; the widget names them when the data gives no `label`. */
export const DEADLINE_KINDS = ['application', 'spending', 'proof', 'other'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const additionSchema = z.strictObject({
  amount: amountSchema.meta({ description: 'Additional allocation (Aufstockung, Nachtrag), added to the budget' }),
  date: fundingDateSchema.optional(),
  note: z.string().optional().meta({ description: 'What the addition is, e.g. "Nachtragshaushalt 2024"' }),
  noteEn: z.string().optional(),
});

export const deadlineSchema = z.strictObject({
  date: fundingDateSchema.meta({ description: 'Last day of the deadline, YYYY-MM-DD' }),
  kind: z
    .enum(DEADLINE_KINDS)
    .default('other')
    .meta({ description: 'application: Antragsfrist; spending: Mittelverwendung bis; proof: Verwendungsnachweis bis; other: give a label' }),
  label: z.string().min(1).optional().meta({ description: 'Name of the deadline; defaults to the name of its kind' }),
  labelEn: z.string().min(1).optional(),
});

export const applicationsSchema = z.strictObject({
  received: countSchema.meta({ description: 'Applications received (eingegangen)' }),
  approved: countSchema.optional().meta({ description: 'approved (bewilligt)' }),
  rejected: countSchema.optional().meta({ description: 'rejected (abgelehnt)' }),
  pending: countSchema.optional().meta({ description: 'still being decided (in Bearbeitung)' }),
  withdrawn: countSchema.optional().meta({ description: 'withdrawn by the applicant (zurückgezogen)' }),
});

export const projectSchema = z.strictObject({
  id: idSchema.optional(),
  name: z.string().min(1).meta({ description: 'Title of the project' }),
  nameEn: z.string().min(1).optional(),
  recipient: z.string().min(1).optional().meta({ description: 'Recipient (Zuwendungsempfänger), e.g. the association running the project' }),
  area: z.string().min(1).optional().meta({ description: 'Area id (any text, as in the geometry) in the area level named by `level` of the programme or the funding section' }),
  amount: amountSchema.meta({ description: 'Amount granted; for status "applied" the amount applied for' }),
  status: z
    .enum(PROJECT_STATUSES)
    .default('approved')
    .meta({ description: 'applied (beantragt), approved (bewilligt), paid (ausgezahlt), completed (abgeschlossen), withdrawn (zurückgezogen)' }),
  note: z.string().optional(),
});

export const fundingSourceSchema = z.union([
  z.string().min(1),
  z.strictObject({ title: z.string().min(1), url: z.string().optional(), license: z.string().optional() }),
]);

export const programmeSchema = z.strictObject({
  id: idSchema.meta({ description: 'Unique id; the widget attribute `programme` selects by it' }),
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  funder: z.string().optional().meta({ description: 'Who gives the money (Fördergeber), e.g. "Land NRW (MAGS)"' }),
  description: z.string().optional(),
  descriptionEn: z.string().optional(),
  note: z.string().optional().meta({ description: 'A remark shown with the figures, e.g. which figures are not published' }),
  noteEn: z.string().optional(),
  url: z.string().optional().meta({ description: 'Web page of the programme' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR')
    .meta({ description: 'ISO 4217 currency code' }),
  budget: amountSchema.meta({ description: 'Original budget (Fördervolumen, Zuweisung)' }),
  additions: z.array(additionSchema).default([]).meta({ description: 'Additional allocations; total funds = budget + the sum of the additions' }),
  committed: amountSchema.optional().meta({ description: 'Committed (bewilligt), cumulative; leave out when not published' }),
  paid: amountSchema.optional().meta({ description: 'Paid out (ausgezahlt), cumulative; leave out when not published' }),
  returned: amountSchema.default(0).meta({ description: 'Paid out and paid back (zurückgeflossen); available again' }),
  start: fundingDateSchema.optional().meta({ description: 'First day of the programme period' }),
  end: fundingDateSchema.optional().meta({ description: 'Last day of the programme period' }),
  deadline: fundingDateSchema.optional().meta({ description: 'One main deadline (shown as "Frist"); use `deadlines` for named ones' }),
  deadlines: z.array(deadlineSchema).default([]),
  applications: applicationsSchema.optional(),
  level: idSchema.optional().meta({ description: 'Area level of the project areas; overrides `level` of the funding section' }),
  projects: z.array(projectSchema).default([]),
  source: fundingSourceSchema.optional(),
  example: exampleFlag,
  exampleFields: z
    .array(z.enum(EXAMPLE_FIELDS))
    .default([])
    .meta({ description: 'Parts that are illustrative while the rest is real, e.g. ["committed", "paid", "projects"]' }),
});

// Strict objects, as in schema.ts: a misspelt field ("comitted") is reported, not silently ignored.
export const fundingSchema = z.strictObject({
  level: idSchema.optional().meta({ description: 'Area level of the project areas of every programme (unless a programme names its own)' }),
  source: fundingSourceSchema.optional(),
  example: exampleFlag,
  programmes: z.array(programmeSchema).default([]),
});

export type Funding = z.output<typeof fundingSchema>;
export type Programme = z.output<typeof programmeSchema>;
export type Project = z.output<typeof projectSchema>;
export type Addition = z.output<typeof additionSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
export type Applications = z.output<typeof applicationsSchema>;
export type FundingSource = z.output<typeof fundingSourceSchema>;
