// The company's business data as a description list.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useSbiCodes } from '@/shared/reference/sbi-codes';
import type { Company } from '@/features/companies/api/types';

export function CompanyDetails({ company }: { company: Company }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sbi = useSbiCodes();
  const none = t('common.none');
  const address = [
    [company.street, company.houseNumber].filter(Boolean).join(' '),
    [company.postcode, company.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const rows: [string, ReactNode][] = [
    [t('companies.fields.kvkNumber'), company.branchNumber ? `${company.kvkNumber} / ${company.branchNumber}` : company.kvkNumber],
    [t('companies.fields.address'), address || none],
    [t('companies.fields.district'), company.district || none],
    [t('companies.fields.sizeClass'), company.sizeClass ? t(`enums.sizeClass.${company.sizeClass}`) : none],
    [t('companies.fields.employees'), company.employees == null ? none : format.number(company.employees)],
    [t('companies.fields.sbiCode'), company.sbiCode ? sbi.label(company.sbiCode) : none],
    [
      t('companies.fields.website'),
      company.website ? (
        <a className="utrecht-link" href={company.website} rel="noreferrer">
          {company.website.replace(/^https?:\/\//, '')}
        </a>
      ) : (
        none
      ),
    ],
    [
      t('companies.fields.tags'),
      company.tags.length > 0 ? (
        <ul className="tags">
          {company.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
  ];
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
