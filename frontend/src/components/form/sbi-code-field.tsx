// The SBI code box of the company form and of the sector filters. Under the box it says what the
// typed code means ("Vervaardiging van brood en vers banketbakkerswerk"), announced politely, so
// nobody has to know the list by heart. A plain text box on purpose: it works the same with any
// screen reader, zoom level and phone keyboard, where a <datalist> of 1,400 options does not.
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/fields';
import { useSbiCodes } from '@/shared/reference/sbi-codes';
import { findSbiEntry, isCompanySbiCode } from '@/shared/sbi-label';

type SbiCodeFieldProps = Omit<ComponentProps<typeof TextField>, 'status' | 'value'> & {
  value: string;
  /**
   * company: the code a company carries, which must be in the list (the field says so when it is not);
   * prefix: a filter on the leading digits, which may stop anywhere (6 for all of 60–69).
   */
  use: 'company' | 'prefix';
};

export function SbiCodeField({ value, use, ...rest }: SbiCodeFieldProps) {
  const { t } = useTranslation();
  const { catalogue, title } = useSbiCodes();
  const typed = value.trim();

  let status = '';
  if (catalogue && typed) {
    if (use === 'company') {
      if (isCompanySbiCode(typed, catalogue)) status = title(typed) ?? '';
      else if (typed.length >= 2) status = t('reference.sbiNotListed');
    } else if (findSbiEntry(typed, catalogue)?.code === typed) {
      // a filter names the level it stops at; the title of a level above it would promise more than it finds
      status = title(typed) ?? '';
    }
  }

  return <TextField value={value} status={status} autoComplete="off" {...rest} />;
}
