import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import type { ApiResult, DatasetProfile } from '@/lib/api';

import { ProfileSection } from './ProfileSection';

/**
 * The column profiles, streamed in: the page asks for them at the same time as
 * the dataset (`profile` is already on its way) and shows the rest without
 * waiting for them.
 */
export async function DatasetProfilePanel({ profile }: { profile: Promise<ApiResult<DatasetProfile | null>> }) {
  const result = await profile;
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  // No columns (on this page of them, or at all): nothing to profile, nor to say "not profiled yet" about.
  if (!result.data || result.data.fields.length === 0) return null;
  return <ProfileSection profile={result.data} />;
}
