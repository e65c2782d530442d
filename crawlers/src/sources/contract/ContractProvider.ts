import type { SourceConfigOf } from '@polder/runtime';
import type { SourceProvider, SourceRead } from '../SourceProvider.ts';
import { extractContractFiles } from './extract.ts';
import { mapContracts } from './map.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';
import { parseContracts } from './parseContracts.ts';

/**
 * Crawls data contracts (Open Data Contract Standard v3 YAML) from a file or a
 * directory. Every contract is validated before anything is mapped: one invalid
 * contract fails the run with every violation listed (ContractError), and the
 * graph keeps what the last good run wrote.
 */
export class ContractProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'contract'>): ContractProvider {
    return new ContractProvider(source);
  }

  readonly name: string;

  private constructor(private readonly source: SourceConfigOf<'contract'>) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    const files = await extractContractFiles(this.source.path);
    const contracts = parseContracts(files);
    const snapshot = mapContracts(contracts, { sourceId: this.source.id, domainId: this.source.domain });
    // An empty directory removes every product the source had: say so, in case the directory is not the one meant.
    if (files.length === 0) snapshot.warnings.push({ where: this.name, message: `${this.source.path} holds no *.odcs.yaml or *.odcs.yml file` });
    const mapped = (label: string) => snapshot.nodes.filter((node) => node.label === label).length;
    return {
      snapshot,
      stats: { contracts: contracts.length, datasets: mapped('Dataset'), fields: mapped('Field'), qualityChecks: mapped('QualityCheck') },
    };
  }
}
