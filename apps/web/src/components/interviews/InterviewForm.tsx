import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewMode } from '../../graphql/generated/graphql.js';
import { INTERVIEW_LOCATION_MAX, INTERVIEW_MODES, interviewLocationProblem } from './interview-location.js';

export interface InterviewChoice {
  at: string;
  mode: InterviewMode;
  location: string | null;
}

/** Date and time, mode (in person, phone, video) and the matching location, checked as the API checks it. */
export function InterviewForm({
  initial,
  busy,
  timeLabel,
  submitLabel,
  onSubmit,
}: {
  initial?: { mode?: InterviewMode | null; location?: string | null };
  busy: boolean;
  timeLabel: string;
  submitLabel: string;
  onSubmit: (choice: InterviewChoice) => void;
}) {
  const { t } = useTranslation();
  const [at, setAt] = useState('');
  const [mode, setMode] = useState<InterviewMode>(initial?.mode ?? 'IN_PERSON');
  const [location, setLocation] = useState(initial?.location ?? '');
  const [touched, setTouched] = useState(false);
  const problem = interviewLocationProblem(mode, location);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (!at || problem) return;
        onSubmit({ at: new Date(at).toISOString(), mode, location: location.trim() || null });
      }}
    >
      <Stack gap="xs">
        <TextInput type="datetime-local" label={timeLabel} required value={at} onChange={(e) => setAt(e.currentTarget.value)} />
        <Radio.Group label={t('interviews.mode')} value={mode} onChange={(value) => setMode(value)}>
          <Group gap="md" mt={4}>
            {INTERVIEW_MODES.map((value) => (
              <Radio key={value} value={value} label={t(`interviews.modes.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t(`interviews.location.${mode}`)}
          description={t(`interviews.hint.${mode}`)}
          type={mode === 'PHONE' ? 'tel' : mode === 'VIDEO' ? 'url' : 'text'}
          inputMode={mode === 'PHONE' ? 'tel' : mode === 'VIDEO' ? 'url' : 'text'}
          required={mode === 'VIDEO'}
          maxLength={INTERVIEW_LOCATION_MAX + 1}
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
          error={touched && problem ? t(`errors.reasons.${problem}`) : undefined}
          data-testid="interview-location-input"
        />
        <Group>
          <Button type="submit" size="sm" loading={busy} disabled={!at}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
