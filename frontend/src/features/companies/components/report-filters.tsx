// The filters a report's number opened the list with (reached stage, period, credited partner
// and stage, need, outcome and its partner, event attended or first contact), as removable chips
// with a reset. They have no controls of their own in the
// filter form: they come from a link, and the user can only take them away.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { useActingPartner } from '@/shared/authorization';
import { REPORT_KEYS, opensReportDetail, type CompanyListFilters } from '@/shared/company-list-link';
import { useFormat } from '@/lib/format';
import { useEventTitle } from '@/features/companies/api/get-event-title';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useFunnelStages, useProgrammeDirectory } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';

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
  const programmes = useProgrammeDirectory();
  const attendedTitle = useEventTitle(values.attendedEventId);
  const newAtTitle = useEventTitle(values.newAtEventId);
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  if (!opensReportDetail(values)) return null;

  const stageName = (id: number) => {
    const stage = stages.data?.find((candidate) => candidate.id === id);
    return stage ? stageLabel(stage) : t('reference.stage');
  };
  const eventName = (title: string | undefined) => title ?? t('companies.report.anEvent');
  const programme = values.programmeId === undefined ? undefined : programmes.nameOf(values.programmeId);
  const chips: Chip[] = [];
  if (values.reachedStageId !== undefined) {
    chips.push({
      key: 'reached',
      label: t('companies.report.reachedStage', { stage: stageName(values.reachedStageId) }),
      remove: { reachedStageId: undefined },
    });
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
    const partner = nameOf(values.creditedPartnerId);
    chips.push({
      key: 'credited',
      label:
        values.creditedStageId !== undefined
          ? t('companies.report.creditedAtStage', { partner, stage: stageName(values.creditedStageId) })
          : t('companies.report.creditedPartner', { partner }),
      remove: { creditedPartnerId: undefined, creditedStageId: undefined },
    });
  }
  if (values.need) {
    // with a programme, a need counts when raised in it or outside any programme
    const need = t(`enums.need.${values.need}`);
    chips.push({
      key: 'need',
      label: programme ? t('companies.report.needInProgramme', { need, programme }) : t('companies.report.need', { need }),
      remove: { need: undefined },
    });
  }
  if (values.indicator) {
    const indicator = t(`enums.indicator.${values.indicator}`);
    chips.push({
      key: 'indicator',
      label: programme
        ? t('companies.report.indicatorInProgramme', { indicator, programme })
        : t('companies.report.indicator', { indicator }),
      remove: { indicator: undefined },
    });
  }
  if (values.outcomePartnerId !== undefined) {
    chips.push({
      key: 'outcomePartner',
      label: t('companies.report.outcomePartner', { partner: nameOf(values.outcomePartnerId) }),
      remove: { outcomePartnerId: undefined },
    });
  }
  if (values.attendedEventId !== undefined) {
    chips.push({
      key: 'attended',
      label: t('companies.report.attendedEvent', { event: eventName(attendedTitle) }),
      remove: { attendedEventId: undefined },
    });
  }
  if (values.newAtEventId !== undefined) {
    chips.push({
      key: 'newAt',
      label: t('companies.report.newAtEvent', { event: eventName(newAtTitle) }),
      remove: { newAtEventId: undefined },
    });
  }

  const clearAll: Partial<CompanyListFilters> = Object.fromEntries(REPORT_KEYS.map((key) => [key, undefined]));
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
