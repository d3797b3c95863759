// The registrations of an event: filter by status, cancel one, register a contact person.
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { SelectField } from '@/components/form/fields';
import { Loading } from '@/components/loading';
import { DownloadButtons } from '@/components/download-buttons';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { REGISTRATION_STATUSES, oneOf, type RegistrationStatus } from '@/shared/enums';
import { useFormat } from '@/lib/format';
import { useCancelRegistration } from '@/features/events/api/cancel-registration';
import { exportRegistrations } from '@/features/events/api/export-registrations';
import { useRegistrations } from '@/features/events/api/get-registrations';
import { useRegisterContact } from '@/features/events/api/register-contact';
import type { Event, Registration } from '@/features/events/api/types';
import { RegisterContactForm } from '@/features/events/components/register-contact-form';

const PAGE_SIZE = 50;

function cancellable(registration: Registration): boolean {
  return registration.status === 'REGISTERED' || registration.status === 'WAITLISTED';
}

export function RegistrationsSection({ event, canWrite }: { event: Event; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const [status, setStatus] = useState<RegistrationStatus | undefined>();
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const registrations = useRegistrations(event.id, { status, page, size: PAGE_SIZE });
  const register = useRegisterContact();
  const cancel = useCancelRegistration();
  const nameOf = (registration: Registration) => registration.contactName || t('registrations.hiddenName');
  const open = event.status === 'PUBLISHED';

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('registrations.title')}
      </h2>
      <StatusMessage message={notice} />
      <ProblemAlert error={cancel.error} />
      <div className="filters">
        <SelectField
          label={t('registrations.statusFilter')}
          name="registrationStatus"
          placeholder={t('registrations.allStatuses')}
          options={REGISTRATION_STATUSES.map((value) => ({ value, label: t(`enums.registrationStatus.${value}`) }))}
          value={status ?? ''}
          onChange={(change) => {
            setStatus(oneOf(REGISTRATION_STATUSES, change.target.value));
            setPage(0);
          }}
        />
      </div>
      {registrations.isPending ? (
        <Loading shape="table" />
      ) : registrations.isError ? (
        <ProblemAlert error={registrations.error} />
      ) : registrations.data.items.length === 0 ? (
        <p>{t('registrations.empty')}</p>
      ) : (
        <>
          <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={`${titleId}-caption`} tabIndex={0}>
            <table className="utrecht-table utrecht-table--html-table">
              <caption id={`${titleId}-caption`} className="utrecht-table__caption visually-hidden">
                {t('registrations.caption')}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">{t('registrations.fields.name')}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t('registrations.fields.company')}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t('registrations.fields.status')}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t('registrations.fields.registeredAt')}</th>
                  {canWrite && <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {registrations.data.items.map((registration) => (
                  <tr key={registration.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell row-header">
                      {nameOf(registration)}
                    </th>
                    <td className="utrecht-table__cell">
                      <Link className="utrecht-link" to={`/companies/${registration.companyId}`}>
                        {registration.companyName ?? t('reference.company')}
                      </Link>
                    </td>
                    <td className="utrecht-table__cell">
                      {t(`enums.registrationStatus.${registration.status}`)}
                      {registration.walkIn && <span className="cell-secondary">{t('registrations.walkIn')}</span>}
                      {registration.checkedInAt && (
                        <span className="cell-secondary">
                          {/* the device the door named, never the account that scanned */}
                          {registration.checkedInDevice
                            ? t('registrations.checkedInAtDevice', {
                                at: format.date(registration.checkedInAt),
                                device: registration.checkedInDevice,
                              })
                            : t('registrations.checkedInAt', { at: format.date(registration.checkedInAt) })}
                        </span>
                      )}
                    </td>
                    <td className="utrecht-table__cell">
                      {format.date(registration.registeredAt)}
                      <span className="cell-secondary">{t(`eventEnums.source.${registration.source}`)}</span>
                    </td>
                    {canWrite && (
                      <td className="utrecht-table__cell">
                        <div className="row-actions">
                          {cancellable(registration) && (
                            <Button appearance="subtle" onClick={() => setCancelling(registration)}>
                              {t('registrations.cancel')} <span className="visually-hidden">{nameOf(registration)}</span>
                            </Button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={registrations.data.page} size={registrations.data.size} total={registrations.data.total} onPageChange={setPage} />
          <DownloadButtons
            what={t('registrations.title')}
            download={(format, language) => exportRegistrations(event.id, { status }, format, language)}
          />
        </>
      )}
      {canWrite && (
        <div className="subsection">
          <h3 className="utrecht-heading-3">{t('registrations.add')}</h3>
          {open ? (
            <>
              <p>{t('registrations.addIntro')}</p>
              <RegisterContactForm
                saving={register.isPending}
                error={register.error}
                onSubmit={(contactId, name) =>
                  register.mutate(
                    { eventId: event.id, contactId },
                    {
                      onSuccess: (registration) =>
                        setNotice(t(registration.status === 'WAITLISTED' ? 'registrations.waitlisted' : 'registrations.registered', { name })),
                    },
                  )
                }
              />
            </>
          ) : (
            <p>{t('registrations.notOpen')}</p>
          )}
        </div>
      )}
      <ConfirmDialog
        open={cancelling !== null}
        title={t('registrations.cancelTitle')}
        message={cancelling ? t('registrations.cancelConfirm', { name: nameOf(cancelling) }) : ''}
        confirmLabel={t('registrations.cancel')}
        busy={cancel.isPending}
        onCancel={() => setCancelling(null)}
        onConfirm={() => {
          if (!cancelling) return;
          const name = nameOf(cancelling);
          cancel.mutate(
            { eventId: event.id, registrationId: cancelling.id },
            { onSuccess: () => setNotice(t('registrations.cancelled', { name })), onSettled: () => setCancelling(null) },
          );
        }}
      />
    </section>
  );
}
