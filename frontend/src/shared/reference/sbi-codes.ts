// GET /api/sbi-codes: the SBI 2008 code list that labels a company's sector on every screen.
// It changes only with a release, so it is fetched once per session and kept.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import { sbiCodeKeys } from '@/shared/query-keys/sbi-codes';
import { sbiCatalogue, sbiLabel, sbiTitle, type SbiCatalogue } from '@/shared/sbi-label';

export async function getSbiCatalogue(): Promise<SbiCatalogue> {
  return sbiCatalogue(await unwrap(api.GET('/api/sbi-codes')));
}

export const sbiCodesQueryOptions = () =>
  queryOptions({
    queryKey: sbiCodeKeys.all,
    queryFn: getSbiCatalogue,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** The list, and labels in the current language; until it arrives (or if it cannot) a label is the bare code. */
export function useSbiCodes() {
  const { i18n } = useTranslation();
  const query = useQuery(sbiCodesQueryOptions());
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    ...query,
    catalogue: query.data,
    /** "10.71 Vervaardiging van brood en vers banketbakkerswerk" */
    label: (code: string) => sbiLabel(code, language, query.data),
    /** The title alone, or undefined for a code the list does not know. */
    title: (code: string) => sbiTitle(code, language, query.data),
  };
}
