import { Alert, Button, type ButtonProps, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors/error-message.js';
import { downloadFile } from '../files/download-file.js';

/** A button that downloads an API file with the session's token (fetch + blob), with its own loading and error state. */
export function DownloadButton({
  path,
  filename,
  label,
  testId,
  ...button
}: { path: string; filename: string; label: string; testId?: string } & Omit<ButtonProps, 'children' | 'onClick' | 'loading'>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconDownload size={14} aria-hidden />}
        {...button}
        data-testid={testId}
        loading={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          downloadFile(path, filename)
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
      {error != null && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(error, t)}
        </Alert>
      )}
    </Stack>
  );
}
