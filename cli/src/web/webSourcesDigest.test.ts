import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webSourcesDigest } from './webSourcesDigest.ts';

describe('webSourcesDigest', () => {
  let web: string;

  beforeEach(() => {
    web = mkdtempSync(join(tmpdir(), 'polder-web-digest-'));
    for (const dir of ['app/search', 'components', 'lib']) mkdirSync(join(web, dir), { recursive: true });
    writeFileSync(join(web, 'app/search/page.tsx'), 'export default function Page() {}');
    writeFileSync(join(web, 'components/SearchBox.tsx'), 'export function SearchBox() {}');
    writeFileSync(join(web, 'lib/format.ts'), 'export const format = 1;');
    writeFileSync(join(web, 'lib/format.test.ts'), "it('formats', () => {});");
    writeFileSync(join(web, 'package.json'), '{"name":"@polder/web"}');
  });
  afterEach(() => rmSync(web, { recursive: true, force: true }));

  it('stays the same when files are only touched, or a test changes', () => {
    const before = webSourcesDigest(web);
    utimesSync(join(web, 'components/SearchBox.tsx'), new Date(), new Date());
    writeFileSync(join(web, 'lib/format.test.ts'), "it('formats again', () => {});");
    expect(webSourcesDigest(web)).toBe(before);
  });

  it('changes when a source is edited, moved or added, or a config file appears', () => {
    const seen = new Set([webSourcesDigest(web)]);
    writeFileSync(join(web, 'lib/format.ts'), 'export const format = 2;');
    seen.add(webSourcesDigest(web));
    renameSync(join(web, 'lib/format.ts'), join(web, 'lib/formatting.ts'));
    seen.add(webSourcesDigest(web));
    writeFileSync(join(web, 'app/search/loading.tsx'), 'export default function Loading() {}');
    seen.add(webSourcesDigest(web));
    writeFileSync(join(web, 'next.config.ts'), 'export default {};');
    seen.add(webSourcesDigest(web));
    expect(seen.size).toBe(5);
  });
});
