export * from './schema.ts';
export * from './period.ts';
export { validateContract, validateContractText, formatPath, describeValue, featureId, type ContractError, type ValidationResult, type ValidateOptions } from './validate.ts';
export type { Lang } from './messages.ts';
export type { Housing } from './housing.schema.ts';
export type { Funding, Programme } from './funding.schema.ts';
