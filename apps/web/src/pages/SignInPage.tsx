import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../errors/error-message.js';
import { homeOf } from '../layout/navigation.js';
import { useSession } from '../session/session.js';
import { AuthLayout } from './AuthLayout.js';

export default function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Both fields are text inputs, so their entries are strings.
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(text('email'), text('password'));
      void navigate(homeOf(user.role), { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('signIn.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {error != null && (
            <Alert color="red" role="alert">
              {errorMessage(error, t)}
            </Alert>
          )}
          <TextInput name="email" type="email" label={t('signIn.email')} autoComplete="username" required />
          <PasswordInput name="password" label={t('signIn.password')} autoComplete="current-password" required />
          <Button type="submit" loading={busy}>
            {t('signIn.submit')}
          </Button>
          <Text size="sm">
            {t('signIn.noAccount')}{' '}
            <Anchor component={Link} to="/register" underline="always">
              {t('signIn.register')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
