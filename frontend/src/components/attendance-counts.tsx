// Live attendance of an event as a list of figures (text, not a chart): checked in of
// registered, walk-ins, waitlist, and the rest.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Attendance } from '@/shared/reference/event-attendance';

interface AttendanceCountsProps {
  attendance: Attendance;
  /** The door needs only the first figures; the event page shows all. */
  compact?: boolean;
  labelledBy?: string;
}

export function AttendanceCounts({ attendance, compact, labelledBy }: AttendanceCountsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures: [string, number | undefined][] = [
    ['checkedIn', attendance.checkedIn],
    ['registered', attendance.registered],
    ['walkIns', attendance.walkIns],
  ];
  if (!compact) {
    figures.push(
      ['waitlisted', attendance.waitlisted],
      ['cancelled', attendance.cancelled],
      ['noShows', attendance.noShows],
      ['failedScans', attendance.failedScans],
      ['capacity', attendance.capacity],
    );
  }
  return (
    <dl className="counts" aria-labelledby={labelledBy}>
      {figures
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([key, value]) => (
          <div key={key} className={`counts__item counts__item--${key}`}>
            <dt>{t(`attendance.${key as 'checkedIn'}`)}</dt>
            <dd data-testid={`count-${key}`}>{format.number(value)}</dd>
          </div>
        ))}
    </dl>
  );
}
