/** Consistency rules for funding figures that the schema alone cannot express. */
import type { Report } from './validate.ts';

type Path = readonly PropertyKey[];

export function checkFunding(funding: unknown, path: Path, report: Report): void {
  if (typeof funding !== 'object' || funding === null) return;
  const programmes = (funding as { programmes?: unknown }).programmes;
  if (!Array.isArray(programmes)) return;
  const seen = new Map<string, number>();
  programmes.forEach((programme: unknown, index) => {
    if (typeof programme !== 'object' || programme === null) return;
    const id = (programme as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) report([...path, 'programmes', index, 'id'], 'duplicate-id', { found: id, first: `$.funding.programmes[${first}].id` });
    else seen.set(id, index);
  });
}
