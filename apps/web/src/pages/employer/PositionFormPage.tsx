import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import type { CreatePositionInput, EmployerPositionFieldsFragment, LanguageLevel, PositionKind } from '../../graphql/generated/graphql.js';
import { CreatePositionMutation, EmployerPositionQuery, PositionFormReferenceQuery, UpdatePositionMutation } from './documents.js';
import { fieldErrors } from './field-errors.js';
import { EmployerPage } from './parts.js';
import { type Option, OccupationPicker, SkillsPicker } from './pickers.js';

const KINDS: PositionKind[] = ['IGU', 'JOB', 'INTERNSHIP', 'WAGE_SUBSIDY'];
export const LANGUAGE_LEVELS: LanguageLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

interface Values {
  kind: PositionKind;
  title: string;
  description: string;
  occupation: Option | null;
  skills: (Option & { required: boolean })[];
  municipalityCode: string | null;
  latitude: number | string;
  longitude: number | string;
  weeklyHours: number | string;
  openings: number | string;
  startDate: string;
  applicationDeadline: string;
  requiredDanishLevel: LanguageLevel;
  drivingLicenceRequired: boolean;
  hourlyWageDkk: number | string;
  unionId: string | null;
  collectiveAgreement: string;
}

const EMPTY: Values = {
  kind: 'IGU',
  title: '',
  description: '',
  occupation: null,
  skills: [],
  municipalityCode: null,
  latitude: '',
  longitude: '',
  weeklyHours: 30,
  openings: 1,
  startDate: '',
  applicationDeadline: '',
  requiredDanishLevel: 'NONE',
  drivingLicenceRequired: false,
  hourlyWageDkk: '',
  unionId: null,
  collectiveAgreement: '',
};

function valuesOf(position: EmployerPositionFieldsFragment): Values {
  return {
    kind: position.kind,
    title: position.title,
    description: position.description,
    occupation: { value: position.occupation.code, label: `${position.occupation.code} ${position.occupation.title}` },
    skills: position.skills.map((s) => ({ value: s.skill.code, label: s.skill.label, required: s.required })),
    municipalityCode: String(position.municipality.code),
    latitude: position.location.latitude,
    longitude: position.location.longitude,
    weeklyHours: position.weeklyHours,
    openings: position.openings,
    startDate: position.startDate ?? '',
    applicationDeadline: position.applicationDeadline ?? '',
    requiredDanishLevel: position.requiredDanishLevel,
    drivingLicenceRequired: position.drivingLicenceRequired,
    hourlyWageDkk: position.hourlyWageDkk ?? '',
    unionId: position.union?.id ?? null,
    collectiveAgreement: position.collectiveAgreement ?? '',
  };
}

const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

/** What both createPosition and updatePosition take (kind is fixed after creation). */
function inputOf(values: Values): Omit<CreatePositionInput, 'kind'> {
  const latitude = numberOrNull(values.latitude);
  const longitude = numberOrNull(values.longitude);
  return {
    title: values.title,
    description: values.description,
    occupationCode: values.occupation?.value ?? '',
    municipalityCode: Number(values.municipalityCode ?? 0),
    location: latitude != null && longitude != null ? { latitude, longitude } : null,
    skills: values.skills.map((s) => ({ skillCode: s.value, required: s.required })),
    weeklyHours: Number(values.weeklyHours),
    openings: Number(values.openings),
    startDate: values.startDate || null,
    applicationDeadline: values.applicationDeadline || null,
    requiredDanishLevel: values.requiredDanishLevel,
    drivingLicenceRequired: values.drivingLicenceRequired,
    hourlyWageDkk: numberOrNull(values.hourlyWageDkk),
    unionId: values.unionId,
    collectiveAgreement: values.collectiveAgreement.trim() || null,
  };
}

/** Create (`/employer/positions/new`) or edit (`/employer/positions/:id/edit`) a position. */
export default function PositionFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(EmployerPositionQuery, id ? { variables: { id } } : skipToken);
  const title = t(id ? 'employer.form.editTitle' : 'employer.form.createTitle');
  if (id && existing.error) {
    return (
      <EmployerPage title={title}>
        <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />
      </EmployerPage>
    );
  }
  if (id && !existing.data?.position) {
    return (
      <EmployerPage title={title}>
        <LoadingState />
      </EmployerPage>
    );
  }
  return (
    <EmployerPage title={title}>
      <PositionForm key={id ?? 'new'} position={existing.data?.position ?? null} />
    </EmployerPage>
  );
}

