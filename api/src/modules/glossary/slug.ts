/**
 * The slug a term's or a polyseme's URN is made of: `Customer account` → `customer-account`.
 *
 * A slug is plain ASCII (`a-z`, `0-9`, `-`), so the URN reads the same in Neo4j, Meilisearch, logs and
 * browser URLs, and holds none of the characters URNs reserve (graph-schema's urn.ts). Cyrillic and Greek
 * are transliterated (`Клиент` → `klient`); a letter or digit that has no ASCII spelling (`顧客`) cannot be,
 * so the slug then ends with a short hash of the name: distinct names get distinct slugs, the same name
 * always the same one, and a glossary is not limited to one such term (plus its -2 … -51 variants).
 */
import { createHash } from 'node:crypto';
import { nameKey } from './glossaryEntry.ts';

/** Lower-case letters to their ASCII spelling (Cyrillic as BGN/PCGN, simplified; Greek as ELOT 743, simplified). */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian.
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c',
  џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  // Greek (accented letters decompose to these first).
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  // Latin letters that no decomposition takes to ASCII.
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'ng',
};

/** Slugs are cut here (before the hash): a URN stays short however long the name. */
const MAX_SLUG = 80;

/** The stable, URN-safe slug of a name (see the file comment). */
export function slugOf(name: string): string {
  const spelled = transliterated(name.toLowerCase()).toLowerCase();
  const slug = spelled
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  // A letter or digit left unspelled would be lost, and names differing only there would share a slug.
  const lost = /[\p{L}\p{N}]/u.test(spelled.replace(/[a-z0-9]/g, ''));
  if (!lost && slug) return slug;
  return slug ? `${slug}-${nameHash(name)}` : nameHash(name);
}

function transliterated(text: string): string {
  let spelled = '';
  for (const character of text.normalize('NFC')) {
    // Precomposed letters first (й is not и with a breve to a Russian reader), then what decomposes.
    const direct = TRANSLITERATION[character];
    if (direct !== undefined) {
      spelled += direct;
      continue;
    }
    for (const part of character.normalize('NFKD')) {
      if (/\p{M}/u.test(part)) continue;
      spelled += TRANSLITERATION[part] ?? part;
    }
  }
  return spelled;
}

/** 8 hex digits of the SHA-256 of the name's key: as case-insensitive as the one-name rule, so one name, one hash. */
function nameHash(name: string): string {
  return createHash('sha256').update(nameKey(name)).digest('hex').slice(0, 8);
}
