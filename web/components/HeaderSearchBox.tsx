'use client';

import { usePathname } from 'next/navigation';

import { SearchBox } from './SearchBox';

/**
 * The pages with a large search box of their own. A second one in the header there would be two search
 * landmarks of one name for a screen reader, a `/` shortcut claimed twice, and (on the search page) a
 * box that drops the filters the page's own box keeps.
 */
const PAGES_WITH_A_SEARCH_BOX = new Set(['/', '/search']);

/**
 * The header's compact search box, on every other page, so a reader can search from wherever they are.
 * The header is drawn once with the root layout and kept across in-app navigations: the path is read from
 * the router, so the box comes and goes as the page changes.
 */
export function HeaderSearchBox() {
  const pathname = usePathname();
  if (PAGES_WITH_A_SEARCH_BOX.has(pathname)) return null;
  return (
    <div className="site-header__search">
      <SearchBox compact />
    </div>
  );
}
