/** A hand-made funding document for the tracker's unit tests; every figure can be worked out by hand. */
import { validateContract } from '../../contract/validate.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { miniContract } from '../../test-support/fixtures.ts';

/** Two programmes on the test level `bezirk` (Nord, Mitte, Süd, Ost); `changes` go into the funding section. */
export function fundingDocument(changes: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): ContractDocument {
  const base = miniContract();
  const result = validateContract({
    ...base,
    meta: { ...base.meta, ...meta },
    funding: {
      level: 'bezirk',
      programmes: [
        {
          id: 'quartiersfonds',
          name: 'Quartiersfonds',
          nameEn: 'Neighbourhood fund',
          funder: 'Stadt Teststadt',
          budget: 100000,
          additions: [
            { amount: 20000, date: '2024-05-15', note: 'Nachtrag', noteEn: 'Supplement' },
            { amount: 5000, date: '2024-09-01' },
          ],
          committed: 110000,
          paid: 80000,
          returned: 6000,
          start: '2024-01-01',
          end: '2024-12-31',
          deadlines: [
            { date: '2024-03-31', kind: 'application' },
            { date: '2024-12-31', kind: 'spending', label: 'Mittel ausgeben bis', labelEn: 'Spend by' },
          ],
          applications: { received: 12, approved: 4, rejected: 5, pending: 2 },
          projects: [
            { id: 'p1', name: 'Hausaufgabenhilfe', recipient: 'Verein Anker', area: 'nord', amount: 40000, status: 'paid' },
            { id: 'p2', name: 'Seniorentreff', nameEn: 'Senior meeting point', recipient: 'Caritas', area: 'mitte', amount: 30000, status: 'approved' },
            { id: 'p3', name: 'Sprachcafé', area: 'nord', amount: 19999.5, status: 'completed' },
            { id: 'p4', name: 'Stadtteilfest', recipient: 'Verein Anker', area: 'sued', amount: 20000, status: 'approved' },
            { id: 'p5', name: 'Repair-Café', recipient: 'Zukunft e. V.', area: 'ost', amount: 9000, status: 'applied' },
          ],
        },
        { id: 'landesmittel', name: 'Landesprogramm', funder: 'Land NRW', budget: 50000, deadline: '2024-03-31', example: true, projects: [] },
      ],
      ...changes,
    },
  });
  if (!result.valid) throw new Error(`fundingDocument is invalid: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return result.document;
}
