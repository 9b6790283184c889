/** Consistency rules for the housing monitor that the schema alone cannot express. */
import type { Report } from './validate.ts';

type Path = readonly PropertyKey[];

export function checkHousing(_housing: unknown, _path: Path, _report: Report): void {}
