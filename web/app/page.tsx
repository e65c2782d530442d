import { SearchBox } from '@/components/SearchBox';

export default function HomePage() {
  return (
    <section className="home">
      <h1>Find data across the mesh</h1>
      <p className="lede">
        Search every domain’s datasets by name, description or column, then follow their lineage upstream and
        downstream.
      </p>
      <SearchBox />
    </section>
  );
}
