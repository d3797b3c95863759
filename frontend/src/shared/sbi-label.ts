// SBI 2008 codes in words: "10.71 Vervaardiging van brood en vers banketbakkerswerk" instead of a
// bare code. Pure functions over the list from GET /api/sbi-codes (see shared/reference/sbi-codes).
import type { components } from '@/api/generated/schema';

export type SbiEntry = components['schemas']['SbiCodeEntry'];

/** The list indexed for lookups; build it once per list (sbiCatalogue), not per label. */
export interface SbiCatalogue {
  /** Numeric codes by their digits without dots ("1071"), so a code stored as 1071 or 10.71 is found. */
  byDigits: ReadonlyMap<string, SbiEntry>;
  /** Section letters (A–U), which only group divisions. */
  bySection: ReadonlyMap<string, SbiEntry>;
  /** Digits of every listed code and of each level above one (62.01.1 → 62011, 6201, 620, 62). */
  knownDigits: ReadonlySet<string>;
}

const COMPANY_CODE = /^[0-9]{2}(\.[0-9]|\.[0-9]{2}(\.[0-9])?)?$/;
const SECTION = /^[A-U]$/;

export function sbiCatalogue(entries: readonly SbiEntry[]): SbiCatalogue {
  const byDigits = new Map<string, SbiEntry>();
  const bySection = new Map<string, SbiEntry>();
  const knownDigits = new Set<string>();
  for (const entry of entries) {
    if (SECTION.test(entry.code)) {
      bySection.set(entry.code, entry);
      continue;
    }
    const digits = entry.code.replaceAll('.', '');
    byDigits.set(digits, entry);
    for (let end = 2; end <= digits.length; end++) knownDigits.add(digits.slice(0, end));
  }
  return { byDigits, bySection, knownDigits };
}

/** The Dutch title unless the language is English; English titles fall back to Dutch in the list itself. */
function titleIn(entry: SbiEntry, language: string): string {
  return language.toLowerCase().startsWith('en') ? entry.en : entry.nl;
}

/**
 * The entry that describes a code: the code itself, or else the nearest level above it that the
 * list has (62.01.3 → 62.01). A section letter only matches itself.
 */
export function findSbiEntry(code: string, catalogue: SbiCatalogue): SbiEntry | undefined {
  const trimmed = code.trim();
  if (SECTION.test(trimmed)) return catalogue.bySection.get(trimmed);
  const digits = trimmed.replaceAll('.', '');
  if (!/^[0-9]{2,5}$/.test(digits)) return undefined;
  for (let end = digits.length; end >= 2; end--) {
    const entry = catalogue.byDigits.get(digits.slice(0, end));
    if (entry) return entry;
  }
  return undefined;
}

/** The title of a code in the given language, or undefined when the list does not know it. */
export function sbiTitle(code: string, language: string, catalogue: SbiCatalogue | undefined): string | undefined {
  const entry = catalogue ? findSbiEntry(code, catalogue) : undefined;
  return entry ? titleIn(entry, language) : undefined;
}

/** "10.71 Vervaardiging van brood en vers banketbakkerswerk"; the code alone when the list does not know it (yet). */
export function sbiLabel(code: string, language: string, catalogue: SbiCatalogue | undefined): string {
  const title = sbiTitle(code, language, catalogue);
  return title ? `${code.trim()} ${title}` : code;
}

/**
 * Whether a company may carry the code, as the server decides: written with dots, and listed or a
 * level above a listed code (62, 62.0 and 62.01 for 62.01.1).
 */
export function isCompanySbiCode(code: string, catalogue: SbiCatalogue): boolean {
  const trimmed = code.trim();
  return COMPANY_CODE.test(trimmed) && catalogue.knownDigits.has(trimmed.replaceAll('.', ''));
}
