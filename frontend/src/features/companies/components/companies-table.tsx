// The company list as a table; it scrolls sideways inside its own box on narrow screens.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useSbiCodes } from '@/shared/reference/sbi-codes';
import type { Company } from '@/features/companies/api/types';

export function CompaniesTable({ companies }: { companies: Company[] }) {
  const { t } = useTranslation();
  const sbi = useSbiCodes();
  return (
    <Table
      caption={t('companies.tableCaption')}
      columns={[
        t('companies.fields.name'),
        t('companies.fields.kvkNumber'),
        t('companies.fields.address'),
        t('companies.fields.district'),
        t('companies.fields.sizeClass'),
        t('companies.fields.sector'),
      ]}
    >
      {companies.map((company) => (
        <TableRow key={company.id}>
          <RowHeader>
            <Link className="utrecht-link" to={`/companies/${company.id}`}>
              {company.name}
            </Link>
          </RowHeader>
          <Cell>{company.kvkNumber}</Cell>
          <Cell>{[company.postcode, company.city].filter(Boolean).join(' ') || t('common.none')}</Cell>
          <Cell>{company.district || t('common.none')}</Cell>
          <Cell>{company.sizeClass ? t(`enums.sizeClass.${company.sizeClass}`) : t('common.none')}</Cell>
          <Cell>{company.sbiCode ? sbi.label(company.sbiCode) : t('common.none')}</Cell>
        </TableRow>
      ))}
    </Table>
  );
}
