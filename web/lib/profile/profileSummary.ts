import type { ColumnProfileFields } from '@/lib/api';

/** What a dataset's column profiles share: when (the newest), how many rows, and whether a sample. Null when none is profiled. */
export interface ProfileSummary {
  profiledAt: string;
  rowCount: number;
  sampled: boolean;
}

export function profileSummary(profiles: ReadonlyArray<ColumnProfileFields | null>): ProfileSummary | null {
  let newest: ColumnProfileFields | null = null;
  for (const profile of profiles) {
    if (profile && (newest === null || profile.profiledAt > newest.profiledAt)) newest = profile;
  }
  return newest && { profiledAt: newest.profiledAt, rowCount: newest.rowCount, sampled: newest.sampled };
}
