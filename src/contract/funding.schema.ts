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
import './zod.ts';
import * as z from 'zod/mini';
import { CURRENCY_PATTERN_SOURCE, cappedText, idSchema, urlSchema } from './primitives.ts';
import { PROJECT_STATUSES } from './statuses.ts';

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * A calendar date. The pattern is published in the JSON Schema; at runtime funding.checks.ts
 * checks the form and the calendar (2024-02-30) with one message an editor understands.
 */
export const fundingDateSchema = z.string().check(
  z.meta({
    description: 'Calendar date YYYY-MM-DD (ISO 8601)',
    format: 'date',
    pattern: DATE_PATTERN,
    examples: ['2024-03-31'],
  }),
);

const amountSchema = z.number().check(z.minimum(0), z.meta({ description: 'Amount in the programme currency (e.g. euros; cents allowed), not negative' }));
const countSchema = z.int().check(z.minimum(0));
const exampleFlag = z.optional(z.boolean()).check(z.meta({ description: 'true when the figures are illustrative; widgets then show "Beispieldaten"' }));

/** Parts of a programme that can be marked illustrative on their own (`exampleFields`). */
export const EXAMPLE_FIELDS = ['budget', 'additions', 'committed', 'paid', 'returned', 'applications', 'projects', 'deadlines'] as const;
export type ExampleField = (typeof EXAMPLE_FIELDS)[number];

export { PROJECT_STATUSES, FUNDED_STATUSES, type ProjectStatus } from './statuses.ts';

