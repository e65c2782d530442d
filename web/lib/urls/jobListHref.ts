import { jobHref } from './jobHref';
import { offsetParam } from './offsetParam';

/** The lists of a job page read a page at a time; each one's offset is a URL parameter named after it (`?inputs=100`), and its element has the name as id. */
export type JobList = 'inputs' | 'outputs';

/** Where each list of a job page starts, leniently read (offsetParam). */
export function jobListOffsets(query: Record<string, string | string[] | undefined>): Record<JobList, number> {
  return { inputs: offsetParam(query.inputs), outputs: offsetParam(query.outputs) };
}

/** The job page showing `list` from its `from`-th dataset, scrolled to it; the other list's offset kept. */
export function jobListHref(urn: string, offsets: Record<JobList, number>, list: JobList, from: number): string {
  const params = new URLSearchParams();
  for (const name of ['inputs', 'outputs'] as const) {
    const offset = name === list ? from : offsets[name];
    if (offset > 0) params.set(name, String(offset));
  }
  const search = params.toString();
  return `${jobHref(urn)}${search ? `?${search}` : ''}#${list}`;
}
