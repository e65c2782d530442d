import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { IncidentPage, QualityService } from './quality.service.ts';
import type { CheckResult, Incident, IncidentState } from './quality.type.ts';

/** Per-request batch loaders of checks, results and incidents. */
export function createQualityLoaders(service: QualityService) {
  return {
    checksOf: new DataLoader((urns: readonly string[]) => service.checksOf(urns)),
    checkByUrn: new DataLoader((urns: readonly string[]) => service.checksByUrn(urns)),
    resultsOfCheck: loaderPerArgument((limit: number) => new DataLoader<string, CheckResult[]>((urns) => service.resultsOf(urns, limit))),
    incidentsOf: loaderPerArgument(
      (page: IncidentPage) => new DataLoader<string, Incident[]>((urns) => service.incidentsOf(urns, page)),
      ({ state, limit, offset }) => `${state} ${limit} ${offset}`,
    ),
    incidentCountOf: loaderPerArgument((state: IncidentState | null) => new DataLoader<string, number>((urns) => service.incidentCounts(urns, state))),
  };
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
