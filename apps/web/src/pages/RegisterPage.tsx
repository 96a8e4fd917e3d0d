import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, NumberInput, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CvrInput } from '../components/CvrInput.js';
import { checkCvr } from '../components/cvr.js';
import { errorMessage } from '../errors/error-message.js';
import { graphql } from '../graphql/generated/index.js';
import { homeOf } from '../layout/navigation.js';
import { useSession } from '../session/session.js';
import { AuthLayout } from './AuthLayout.js';

const MunicipalitiesQuery = graphql(`
  query RegisterMunicipalities {
    municipalities {
      code
      name
    }
  }
`);

/** Employer self-registration: a company and its first user, signed in on success. */
export default function RegisterPage() {
  const { t } = useTranslation();
  const { register } = useSession();
  const navigate = useNavigate();
  const municipalities = useQuery(MunicipalitiesQuery);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const required = (value: unknown) => (value === '' || value == null ? t('register.required') : null);
  const form = useForm({
    initialValues: {
      cvr: '',
      companyName: '',
      municipalityCode: null as string | null,
      employeeCount: 1 as number | string,
      publicEmployer: false,
      displayName: '',
      email: '',
      password: '',
    },
    validate: {
      cvr: (value) =>
        checkCvr(value) === 'valid' ? null : t(checkCvr(value) === 'invalid' ? 'register.cvrInvalid' : 'register.cvrLength'),
      companyName: required,
      municipalityCode: required,
      displayName: required,
      email: required,
      password: (value) => (value.length < 12 ? t('register.passwordShort') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const user = await register({
        ...values,
        municipalityCode: Number(values.municipalityCode),
        employeeCount: Number(values.employeeCount),
      });
      void navigate(homeOf(user.role), { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  });

  const collator = new Intl.Collator('da-DK');
  const options = [...(municipalities.data?.municipalities ?? [])]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((m) => ({ value: String(m.code), label: m.name }));

  return (
    <AuthLayout title={t('register.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error != null && (
            <Alert color="red" role="alert">
              {errorMessage(error, t)}
            </Alert>
          )}
          <CvrInput required value={form.values.cvr} onChange={(value) => form.setFieldValue('cvr', value)} error={form.errors.cvr} />
          <TextInput label={t('register.companyName')} required {...form.getInputProps('companyName')} />
          <Select
            label={t('register.municipality')}
            placeholder={t('register.municipalityPlaceholder')}
            searchable
            required
            data={options}
            disabled={municipalities.loading && options.length === 0}
            error={municipalities.error ? errorMessage(municipalities.error, t) : form.errors.municipalityCode}
            value={form.values.municipalityCode}
            onChange={(value) => form.setFieldValue('municipalityCode', value)}
          />
          <NumberInput label={t('register.employeeCount')} min={1} required {...form.getInputProps('employeeCount')} />
          <Checkbox label={t('register.publicEmployer')} {...form.getInputProps('publicEmployer', { type: 'checkbox' })} />
          <TextInput label={t('register.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
          <TextInput label={t('register.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label={t('register.password')} autoComplete="new-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={busy}>
            {t('register.submit')}
          </Button>
          <Text size="sm">
            {t('register.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in" underline="always">
              {t('register.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
