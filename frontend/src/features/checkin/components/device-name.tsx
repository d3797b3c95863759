// Asks once for this phone's name (a default is offered), then shows it with a way to change it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { defaultDeviceName } from '@/features/checkin/hooks/use-device-name';

interface DeviceNameProps {
  name: string | null;
  onSave: (name: string) => void;
}

export function DeviceName({ name, onSave }: DeviceNameProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(() => name ?? defaultDeviceName());

  if (name && !editing) {
    return (
      <p className="device-name">
        {t('checkin.device.current', { name })}{' '}
        <Button appearance="subtle" onClick={() => setEditing(true)}>
          {t('checkin.device.change')}
        </Button>
      </p>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!value.trim()) return;
    onSave(value);
    setEditing(false);
  };
  return (
    <form className="subsection device-form" onSubmit={submit} aria-labelledby="device-title">
      <h2 id="device-title" className="utrecht-heading-3">
        {t('checkin.device.title')}
      </h2>
      <p>{t('checkin.device.intro')}</p>
      <div className="filters__search">
        <TextField label={t('checkin.device.label')} name="device" required maxLength={100} value={value} onChange={(event) => setValue(event.target.value)} />
        <Button type="submit" appearance="primary">
          {t('checkin.device.save')}
        </Button>
      </div>
    </form>
  );
}
