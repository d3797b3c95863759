// What the door sets once: this device's name, today's event and the sound. Until both are set it
// is all the page shows; afterwards one line at the top says which event and device this is, and
// opens the settings again when tapped.
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '@/components/form/fields';
import { DeviceName } from '@/features/checkin/components/device-name';
import type { TodaysEvent } from '@/features/checkin/api/types';

interface DoorSettingsProps {
  device: string | null;
  onDevice: (name: string) => void;
  events: TodaysEvent[];
  eventId: number | undefined;
  onEvent: (eventId: number | undefined) => void;
  sound: boolean;
  onSound: (on: boolean) => void;
}

function Settings({ device, onDevice, events, eventId, onEvent, sound, onSound }: DoorSettingsProps) {
  const { t } = useTranslation();
  return (
    <div className="door-settings__body">
      <DeviceName name={device} onSave={onDevice} />
      {events.length > 0 && (
        <SelectField
          label={t('checkin.pickEvent')}
          name="event"
          placeholder={t('checkin.pickEventPlaceholder')}
          options={events.map((event) => ({ value: String(event.id), label: event.title }))}
          value={eventId ? String(eventId) : ''}
          onChange={(change) => onEvent(change.target.value ? Number(change.target.value) : undefined)}
        />
      )}
      <CheckboxField
        label={t('checkin.sound')}
        description={t('checkin.soundHint')}
        name="sound"
        checked={sound}
        onChange={(change) => onSound(change.target.checked)}
      />
    </div>
  );
}

export function DoorSettings(props: DoorSettingsProps) {
  const { t } = useTranslation();
  const title = props.events.find((event) => event.id === props.eventId)?.title;
  if (!props.device || !title) return <Settings {...props} />;
  return (
    <details className="door-settings">
      <summary>
        <span className="door-settings__event">{title}</span>
        <span className="door-settings__device">{t('checkin.device.current', { name: props.device })}</span>
        <span className="door-settings__change">{t('checkin.settings')}</span>
      </summary>
      <Settings {...props} />
    </details>
  );
}
