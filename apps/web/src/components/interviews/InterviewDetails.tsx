import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.js';
import type { InterviewMode } from '../../graphql/generated/graphql.js';
import { DownloadButton } from '../DownloadButton.js';
import { safeMeetingLink } from './interview-location.js';

/**
 * A proposal's interview as both sides see it: time, mode, address / phone
 * number / meeting link, and its calendar file (downloaded with the token).
 */
export function InterviewDetails({
  proposalId,
  at,
  mode,
  location,
  label,
}: {
  proposalId: string;
  at: string;
  mode: InterviewMode | null | undefined;
  location: string | null | undefined;
  /** The screen's own "Interview {{at}}" text. */
  label: string;
}) {
  const { t } = useTranslation();
  const link = mode === 'VIDEO' ? safeMeetingLink(location) : null;
  return (
    <Stack gap={4} data-testid="interview">
      <Text size="sm" data-testid="interview-at">
        {label}
        {mode && ` · ${t(`interviews.shown.${mode}`)}`}
      </Text>
      {location && (
        <Text size="sm" data-testid="interview-location" style={{ overflowWrap: 'anywhere' }}>
          {link ? (
            <Anchor href={link} target="_blank" rel="noopener noreferrer" underline="always">
              {link}
            </Anchor>
          ) : (
            location
          )}
        </Text>
      )}
      <Group gap="xs">
        <DownloadButton
          path={`/proposals/${proposalId}/interview.ics`}
          filename={`samtale-${formatDateTime(at).replace(/[^\dA-Za-z]+/g, '-')}.ics`}
          label={t('interviews.downloadCalendar')}
          testId="download-calendar"
        />
      </Group>
    </Stack>
  );
}