function PositionForm({ position }: { position: EmployerPositionFieldsFragment | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useQuery(PositionFormReferenceQuery);
  const [values, setValues] = useState<Values>(position ? valuesOf(position) : EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [create, creating] = useMutation(CreatePositionMutation);
  const [update, updating] = useMutation(UpdatePositionMutation);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errors = fieldErrors(error, t);
  const lockedWhileOpen = position?.status === 'OPEN';

  const collator = new Intl.Collator('da-DK');
  const municipalities = [...(reference.data?.municipalities ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const centreOf = (code: string | null) => municipalities.find((m) => String(m.code) === code);

  const chooseMunicipality = (code: string | null) => {
    const centre = centreOf(code);
    setValues((v) => ({ ...v, municipalityCode: code, latitude: centre?.latitude ?? '', longitude: centre?.longitude ?? '' }));
  };

  const submit = async () => {
    setError(null);
    const input = inputOf(values);
    try {
      if (position) {
        const { occupationCode, municipalityCode, ...rest } = input;
        const { data } = await update({
          variables: {
            id: position.id,
            expectedVersion: position.version,
            input: lockedWhileOpen ? rest : { ...rest, occupationCode, municipalityCode },
          },
        });
        void navigate(`/employer/positions/${data!.updatePosition.id}`);
      } else {
        const { data } = await create({ variables: { input: { ...input, kind: values.kind } } });
        void navigate(`/employer/positions/${data!.createPosition.id}`);
      }
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-label={t(position ? 'employer.form.editTitle' : 'employer.form.createTitle')}
    >
      <Stack>
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error, t)}
          </Alert>
        )}
        {reference.error && <ErrorState error={reference.error} onRetry={() => void reference.refetch()} />}
        <Fieldset legend={t('employer.form.basics')}>
          <Stack>
            <Select
              label={t('employer.position.kind')}
              data={KINDS.map((kind) => ({ value: kind, label: t(`employer.kind.${kind}`) }))}
              value={values.kind}
              onChange={(value) => value && set('kind', value)}
              allowDeselect={false}
              disabled={!!position}
              required
            />
            <TextInput
              label={t('employer.position.title')}
              required
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errors.title}
            />
            <Textarea
              label={t('employer.position.description')}
              required
              autosize
              minRows={3}
              value={values.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={errors.description}
            />
            <OccupationPicker
              value={values.occupation}
              onChange={(value) => set('occupation', value)}
              error={errors.occupationCode}
              disabled={lockedWhileOpen}
            />
            <SkillsPicker
              value={values.skills}
              onChange={(options) =>
                set(
                  'skills',
                  options.map((o) => ({ ...o, required: values.skills.find((s) => s.value === o.value)?.required ?? true })),
                )
              }
              error={errors.skills}
            />
            {values.skills.length > 0 && (
              <Group gap="md">
                {values.skills.map((skill) => (
                  <Checkbox
                    key={skill.value}
                    label={t('employer.form.skillRequired', { skill: skill.label })}
                    checked={skill.required}
                    onChange={(e) => {
                      const required = e.currentTarget.checked;
                      set(
                        'skills',
                        values.skills.map((s) => (s.value === skill.value ? { ...s, required } : s)),
                      );
                    }}
                  />
                ))}
              </Group>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('employer.form.place')}>
          <Stack>
            <Select
              label={t('employer.position.municipality')}
              placeholder={t('employer.position.search')}
              searchable
              required
              data={municipalities.map((m) => ({ value: String(m.code), label: m.name }))}
              value={values.municipalityCode}
              onChange={chooseMunicipality}
              error={errors.municipalityCode}
              disabled={lockedWhileOpen}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput
                label={t('employer.position.latitude')}
                decimalScale={5}
                value={values.latitude}
                onChange={(value) => set('latitude', value)}
                error={errors.location}
              />
              <NumberInput
                label={t('employer.position.longitude')}
                decimalScale={5}
                value={values.longitude}
                onChange={(value) => set('longitude', value)}
              />
            </SimpleGrid>
            <Group>
              <Button
                variant="default"
                size="xs"
                disabled={!values.municipalityCode}
                onClick={() => chooseMunicipality(values.municipalityCode)}
              >
                {t('employer.form.useCentre')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('employer.form.terms')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('employer.position.weeklyHours')}
              description={t('employer.form.weeklyHoursHint')}
              required
              min={1}
              max={37}
              decimalScale={1}
              value={values.weeklyHours}
              onChange={(value) => set('weeklyHours', value)}
              error={errors.weeklyHours}
            />
            <NumberInput
              label={t('employer.position.openings')}
              required
              min={1}
              allowDecimal={false}
              value={values.openings}
              onChange={(value) => set('openings', value)}
              error={errors.openings}
            />
            <TextInput
              type="date"
              label={t('employer.position.startDate')}
              value={values.startDate}
              onChange={(e) => set('startDate', e.currentTarget.value)}
              error={errors.startDate}
            />
            <TextInput
              type="date"
              label={t('employer.position.applicationDeadline')}
              value={values.applicationDeadline}
              onChange={(e) => set('applicationDeadline', e.currentTarget.value)}
              error={errors.applicationDeadline}
            />
            <Select
              label={t('employer.position.requiredDanishLevel')}
              data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`employer.language.${level}`) }))}
              value={values.requiredDanishLevel}
              onChange={(value) => value && set('requiredDanishLevel', value)}
              allowDeselect={false}
              error={errors.requiredDanishLevel}
            />
            <NumberInput
              label={t('employer.position.hourlyWage')}
              min={0}
              decimalScale={2}
              decimalSeparator=","
              value={values.hourlyWageDkk}
              onChange={(value) => set('hourlyWageDkk', value)}
              error={errors.hourlyWageDkk}
            />
          </SimpleGrid>
          <Checkbox
            mt="md"
            label={t('employer.position.drivingLicenceRequired')}
            checked={values.drivingLicenceRequired}
            onChange={(e) => set('drivingLicenceRequired', e.currentTarget.checked)}
          />
        </Fieldset>

        <Fieldset legend={t('employer.form.agreement')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('employer.position.union')}
              description={values.kind === 'IGU' ? t('employer.form.unionRequiredForIgu') : undefined}
              required={values.kind === 'IGU'}
              clearable
              data={(reference.data?.unions ?? []).map((u) => ({ value: u.id, label: u.name }))}
              value={values.unionId}
              onChange={(value) => set('unionId', value)}
              error={errors.unionId}
            />
            <TextInput
              label={t('employer.position.collectiveAgreement')}
              value={values.collectiveAgreement}
              onChange={(e) => set('collectiveAgreement', e.currentTarget.value)}
              error={errors.collectiveAgreement}
            />
          </SimpleGrid>
        </Fieldset>

        <Group>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t(position ? 'employer.form.save' : 'employer.form.create')}
          </Button>
          <Button variant="default" onClick={() => void navigate(position ? `/employer/positions/${position.id}` : '/employer/positions')}>
            {t('employer.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
