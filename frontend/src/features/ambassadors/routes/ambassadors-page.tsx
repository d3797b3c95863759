// /ambassadors — current ambassadors and past or upcoming terms, per programme; admin and staff
// appoint ambassadors and end terms.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { SelectField } from '@/components/form/fields';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCan } from '@/shared/authorization';
import { today } from '@/lib/dates';
import { useFormat } from '@/lib/format';
import { useProgrammeDirectory } from '@/shared/reference/programmes';
import { useAppointAmbassador } from '@/features/ambassadors/api/appoint-ambassador';
import { useAmbassadors } from '@/features/ambassadors/api/get-ambassadors';
import type { Ambassador } from '@/features/ambassadors/api/types';
import { useUpdateAmbassador } from '@/features/ambassadors/api/update-ambassador';
import { AmbassadorsTable } from '@/features/ambassadors/components/ambassadors-table';
import { AppointForm } from '@/features/ambassadors/components/appoint-form';

function AmbassadorList({ current, programmeId, canEnd, onEnd }: {
  current: boolean;
  programmeId?: number;
  canEnd: boolean;
  onEnd: (ambassador: Ambassador) => void;
}) {
  const { t } = useTranslation();
  const ambassadors = useAmbassadors({ programmeId, current });
  // no accessible name on the section: the table region inside carries the same one
  return (
    <section className="section">
      <h2 className="utrecht-heading-2">
        {current ? t('ambassadors.current') : t('ambassadors.past')}
      </h2>
      {ambassadors.isPending ? (
        <Loading shape="table" />
      ) : ambassadors.isError ? (
        <ProblemAlert error={ambassadors.error} />
      ) : ambassadors.data.length === 0 ? (
        <p>{current ? t('ambassadors.emptyCurrent') : t('ambassadors.emptyPast')}</p>
      ) : (
        <AmbassadorsTable
          caption={current ? t('ambassadors.captionCurrent') : t('ambassadors.captionPast')}
          ambassadors={ambassadors.data}
          canEnd={canEnd && current}
          onEnd={onEnd}
        />
      )}
    </section>
  );
}

export function AmbassadorsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('ambassadors.title'));
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const programmeParam = Number(searchParams.get('programme'));
  const programmeId = Number.isInteger(programmeParam) && programmeParam > 0 ? programmeParam : undefined;
  const programmes = useProgrammeDirectory();
  const canWrite = useCan('ambassadors:write');
  const appointment = useAppointAmbassador();
  const update = useUpdateAmbassador();
  const [toEnd, setToEnd] = useState<Ambassador | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const confirmEnd = () => {
    if (!toEnd) return;
    const ambassador = toEnd;
    update.mutate(
      {
        ambassador,
        body: {
          contactId: ambassador.contactId,
          programmeId: ambassador.programmeId,
          termStart: ambassador.termStart,
          termEnd: today(),
        },
      },
      {
        onSuccess: () => setNotice(t('ambassadors.ended', { name: ambassador.contactName ?? '' })),
        onSettled: () => setToEnd(null),
      },
    );
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t('ambassadors.title')}</h1>
      <p className="lead">{t('ambassadors.intro')}</p>
      <StatusMessage message={notice} />
      <div className="filters">
        <SelectField
          label={t('ambassadors.programmeFilter')}
          name="programme"
          placeholder={t('ambassadors.allProgrammes')}
          options={programmes.programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
          value={programmeId === undefined ? '' : String(programmeId)}
          onChange={(event) => setSearchParams(event.target.value ? { programme: event.target.value } : {})}
        />
      </div>
      <ProblemAlert error={update.error} />
      <AmbassadorList
        current
        programmeId={programmeId}
        canEnd={canWrite}
        onEnd={(ambassador) => {
          update.reset();
          setNotice(null);
          setToEnd(ambassador);
        }}
      />
      <AmbassadorList current={false} programmeId={programmeId} canEnd={false} onEnd={() => undefined} />
      {canWrite && (
        <section className="section subsection" aria-labelledby="appoint-title">
          <h2 id="appoint-title" className="utrecht-heading-2">
            {t('ambassadors.appointTitle')}
          </h2>
          <AppointForm
            key={formKey}
            saving={appointment.isPending}
            error={appointment.error}
            onSubmit={(request, names) =>
              appointment.mutate(request, {
                onSuccess: () => {
                  setNotice(t('ambassadors.appointed', { name: names.person, programme: names.programme }));
                  setFormKey((key) => key + 1);
                  appointment.reset();
                },
              })
            }
          />
        </section>
      )}
      <ConfirmDialog
        open={toEnd !== null}
        title={t('ambassadors.endTitle')}
        message={t('ambassadors.endMessage', {
          name: toEnd?.contactName ?? '',
          programme: programmes.nameOf(toEnd?.programmeId),
          date: format.date(today()),
        })}
        confirmLabel={t('ambassadors.endButton')}
        busy={update.isPending}
        onConfirm={confirmEnd}
        onCancel={() => setToEnd(null)}
      />
    </>
  );
}
