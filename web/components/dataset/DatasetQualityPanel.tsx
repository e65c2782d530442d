import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import type { ApiResult, DatasetQuality } from '@/lib/api';
import type { TrustSectionIds } from '@/lib/trust/evidenceHref';

import { QualitySection } from './QualitySection';
import { TrustSection } from './TrustSection';

/** The parts of the dataset page (DatasetHeader, DatasetGovernance, the page) trust evidence leads to. */
const DATASET_PAGE_SECTIONS: TrustSectionIds = { description: 'description', columns: 'columns', owners: 'owners', certification: 'certification', lineage: 'lineage' };

/**
 * The trust and quality sections, streamed in: the page asks for them at the
 * same time as the dataset (`quality` is already on its way) and shows the
 * rest without waiting for them.
 */
export async function DatasetQualityPanel({ quality }: { quality: Promise<ApiResult<DatasetQuality | null>> }) {
  const result = await quality;
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  if (!result.data) return null;
  return (
    <>
      <TrustSection trust={result.data.trust} sections={DATASET_PAGE_SECTIONS} />
      <QualitySection checks={result.data.qualityChecks} incidents={result.data.incidents} />
    </>
  );
}
