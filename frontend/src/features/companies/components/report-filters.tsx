// The filters a report's number opened the list with (reached stage, period, credited partner,
// need, outcome), as removable chips with a reset. They have no controls of their own in the
// filter form: they come from a link, and the user can only take them away.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { useActingPartner } from '@/lib/authorization';
import { opensReportDetail, type CompanyListFilters } from '@/lib/company-list-link';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/lib/reference/partners';
import { useFunnelStages } from '@/lib/reference/programmes';
import { useStageLabel } from '@/lib/stage-label';

interface ReportFiltersProps {
  values: CompanyListFilters;
  onChange: (values: CompanyListFilters) => void;
}

interface Chip {
  key: string;
  label: string;
  remove: Partial<CompanyListFilters>;
}

export function ReportFilters({ values, onChange }: ReportFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const stages = useFunnelStages(values.programmeId);
  const { nameOf } = usePartnerDirectory();
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  if (!opensReportDetail(values)) return null;

  const stage = stages.data?.find((candidate) => candidate.id === values.reachedStageId);
  const chips: Chip[] = [];
  if (values.reachedStageId !== undefined) {
    const name = stage ? stageLabel(stage) : `#${values.reachedStageId}`;
    chips.push({ key: 'reached', label: t('companies.report.reachedStage', { stage: name }), remove: { reachedStageId: undefined } });
  }
  if (values.from || values.to) {
    const label = values.from && values.to
      ? t('companies.report.period', { from: format.date(values.from), to: format.date(values.to) })
      : values.from
        ? t('companies.report.since', { from: format.date(values.from) })
        : t('companies.report.until', { to: format.date(values.to) });
    chips.push({ key: 'period', label, remove: { from: undefined, to: undefined } });
  }
  if (values.creditedPartnerId !== undefined) {
    chips.push({
      key: 'credited',
      label: t('companies.report.creditedPartner', { partner: nameOf(values.creditedPartnerId) }),
      remove: { creditedPartnerId: undefined },
    });
  }
  if (values.need) {
    chips.push({ key: 'need', label: t('companies.report.need', { need: t(`enums.need.${values.need}`) }), remove: { need: undefined } });
  }
  if (values.indicator) {
    chips.push({
      key: 'indicator',
      label: t('companies.report.indicator', { indicator: t(`enums.indicator.${values.indicator}`) }),
      remove: { indicator: undefined },
    });
  }

  const clearAll = { reachedStageId: undefined, creditedPartnerId: undefined, need: undefined, indicator: undefined, from: undefined, to: undefined };
  return (
    <section className="report-filters" aria-labelledby="report-filters-title">
      <h2 id="report-filters-title" className="report-filters__title">
        {t('companies.report.title')}
      </h2>
      <ul className="filter-chips">
        {chips.map((chip) => (
          <li key={chip.key} className="filter-chip">
            <span>{chip.label}</span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={t('companies.report.remove', { filter: chip.label })}
              onClick={() => onChange({ ...values, ...chip.remove })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <Button appearance="subtle" onClick={() => onChange({ ...values, ...clearAll })}>
        {t('companies.report.clear')}
      </Button>
      {!actsForNetwork && ownPartnerId !== undefined && (
        <div className="utrecht-alert utrecht-alert--info report-filters__scope">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">{t('companies.report.partnerScope')}</div>
          </div>
        </div>
      )}
    </section>
  );
}
