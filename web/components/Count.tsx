import { formatCount } from '@/lib/format/formatCount';

interface CountProps {
  value: number;
  /** The counted thing, singular and plural; read by screen readers, not shown. */
  one: string;
  other: string;
}

/** A small count pill after a heading. */
export function Count({ value, one, other }: CountProps) {
  return (
    <span className="count">
      {formatCount(value)}
      <span className="visually-hidden"> {value === 1 ? one : other}</span>
    </span>
  );
}
