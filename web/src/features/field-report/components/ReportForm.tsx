import { DayField } from '../../../components/DateFields.tsx';
import { Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../utils/report.ts';
import { EmployeeFinder } from './EmployeeFinder.tsx';
import { PhotoPicker } from './PhotoPicker.tsx';

type Errors = Partial<Record<'employee' | 'incidentDate' | 'incidentTime' | 'place' | 'chronology', string>>;

/** The stage-I report's fields, phone first: one column, large touch targets, native date and time pickers. */
export function ReportForm({
  draft,
  onChange,
  onSubmit,
  online,
  errors,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  onSubmit: () => void;
  online: boolean;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [locationFailed, setLocationFailed] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });

  function locate() {
    if (!('geolocation' in navigator)) return setLocationFailed(true);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating(false);
        setLocationFailed(false);
        set('location', { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) });
      },
      () => {
        setLocating(false);
        setLocationFailed(true);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <EmployeeFinder value={draft.employee} onChange={(e) => set('employee', e)} online={online} error={errors.employee} />
        <Group grow gap="xs">
          <DayField
            label={t('fieldReport.incidentDate')}
            value={draft.incidentDate}
            onChange={(v) => set('incidentDate', v)}
            error={errors.incidentDate}
            required
          />
          <TextInput
            type="time"
            label={t('fieldReport.incidentTime')}
            value={draft.incidentTime}
            onChange={(e) => set('incidentTime', e.currentTarget.value)}
            error={errors.incidentTime}
            required
          />
        </Group>
        <TextInput
          label={t('fieldReport.place')}
          placeholder={t('fieldReport.placeHint')}
          value={draft.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={errors.place}
          required
        />
        {draft.location ? (
          <Group gap="xs" justify="space-between">
            <Text size="sm">
              {t('fieldReport.locationSet', {
                lat: draft.location.latitude.toFixed(5),
                lon: draft.location.longitude.toFixed(5),
                accuracy: draft.location.accuracy ?? '?',
              })}
            </Text>
            <Button size="compact-sm" variant="subtle" onClick={() => set('location', null)}>
              {t('fieldReport.locationRemove')}
            </Button>
          </Group>
        ) : (
          <Button variant="default" leftSection={<IconMapPin size={18} />} loading={locating} onClick={locate}>
            {t('fieldReport.useLocation')}
          </Button>
        )}
        {locationFailed && !draft.location && (
          <Text size="sm" c="dimmed">
            {t('fieldReport.locationFailed')}
          </Text>
        )}
        <Textarea
          label={t('fieldReport.chronology')}
          value={draft.chronology}
          onChange={(e) => set('chronology', e.currentTarget.value)}
          error={errors.chronology}
          autosize
          minRows={3}
          required
        />
        <Textarea
          label={t('fieldReport.witnesses')}
          placeholder={t('fieldReport.witnessesHint')}
          value={draft.witnesses}
          onChange={(e) => set('witnesses', e.currentTarget.value)}
          autosize
          minRows={1}
        />
        <TextInput
          label={t('fieldReport.takenTo')}
          placeholder={t('fieldReport.takenToHint')}
          value={draft.takenTo}
          onChange={(e) => set('takenTo', e.currentTarget.value)}
        />
        <Checkbox label={t('fieldReport.died')} checked={draft.died} onChange={(e) => set('died', e.currentTarget.checked)} />
        <PhotoPicker photos={draft.photos} onChange={(photos) => set('photos', photos)} />
        <Button type="submit" size="md">
          {t('fieldReport.save')}
        </Button>
      </Stack>
    </form>
  );
}
