// A sector in words for the report panels and the filter summary: "62 Dienstverlenende activiteiten
// op het gebied van informatietechnologie"; "SBI 04" for a code the list does not have.
import { useTranslation } from 'react-i18next';
import { useSbiCodes } from '@/shared/reference/sbi-codes';

export function useSectorLabel() {
  const { t } = useTranslation();
  const sbi = useSbiCodes();
  return (code: string): string => {
    const title = sbi.title(code);
    return title ? `${code} ${title}` : t('reports.breakdown.sector', { code });
  };
}
