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
  if (!result.data) return null;
  return <ProfileSection profile={result.data} />;
}
