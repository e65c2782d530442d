/**
 * A contract's SLA (`slaProperties`) as data product properties. Each entry
 * becomes `sla.<property>.*`, and `sla.<property>.<driver>.*` when it names a
 * driver, which is how ODCS tells two promises of one property apart:
 *
 *   - { property: latency, value: 4, unit: d, element: tab1.txn_ref_dt }
 *   - { property: timeOfAvailability, value: 09:00-08:00, driver: regulatory }
 *   → { 'sla.latency.value': 4, 'sla.latency.unit': 'd', 'sla.latency.element': 'tab1.txn_ref_dt',
 *       'sla.timeOfAvailability.regulatory.value': '09:00-08:00',
 *       freshnessSloSeconds: 345600, freshnessSloElement: 'tab1.txn_ref_dt' }
 *
 * `latency` is what ODCS calls freshness: how old the data may be when it is
 * read. It is also given in seconds, `freshnessSloSeconds`, so that the trust
 * score can compare it with a dataset's age without knowing ODCS's units; with
 * several latencies (one per driver), the strictest. A unit Polder does not
 * read (`m`: minutes or months?) leaves it out, with a warning.
 */
import type { CrawlWarning, PropertyMap } from '@polder/graph-schema';
import { flattenMeta } from '../dbt/flattenMeta.ts';
import type { OdcsContract, OdcsSlaProperty } from './OdcsContract.ts';

const SECONDS_PER_UNIT: Record<string, number> = {
  ...unit(1, 's', 'sec', 'secs', 'second', 'seconds'),
  ...unit(60, 'min', 'mins', 'minute', 'minutes'),
  ...unit(3_600, 'h', 'hr', 'hrs', 'hour', 'hours'),
  ...unit(86_400, 'd', 'day', 'days'),
  ...unit(604_800, 'w', 'wk', 'week', 'weeks'),
  // A year of 365 days: an SLO in years is a retention, never precise to the day.
  ...unit(31_536_000, 'y', 'yr', 'yrs', 'year', 'years'),
};

const FRESHNESS = 'latency';

export function slaProperties(contract: OdcsContract, where: (pointer: string) => string): { properties: PropertyMap; warnings: CrawlWarning[] } {
  const warnings: CrawlWarning[] = [];
  const entries: Record<string, Omit<OdcsSlaProperty, 'property' | 'driver'>> = {};
  const firstAt = new Map<string, number>();
  let freshness: { seconds: number; element: string | null } | undefined;

  (contract.slaProperties ?? []).forEach((entry, index) => {
    const { property, driver, ...promise } = entry;
    const key = driver === undefined ? property : `${property}.${driver}`;
    const earlier = firstAt.get(key);
    if (earlier !== undefined) {
      warnings.push({ where: where(`/slaProperties/${index}`), message: `SLA "${key}" is also at /slaProperties/${earlier}: the first is kept` });
      return;
    }
    firstAt.set(key, index);
    entries[key] = promise;

    if (property !== FRESHNESS) return;
    const seconds = durationSeconds(entry);
    if (seconds === undefined) {
      warnings.push({
        where: where(`/slaProperties/${index}`),
        message: `latency ${JSON.stringify(entry.value)} ${entry.unit ?? '(no unit)'} is not a duration Polder reads (a number ≥ 0 in s, min, h, d, w or y): no freshnessSloSeconds`,
      });
    } else if (!freshness || seconds < freshness.seconds) {
      freshness = { seconds, element: entry.element ?? contract.slaDefaultElement ?? null };
    }
  });

  return {
    properties: {
      ...flattenMeta(entries, 'sla'),
      freshnessSloSeconds: freshness?.seconds ?? null,
      freshnessSloElement: freshness?.element ?? null,
    },
    warnings,
  };
}

function durationSeconds({ value, unit }: OdcsSlaProperty): number | undefined {
  const amount = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  const perUnit = unit === undefined ? undefined : SECONDS_PER_UNIT[unit.toLowerCase()];
  // A negative latency promises nothing a dataset's age could meet; as the strictest, it would fail every freshness assessment.
  return Number.isFinite(amount) && amount >= 0 && perUnit !== undefined ? amount * perUnit : undefined;
}

function unit(seconds: number, ...names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, seconds]));
}
