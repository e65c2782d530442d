import { describeSearchParamCuts } from '@/lib/search/describeSearchParamCuts';
import type { SearchParamCuts } from '@/lib/search/parseSearchParams';

/** Says what of the URL's search was cut to fit the API's limits (parseSearchParams); nothing when none was. */
export function SearchParamCutNotice({ cuts }: { cuts: SearchParamCuts | undefined }) {
  if (!cuts) return null;
  return (
    <p className="notice" role="note">
      {describeSearchParamCuts(cuts).join(' ')}
    </p>
  );
}
