import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { graphql } from '../../graphql/generated/index.js';
import type { CandidateForEditQuery, CandidateStatus, LanguageLevel, ResidenceBasis } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';
import { OccupationPicker, SkillPicker } from './pickers.js';

const ServedMunicipalitiesQuery = graphql(`
  query ServedMunicipalities {
    me {
      id
      jobcentre {
        id
        municipalities {
          code
          name
        }
      }
    }
  }
`);

const CandidateForEditQueryDocument = graphql(`
  query CandidateForEdit($id: ID!) {
    candidate(id: $id) {
      id
      version
      fullName
      cprMasked
      email
      phone
      status
      residenceBasis
      priorIgu
      shareProfileWithEmployers
      arrivedInDenmarkOn
      arrivedInMunicipalityOn
      profile {
        id
        municipality {
          code
        }
        danishLevel
        englishLevel
        drivingLicence
        availableFrom
        maxCommuteKm
        willingToRelocate
        desiredOccupations {
          code
          title
        }
        experienceOccupations {
          code
          title
        }
        skills {
          code
          label
        }
      }
    }
  }
`);

const CreateCandidateMutation = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      id
    }
  }
`);

const UpdateCandidateMutation = graphql(`
  mutation UpdateCandidate($id: ID!, $expectedVersion: Int!, $input: UpdateCandidateInput!) {
    updateCandidate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

export const RESIDENCE_BASES: ResidenceBasis[] = [
  'REFUGEE',
  'FAMILY_REUNIFIED_TO_REFUGEE',
  'FAMILY_REUNIFIED_OTHER',
  'UKRAINE_SPECIAL_ACT',
  'AFGHAN_SPECIAL_ACT',
  'OTHER',
];
const LEVELS: LanguageLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const STATUSES: CandidateStatus[] = ['AVAILABLE', 'INACTIVE', 'EMPLOYED', 'IN_PROGRAMME'];

type Existing = NonNullable<CandidateForEditQuery['candidate']>;

/** Create (`/jobcentre/candidates/new`) or edit (`/jobcentre/candidates/:id/edit`) a candidate. */
export default function CandidateFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(CandidateForEditQueryDocument, id ? { variables: { id }, fetchPolicy: 'network-only' } : skipToken);
  const title = t(id ? 'jobcentre.form.editTitle' : 'jobcentre.form.createTitle');
  if (id && existing.error) return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data) return <LoadingState />;
  return (
    <PageFrame title={title} intro={t('jobcentre.form.intro')}>
      <CandidateForm existing={existing.data?.candidate ?? null} />
    </PageFrame>
  );
}

