import DataLoader from 'dataloader';
import type { QualityService } from './quality.service.ts';
import type { CheckResult, Incident, IncidentState } from './quality.type.ts';

/** One loader per argument value: the argument goes into the one query each loader sends per level. */
function perArgument<Argument, Value>(create: (argument: Argument) => DataLoader<string, Value>): (argument: Argument) => DataLoader<string, Value> {
  const loaders = new Map<Argument, DataLoader<string, Value>>();
  return (argument) => {
    let loader = loaders.get(argument);
    if (!loader) loaders.set(argument, (loader = create(argument)));
    return loader;
  };
}

/** Per-request batch loaders of checks, results and incidents. */
export function createQualityLoaders(service: QualityService) {
  return {
    checksOf: new DataLoader((urns: readonly string[]) => service.checksOf(urns)),
    checkByUrn: new DataLoader((urns: readonly string[]) => service.checksByUrn(urns)),
    resultsOfCheck: perArgument((limit: number) => new DataLoader<string, CheckResult[]>((urns) => service.resultsOf(urns, limit))),
    incidentsOf: perArgument((state: IncidentState | null) => new DataLoader<string, Incident[]>((urns) => service.incidentsOf(urns, state))),
  };
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
