import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('pages.notFound.title')}</Title>
      <Anchor component={Link} to="/" underline="always">
        {t('pages.notFound.back')}
      </Anchor>
    </Stack>
  );
}
