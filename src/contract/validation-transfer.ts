/**
 * A validation result sent from the validation worker to the page without the areas' shapes:
 * the page parsed the same text itself, so the features are left out of the message (copying
 * 10,997 municipalities between threads would cost as much as the validation saved) and put
 * back from the page's own copy.
 */
import type { ContractDocument } from './schema.ts';
import type { ValidationResult } from './validate.ts';
import { plainFeatureCopy } from './plain-feature.ts';

export interface TransferredValidation {
  readonly result: ValidationResult;
  /** Indexes of the area levels whose features were left out of `result.document`. */
  readonly levelsWithoutFeatures: readonly number[];
}

type Level = ContractDocument['areaLevels'][number];
type Collection = Exclude<Level['geometry'], string>;

const collectionOf = (level: Level): Collection | undefined => (typeof level.geometry === 'object' && level.geometry.features.length > 0 ? level.geometry : undefined);

/** The result with every area level's features left out (worker side). */
export function withoutFeatures(result: ValidationResult): TransferredValidation {
  const document = result.document;
  if (!document) return { result, levelsWithoutFeatures: [] };
  const levelsWithoutFeatures: number[] = [];
  const areaLevels = document.areaLevels.map((level, index) => {
    const collection = collectionOf(level);
    if (!collection) return level;
    levelsWithoutFeatures.push(index);
    return { ...level, geometry: { ...collection, features: [] } };
  });
  return { result: { ...result, document: { ...document, areaLevels } } as ValidationResult, levelsWithoutFeatures };
}

/**
 * The result with the features put back from `raw`, the page's own parse of the text the worker
 * validated (page side). The features go through the same copy validation makes of them.
 */
export function withFeaturesFrom(transferred: TransferredValidation, raw: unknown): ValidationResult {
  const { result, levelsWithoutFeatures } = transferred;
  const document = result.document;
  if (!document || levelsWithoutFeatures.length === 0) return result;
  const rawLevels = (raw as { areaLevels: { geometry: { features: Record<string, unknown>[] } }[] }).areaLevels;
  const areaLevels = document.areaLevels.map((level, index) => {
    if (!levelsWithoutFeatures.includes(index)) return level;
    const features = rawLevels[index]!.geometry.features.map(plainFeatureCopy);
    return { ...level, geometry: { ...(level.geometry as Collection), features } } as Level;
  });
  return { ...result, document: { ...document, areaLevels } } as ValidationResult;
}
