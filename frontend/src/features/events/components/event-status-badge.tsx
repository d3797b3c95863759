// The status of an event as a badge with its translated name (text, not colour alone).
import { useTranslation } from 'react-i18next';
import type { EventStatus } from '@/shared/enums';

const TONE: Record<EventStatus, string> = {
  DRAFT: 'open',
  PUBLISHED: 'accepted',
  CLOSED: 'done',
  CANCELLED: 'declined',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONE[status]}`}>{t(`eventEnums.status.${status}`)}</span>;
}