function CandidateForm({ existing }: { existing: Existing | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const served = useQuery(ServedMunicipalitiesQuery);
  const [create] = useMutation(CreateCandidateMutation);
  const [update] = useMutation(UpdateCandidateMutation);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const required = (value: unknown) => (value === '' || value == null ? t('jobcentre.form.required') : null);
  const profile = existing?.profile;
  const form = useForm({
    initialValues: {
      fullName: existing?.fullName ?? '',
      cpr: '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      residenceBasis: existing?.residenceBasis ?? (null as ResidenceBasis | null),
      arrivedInDenmarkOn: existing?.arrivedInDenmarkOn ?? '',
      arrivedInMunicipalityOn: existing?.arrivedInMunicipalityOn ?? '',
      municipalityCode: profile ? String(profile.municipality.code) : (null as string | null),
      danishLevel: profile?.danishLevel ?? 'NONE',
      englishLevel: profile?.englishLevel ?? 'NONE',
      desiredOccupationCodes: profile?.desiredOccupations.map((o) => o.code) ?? [],
      experienceOccupationCodes: profile?.experienceOccupations.map((o) => o.code) ?? [],
      skillCodes: profile?.skills.map((s) => s.code) ?? [],
      availableFrom: profile?.availableFrom ?? '',
      maxCommuteKm: String(profile?.maxCommuteKm ?? 30),
      drivingLicence: profile?.drivingLicence ?? false,
      willingToRelocate: profile?.willingToRelocate ?? false,
      priorIgu: existing?.priorIgu ?? false,
      shareProfileWithEmployers: existing?.shareProfileWithEmployers ?? false,
      status: existing?.status ?? 'AVAILABLE',
    },
    validate: {
      fullName: required,
      cpr: (value) => (existing ? null : /^\d{6}-?\d{4}$/.test(value.trim()) ? null : t('jobcentre.form.cprFormat')),
      residenceBasis: required,
      arrivedInDenmarkOn: required,
      arrivedInMunicipalityOn: required,
      municipalityCode: required,
      maxCommuteKm: required,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const common = {
      fullName: values.fullName.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      residenceBasis: values.residenceBasis!,
      arrivedInMunicipalityOn: values.arrivedInMunicipalityOn,
      municipalityCode: Number(values.municipalityCode),
      danishLevel: values.danishLevel,
      englishLevel: values.englishLevel,
      desiredOccupationCodes: values.desiredOccupationCodes,
      experienceOccupationCodes: values.experienceOccupationCodes,
      skillCodes: values.skillCodes,
      availableFrom: values.availableFrom || null,
      maxCommuteKm: Number(values.maxCommuteKm),
      drivingLicence: values.drivingLicence,
      willingToRelocate: values.willingToRelocate,
      priorIgu: values.priorIgu,
      shareProfileWithEmployers: values.shareProfileWithEmployers,
    };
    try {
      let id: string;
      if (existing) {
        const status = values.status === existing.status ? {} : { status: values.status };
        const { data } = await update({
          variables: { id: existing.id, expectedVersion: existing.version, input: { ...common, ...status } },
        });
        id = data!.updateCandidate.id;
      } else {
        const { data } = await create({
          variables: {
            input: {
              ...common,
              cpr: values.cpr.trim(),
              arrivedInDenmarkOn: values.arrivedInDenmarkOn,
              idempotencyKey: crypto.randomUUID(),
            },
          },
        });
        id = data!.createCandidate.id;
      }
      void navigate(`/jobcentre/candidates/${id}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  });

  const municipalities = (served.data?.me.jobcentre?.municipalities ?? []).map((m) => ({ value: String(m.code), label: m.name }));
  const levels = LEVELS.map((level) => ({ value: level, label: t(`jobcentre.levels.${level}`) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error, t)}
          </Alert>
        )}
        <Title order={3}>{t('jobcentre.form.person')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('jobcentre.form.fullName')} required autoComplete="off" {...form.getInputProps('fullName')} />
          {existing ? (
            <TextInput label={t('jobcentre.form.cpr')} value={existing.cprMasked} readOnly description={t('jobcentre.form.cprMasked')} />
          ) : (
            <TextInput
              label={t('jobcentre.form.cpr')}
              description={t('jobcentre.form.cprHint')}
              required
              autoComplete="off"
              inputMode="numeric"
              {...form.getInputProps('cpr')}
            />
          )}
          <TextInput label={t('jobcentre.form.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label={t('jobcentre.form.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <Select
            label={t('jobcentre.form.residenceBasis')}
            required
            data={RESIDENCE_BASES.map((basis) => ({ value: basis, label: t(`jobcentre.residenceBasis.${basis}`) }))}
            {...form.getInputProps('residenceBasis')}
          />
          {existing && (
            <Select
              label={t('jobcentre.form.status')}
              data={STATUSES.map((status) => ({ value: status, label: t(`jobcentre.candidateStatus.${status}`) }))}
              {...form.getInputProps('status')}
            />
          )}
        </SimpleGrid>

        <Title order={3}>{t('jobcentre.form.arrival')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('jobcentre.form.arrivedInDenmarkOn')}
            type="date"
            required
            readOnly={!!existing}
            {...form.getInputProps('arrivedInDenmarkOn')}
          />
          <TextInput
            label={t('jobcentre.form.arrivedInMunicipalityOn')}
            type="date"
            required
            {...form.getInputProps('arrivedInMunicipalityOn')}
          />
          <Select
            label={t('jobcentre.form.municipality')}
            description={t('jobcentre.form.municipalityHint')}
            required
            searchable
            data={municipalities}
            error={served.error ? errorMessage(served.error, t) : form.errors.municipalityCode}
            value={form.values.municipalityCode}
            onChange={(value) => form.setFieldValue('municipalityCode', value)}
          />
          <TextInput label={t('jobcentre.form.availableFrom')} type="date" {...form.getInputProps('availableFrom')} />
        </SimpleGrid>

        <Title order={3}>{t('jobcentre.form.competences')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('jobcentre.form.danishLevel')} data={levels} allowDeselect={false} {...form.getInputProps('danishLevel')} />
          <Select label={t('jobcentre.form.englishLevel')} data={levels} allowDeselect={false} {...form.getInputProps('englishLevel')} />
        </SimpleGrid>
        <OccupationPicker
          label={t('jobcentre.form.desiredOccupations')}
          placeholder={t('jobcentre.form.searchOccupation')}
          known={profile?.desiredOccupations.map((o) => ({ code: o.code, label: `${o.code} ${o.title}` }))}
          value={form.values.desiredOccupationCodes}
          onChange={(value) => form.setFieldValue('desiredOccupationCodes', value)}
        />
        <OccupationPicker
          label={t('jobcentre.form.experienceOccupations')}
          placeholder={t('jobcentre.form.searchOccupation')}
          known={profile?.experienceOccupations.map((o) => ({ code: o.code, label: `${o.code} ${o.title}` }))}
          value={form.values.experienceOccupationCodes}
          onChange={(value) => form.setFieldValue('experienceOccupationCodes', value)}
        />
        <SkillPicker
          label={t('jobcentre.form.skills')}
          placeholder={t('jobcentre.form.searchSkill')}
          known={profile?.skills}
          value={form.values.skillCodes}
          onChange={(value) => form.setFieldValue('skillCodes', value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('jobcentre.form.maxCommuteKm')} min={0} max={500} {...form.getInputProps('maxCommuteKm')} />
        </SimpleGrid>
        <Checkbox label={t('jobcentre.form.drivingLicence')} {...form.getInputProps('drivingLicence', { type: 'checkbox' })} />
        <Checkbox label={t('jobcentre.form.willingToRelocate')} {...form.getInputProps('willingToRelocate', { type: 'checkbox' })} />
        <Checkbox label={t('jobcentre.form.priorIgu')} {...form.getInputProps('priorIgu', { type: 'checkbox' })} />

        <Title order={3}>{t('jobcentre.form.consent')}</Title>
        <Checkbox
          label={t('jobcentre.form.shareProfileWithEmployers')}
          description={t('jobcentre.form.shareHint')}
          {...form.getInputProps('shareProfileWithEmployers', { type: 'checkbox' })}
        />
        <Text size="sm">{t('jobcentre.form.privacy')}</Text>
        <Group>
          <Button type="submit" loading={busy}>
            {t(existing ? 'jobcentre.form.save' : 'jobcentre.form.create')}
          </Button>
          <Button variant="default" component={Link} to={existing ? `/jobcentre/candidates/${existing.id}` : '/jobcentre/candidates'}>
            {t('jobcentre.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
