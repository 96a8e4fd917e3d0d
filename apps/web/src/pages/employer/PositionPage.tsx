import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDate, formatDateTime } from '../../format.js';
import { ClosePositionMutation, EmployerPositionQuery, PublishPositionMutation } from './documents.js';
import { MatchList } from './MatchList.js';
import { EmployerPage, StatusBadge } from './parts.js';
import { ProposalList } from './ProposalList.js';

const wage = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK' });
const hours = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** One position: its terms, publish/close, the jobcentres' proposals and the ranked matches. */
export default function PositionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EmployerPositionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [publish, publishing] = useMutation(PublishPositionMutation);
  const [close, closing] = useMutation(ClosePositionMutation);
  const [closeOpen, setCloseOpen] = useState(false);
  const [closeReason, setCloseReason] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const position = data?.position;

  if (!position) {
    return (
      <EmployerPage title={t('employer.position.pageTitle')}>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </EmployerPage>
    );
  }

  const run = async (work: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await work();
      setCloseOpen(false);
    } catch (failure) {
      setActionError(failure);
    }
  };
  const editable = position.status === 'DRAFT' || position.status === 'OPEN';
  const facts: [string, string][] = [
    [t('employer.position.occupation'), `${position.occupation.code} ${position.occupation.title}`],
    [t('employer.position.municipality'), position.municipality.name],
    [t('employer.position.weeklyHours'), hours.format(position.weeklyHours)],
    [t('employer.position.openings'), String(position.openings)],
    [t('employer.position.startDate'), position.startDate ? formatDate(position.startDate) : '–'],
    [t('employer.position.applicationDeadline'), position.applicationDeadline ? formatDate(position.applicationDeadline) : '–'],
    [t('employer.position.requiredDanishLevel'), t(`employer.language.${position.requiredDanishLevel}`)],
    [t('employer.position.hourlyWage'), position.hourlyWageDkk != null ? wage.format(position.hourlyWageDkk) : '–'],
    [t('employer.position.union'), position.union?.name ?? '–'],
    [t('employer.position.collectiveAgreement'), position.collectiveAgreement ?? '–'],
    [
      t('employer.position.skills'),
      position.skills.map((s) => `${s.skill.label}${s.required ? '' : ` (${t('employer.position.optional')})`}`).join(', ') || '–',
    ],
  ];

  return (
    <EmployerPage
      title={position.title}
      actions={
        <>
          {editable && (
            <Button component={Link} to={`/employer/positions/${position.id}/edit`} variant="default">
              {t('employer.position.edit')}
            </Button>
          )}
          {position.status === 'DRAFT' && (
            <Button
              loading={publishing.loading}
              onClick={() => void run(() => publish({ variables: { id: position.id, expectedVersion: position.version } }))}
            >
              {t('employer.position.publish')}
            </Button>
          )}
          {editable && (
            <Button color="red.9" variant="outline" onClick={() => setCloseOpen((v) => !v)}>
              {t('employer.position.close')}
            </Button>
          )}
        </>
      }
    >
      <Group gap="xs">
        <StatusBadge kind="position" status={position.status} />
        <Badge variant="outline" color="gray" c="dark">
          {t(`employer.kind.${position.kind}`)}
        </Badge>
        {position.publishedAt && <Text size="sm">{t('employer.position.publishedAt', { at: formatDateTime(position.publishedAt) })}</Text>}
        {position.closeReason && <Text size="sm">{t('employer.position.closedBecause', { reason: position.closeReason })}</Text>}
      </Group>
      {actionError != null && (
        <Alert color="red" role="alert">
          {errorMessage(actionError, t)}
        </Alert>
      )}
      {closeOpen && (
        <Card withBorder>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(() =>
                close({ variables: { id: position.id, expectedVersion: position.version, reason: closeReason.trim() || null } }),
              );
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('employer.position.closeReason')}
                value={closeReason}
                onChange={(e) => setCloseReason(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red.9" loading={closing.loading}>
                  {t('employer.position.confirmClose')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
      <Card withBorder>
        <Text mb="sm" style={{ whiteSpace: 'pre-line' }}>
          {position.description}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" fw={600}>
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      <ProposalList position={position} />
      {position.status === 'DRAFT' ? (
        <Text>{t('employer.matches.afterPublish')}</Text>
      ) : (
        <MatchList positionId={position.id} isIgu={position.kind === 'IGU'} />
      )}
      <Anchor component={Link} to="/employer/positions" underline="always">
        {t('employer.position.back')}
      </Anchor>
    </EmployerPage>
  );
}
