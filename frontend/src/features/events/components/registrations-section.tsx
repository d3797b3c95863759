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
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
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
          <Table
            caption={t('registrations.caption')}
            columns={[
              t('registrations.fields.name'),
              t('registrations.fields.company'),
              t('registrations.fields.status'),
              t('registrations.fields.registeredAt'),
              canWrite && t('common.actions'),
            ]}
          >
            {registrations.data.items.map((registration) => (
              <TableRow key={registration.id}>
                <RowHeader>{nameOf(registration)}</RowHeader>
                <Cell>
                  <Link className="utrecht-link" to={`/companies/${registration.companyId}`}>
                    {registration.companyName ?? t('reference.company')}
                  </Link>
                </Cell>
                <Cell>
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
                </Cell>
                <Cell>
                  {format.date(registration.registeredAt)}
                  <span className="cell-secondary">{t(`eventEnums.source.${registration.source}`)}</span>
                </Cell>
                {canWrite && (
                  <Cell>
                    <div className="row-actions">
                      {cancellable(registration) && (
                        <Button appearance="subtle" onClick={() => setCancelling(registration)}>
                          {t('registrations.cancel')} <span className="visually-hidden">{nameOf(registration)}</span>
                        </Button>
                      )}
                    </div>
                  </Cell>
                )}
              </TableRow>
            ))}
          </Table>
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
