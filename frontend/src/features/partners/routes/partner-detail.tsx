// /partners/:id — one partner: how to reach it, the companies it works with and what it
// contributed to a programme's funnel, activities and referrals.
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { SelectField } from '@/components/form/fields';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner, useCan } from '@/shared/authorization';
import { useFormat } from '@/lib/format';
import { useFunnelStages, useProgrammeDirectory } from '@/shared/reference/programmes';
import { usePartner } from '@/features/partners/api/get-partner';
import { usePartnerContribution } from '@/features/partners/api/get-partner-work';
import { CompanyWorkList } from '@/components/company-work-list';
import { useCompaniesWorkedWith } from '@/shared/reference/companies-worked-with';

/** Label and value pairs as the company page shows its details. */
/** How many of the companies it works with the page names; the link below opens them all. */
const FIRST_COMPANIES = 10;

function Pairs({ pairs }: { pairs: [string, ReactNode][] }) {
  return (
    <dl className="details">
      {pairs.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PartnerDetailRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = Number(useParams().id);
  const partner = usePartner(id);
  usePageTitle(partner.data?.data.name ?? t('partners.title'));
  const canWrite = useCan('partners:write');
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  // another partner's relationships are not for a partner's people: the API would answer 403
  const seesCompanies = actsForNetwork || ownPartnerId === id;
  const companies = useCompaniesWorkedWith(id, FIRST_COMPANIES, seesCompanies);
  const { programmes } = useProgrammeDirectory();
  const [chosen, setChosen] = useState<number | undefined>();
  const programmeId = chosen ?? programmes[0]?.id;
  const contribution = usePartnerContribution(id, programmeId);
  const stages = useFunnelStages(programmeId);

  if (partner.isPending) return <Loading />;
  if (partner.isError) return <ProblemAlert error={partner.error} />;
  const record = partner.data.data;
  const row = contribution.data;

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{record.name}</h1>
        {canWrite && (
          <div className="page-actions">
            <ButtonLink to={`/partners/${id}/edit`}>{t('common.edit')}</ButtonLink>
          </div>
        )}
      </div>
      <section className="section section--first" aria-labelledby="partner-contact">
        <h2 id="partner-contact" className="utrecht-heading-2">
          {t('partners.detail.contact')}
        </h2>
        <Pairs
          pairs={[
            [t('partners.fields.kind'), t(`partners.kind.${record.kind}`)],
            [
              t('partners.fields.email'),
              record.email ? <a className="utrecht-link" href={`mailto:${record.email}`}>{record.email}</a> : t('common.none'),
            ],
            [
              t('partners.fields.website'),
              record.website ? (
                <a className="utrecht-link" href={record.website} rel="noreferrer">
                  {record.website.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                t('common.none')
              ),
            ],
            [t('partners.fields.status'), record.active ? t('partners.status.active') : t('partners.status.inactive')],
          ]}
        />
      </section>

      {seesCompanies && (
        <section className="section" aria-labelledby="partner-companies">
          <h2 id="partner-companies" className="utrecht-heading-2">
            {t('partners.detail.companies', { count: companies.data?.total ?? 0 })}
          </h2>
          {companies.isPending ? (
            <Loading />
          ) : companies.isError ? (
            <ProblemAlert error={companies.error} />
          ) : companies.data.items.length === 0 ? (
            <p>{t('partners.detail.noCompanies')}</p>
          ) : (
            <>
              <CompanyWorkList companies={companies.data.items} />
              <p className="work-section__more">
                <Link className="utrecht-link" to={`/companies?workedWithPartnerId=${id}`}>
                  {t('partners.detail.allCompanies', { count: companies.data.total })}
                </Link>
              </p>
            </>
          )}
        </section>
      )}

      <section className="section" aria-labelledby="partner-contribution">
        <h2 id="partner-contribution" className="utrecht-heading-2">
          {t('partners.detail.contribution')}
        </h2>
        <SelectField
          label={t('partners.detail.programme')}
          name="programmeId"
          options={programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
          value={programmeId === undefined ? '' : String(programmeId)}
          onChange={(event) => setChosen(Number(event.target.value) || undefined)}
        />
        {contribution.isPending && programmeId !== undefined ? (
          <Loading />
        ) : contribution.isError ? (
          <ProblemAlert error={contribution.error} />
        ) : !row ? (
          <p>{t('partners.detail.noContribution')}</p>
        ) : (
          <Pairs
            pairs={[
              ...row.creditedByPosition.map((count, index): [string, ReactNode] => [
                t('partners.detail.creditedAt', { stage: stages.data?.[index]?.name ?? t('reference.stage') }),
                format.number(count),
              ]),
              [t('partners.detail.activities'), format.number(row.activities)],
              [t('partners.detail.referralsSent'), format.number(row.referralsSent)],
              [t('partners.detail.referralsReceived'), format.number(row.referralsReceived)],
              [t('partners.detail.acceptanceRate'), row.acceptanceRate == null ? t('common.none') : format.percent(row.acceptanceRate)],
            ]}
          />
        )}
      </section>
    </>
  );
}
