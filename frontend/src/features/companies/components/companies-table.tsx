// The company list as a table; it scrolls sideways inside its own box on narrow screens.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSbiCodes } from '@/shared/reference/sbi-codes';
import type { Company } from '@/features/companies/api/types';

export function CompaniesTable({ companies }: { companies: Company[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const sbi = useSbiCodes();
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {t('companies.tableCaption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('companies.fields.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('companies.fields.kvkNumber')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('companies.fields.address')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('companies.fields.district')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('companies.fields.sizeClass')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('companies.fields.sector')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {companies.map((company) => (
            <tr key={company.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell row-header">
                <Link className="utrecht-link" to={`/companies/${company.id}`}>
                  {company.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{company.kvkNumber}</td>
              <td className="utrecht-table__cell">
                {[company.postcode, company.city].filter(Boolean).join(' ') || t('common.none')}
              </td>
              <td className="utrecht-table__cell">{company.district || t('common.none')}</td>
              <td className="utrecht-table__cell">
                {company.sizeClass ? t(`enums.sizeClass.${company.sizeClass}`) : t('common.none')}
              </td>
              <td className="utrecht-table__cell">{company.sbiCode ? sbi.label(company.sbiCode) : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
