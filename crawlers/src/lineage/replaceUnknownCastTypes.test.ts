import { describe, expect, it } from 'vitest';
import { replaceUnknownCastTypes } from './replaceUnknownCastTypes.ts';

describe('replaceUnknownCastTypes', () => {
  it('replaces the types the grammar does not know by text, padded to their length', () => {
    expect(replaceUnknownCastTypes("select 'a'::rental_status, x::billing.invoice_status, '{}'::\"Tag\"[], y::pg_catalog.name(3)", 'postgresql')).toBe(
      "select 'a'::text         , x::text                  , '{}'::text [], y::text              ",
    );
  });

  it('replaces the type of CAST(... AS type), past the AS of a nested call', () => {
    expect(replaceUnknownCastTypes('select cast(f(a, b as c) as app.note), CAST(x AS integer)', 'postgresql')).toBe(
      'select cast(f(a, b as c) as text    ), CAST(x AS integer)',
    );
  });

  it('keeps the types the grammar knows, multi-word ones included', () => {
    const sql = 'select x::time with time zone, y::double precision, z::character varying(20), w::numeric(10,2), v::national character varying(3), u::text[]';
    expect(replaceUnknownCastTypes(sql, 'postgresql')).toBe(sql);
  });

  it('leaves :: and CAST inside strings, quoted names, dollar-quoted strings and comments alone', () => {
    const sql = "select '::x', \"a::b\", $$ ::foo $$, $q$cast(a as b)$q$, E'\\'::bar' -- ::baz\n /* ::q /* nested */ ::r */ from t";
    expect(replaceUnknownCastTypes(sql, 'postgresql')).toBe(sql);
  });

  it('makes a type shorter than text longer, the only case that moves the columns after it', () => {
    expect(replaceUnknownCastTypes('select x::xml', 'postgresql')).toBe('select x::text');
  });
});