/** Kinds of deadlines; the widget names them when the data gives no `label`. */
export const DEADLINE_KINDS = ['application', 'spending', 'proof', 'other'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const additionSchema = z.strictObject({
  amount: amountSchema.check(z.meta({ description: 'Additional allocation (Aufstockung, Nachtrag), added to the budget' })),
  date: z.optional(fundingDateSchema),
  note: z.optional(cappedText('note')).check(z.meta({ description: 'What the addition is, e.g. "Nachtragshaushalt 2024"' })),
  noteEn: z.optional(cappedText('note')),
});

export const deadlineSchema = z.strictObject({
  date: fundingDateSchema.check(z.meta({ description: 'Last day of the deadline, YYYY-MM-DD' })),
  kind: z
    ._default(z.enum(DEADLINE_KINDS), 'other')
    .check(z.meta({ description: 'application: Antragsfrist; spending: Mittelverwendung bis; proof: Verwendungsnachweis bis; other: give a label' })),
  label: z.optional(cappedText('label', { required: true })).check(z.meta({ description: 'Name of the deadline; defaults to the name of its kind' })),
  labelEn: z.optional(cappedText('label', { required: true })),
});

export const applicationsSchema = z.strictObject({
  received: countSchema.check(z.meta({ description: 'Applications received (eingegangen)' })),
  approved: z.optional(countSchema).check(z.meta({ description: 'approved (bewilligt)' })),
  rejected: z.optional(countSchema).check(z.meta({ description: 'rejected (abgelehnt)' })),
  pending: z.optional(countSchema).check(z.meta({ description: 'still being decided (in Bearbeitung)' })),
  withdrawn: z.optional(countSchema).check(z.meta({ description: 'withdrawn by the applicant (zurückgezogen)' })),
});

export const projectSchema = z.strictObject({
  id: z.optional(idSchema),
  name: cappedText('name', { required: true }).check(z.meta({ description: 'Title of the project' })),
  nameEn: z.optional(cappedText('name', { required: true })),
  recipient: z.optional(cappedText('name', { required: true })).check(z.meta({ description: 'Recipient (Zuwendungsempfänger), e.g. the association running the project' })),
  area: z
    .optional(z.string().check(z.minLength(1)))
    .check(z.meta({ description: 'Area id (any text, as in the geometry) in the area level named by `level` of the programme or the funding section' })),
  amount: amountSchema.check(z.meta({ description: 'Amount granted; for status "applied" the amount applied for' })),
  status: z
    ._default(z.enum(PROJECT_STATUSES), 'approved')
    .check(z.meta({ description: 'applied (beantragt), approved (bewilligt), paid (ausgezahlt), completed (abgeschlossen), withdrawn (zurückgezogen)' })),
  note: z.optional(cappedText('note')),
});

export const fundingSourceSchema = z.union([
  cappedText('source', { required: true }),
  z.strictObject({ title: cappedText('source', { required: true }), url: z.optional(urlSchema), license: z.optional(cappedText('label')) }),
]);

export const programmeSchema = z.strictObject({
  id: idSchema.check(z.meta({ description: 'Unique id; the widget attribute `programme` selects by it' })),
  name: cappedText('name', { required: true }),
  nameEn: z.optional(cappedText('name', { required: true })),
  funder: z.optional(cappedText('name')).check(z.meta({ description: 'Who gives the money (Fördergeber), e.g. "Land NRW (MAGS)"' })),
  description: z.optional(cappedText('description')),
  descriptionEn: z.optional(cappedText('description')),
  note: z.optional(cappedText('note')).check(z.meta({ description: 'A remark shown with the figures, e.g. which figures are not published' })),
  noteEn: z.optional(cappedText('note')),
  url: z.optional(urlSchema).check(z.meta({ description: 'Web page of the programme (https:, http: or relative)' })),
  currency: z._default(z.string().check(z.regex(new RegExp(CURRENCY_PATTERN_SOURCE))), 'EUR').check(z.meta({ description: 'ISO 4217 currency code' })),
  budget: amountSchema.check(z.meta({ description: 'Original budget (Fördervolumen, Zuweisung)' })),
  additions: z._default(z.array(additionSchema), []).check(z.meta({ description: 'Additional allocations; total funds = budget + the sum of the additions' })),
  committed: z.optional(amountSchema).check(z.meta({ description: 'Committed (bewilligt), cumulative; leave out when not published' })),
  paid: z.optional(amountSchema).check(z.meta({ description: 'Paid out (ausgezahlt), cumulative; leave out when not published' })),
  returned: z._default(amountSchema, 0).check(z.meta({ description: 'Paid out and paid back (zurückgeflossen); available again' })),
  start: z.optional(fundingDateSchema).check(z.meta({ description: 'First day of the programme period' })),
  end: z.optional(fundingDateSchema).check(z.meta({ description: 'Last day of the programme period' })),
  deadline: z.optional(fundingDateSchema).check(z.meta({ description: 'One main deadline (shown as "Frist"); use `deadlines` for named ones' })),
  deadlines: z._default(z.array(deadlineSchema), []),
  applications: z.optional(applicationsSchema),
  level: z.optional(idSchema).check(z.meta({ description: 'Area level of the project areas; overrides `level` of the funding section' })),
  projects: z._default(z.array(projectSchema), []),
  source: z.optional(fundingSourceSchema),
  example: exampleFlag,
  exampleFields: z
    ._default(z.array(z.enum(EXAMPLE_FIELDS)), [])
    .check(z.meta({ description: 'Parts that are illustrative while the rest is real, e.g. ["committed", "paid", "projects"]' })),
});

// Strict objects, as in schema.ts: a misspelt field ("comitted") is reported, not silently ignored.
export const fundingSchema = z.strictObject({
  level: z.optional(idSchema).check(z.meta({ description: 'Area level of the project areas of every programme (unless a programme names its own)' })),
  source: z.optional(fundingSourceSchema),
  example: exampleFlag,
  programmes: z._default(z.array(programmeSchema), []),
});

export type Funding = z.output<typeof fundingSchema>;
export type Programme = z.output<typeof programmeSchema>;
export type Project = z.output<typeof projectSchema>;
export type Addition = z.output<typeof additionSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
export type Applications = z.output<typeof applicationsSchema>;
export type FundingSource = z.output<typeof fundingSourceSchema>;
