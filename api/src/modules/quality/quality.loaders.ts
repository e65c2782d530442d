import DataLoader from 'dataloader';
import type { IncidentPage, QualityService } from './quality.service.ts';
import type { CheckResult, Incident } from './quality.type.ts';

/**
 * One loader per argument value: the argument goes into the one query each loader sends per level.
 * Values are told apart by `keyOf` (by identity unless given: an object argument wants a key of its parts).
 */
function perArgument<Argument, Value>(
  create: (argument: Argument) => DataLoader<string, Value>,
  keyOf: (argument: Argument) => unknown = (argument) => argument,
): (argument: Argument) => DataLoader<string, Value> {
  const loaders = new Map<unknown, DataLoader<string, Value>>();
  return (argument) => {
    const key = keyOf(argument);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(argument)));
    return loader;
  };
}

/** Per-request batch loaders of checks, results and incidents. */
export function createQualityLoaders(service: QualityService) {
  return {
    checksOf: new DataLoader((urns: readonly string[]) => service.checksOf(urns)),
    checkByUrn: new DataLoader((urns: readonly string[]) => service.checksByUrn(urns)),
    resultsOfCheck: perArgument((limit: number) => new DataLoader<string, CheckResult[]>((urns) => service.resultsOf(urns, limit))),
    incidentsOf: perArgument(
      (page: IncidentPage) => new DataLoader<string, Incident[]>((urns) => service.incidentsOf(urns, page)),
      ({ state, limit, offset }) => `${state} ${limit} ${offset}`,
    ),
  };
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
