import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/states.js';
import { InterviewDetails } from '../../components/interviews/InterviewDetails.js';
import { InterviewForm } from '../../components/interviews/InterviewForm.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDateTime } from '../../format.js';
import type { EmployerPositionQuery } from '../../graphql/generated/graphql.js';
import { AcceptProposalMutation, CreateProgrammeMutation, RejectProposalMutation, ScheduleInterviewMutation } from './documents.js';
import { StatusBadge } from './parts.js';

type Position = NonNullable<EmployerPositionQuery['position']>;
type Proposal = Position['proposals']['edges'][number]['node'];

/** The jobcentres' proposals for the position, each with what the employer may do next. */
export function ProposalList({ position }: { position: Position }) {
  const { t } = useTranslation();
  const proposals = position.proposals.edges.map((edge) => edge.node);
  return (
    <Stack gap="sm" component="section" aria-labelledby="proposals-heading">
      <Title order={3} id="proposals-heading">
        {t('employer.proposals.title')}
      </Title>
      {proposals.length === 0 ? (
        <EmptyState message={t('employer.proposals.empty')} />
      ) : (
        proposals.map((proposal) => <ProposalCard key={proposal.id} proposal={proposal} position={position} />)
      )}
    </Stack>
  );
}

type Action = 'interview' | 'reject' | null;

/** Today plus `days` as YYYY-MM-DD (the browser's calendar; only a default for a date field). */
const daysFromNow = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

function ProposalCard({ proposal, position }: { proposal: Proposal; position: Position }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [action, setAction] = useState<Action>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [schedule, scheduling] = useMutation(ScheduleInterviewMutation);
  const [accept, accepting] = useMutation(AcceptProposalMutation);
  const [reject, rejecting] = useMutation(RejectProposalMutation);
  const [createProgramme, creating] = useMutation(CreateProgrammeMutation);
  const open = proposal.status === 'PROPOSED' || proposal.status === 'INTERVIEW';
  const headingId = `proposal-${proposal.id}`;

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setAction(null);
    } catch (failure) {
      setError(failure);
    }
  };

  /** A DRAFT with the position's terms; the builder takes it from there. */
  const buildProgramme = () =>
    run(async () => {
      const startDate = position.startDate && position.startDate > daysFromNow(1) ? position.startDate : daysFromNow(14);
      const { data } = await createProgramme({
        variables: { input: { proposalId: proposal.id, startDate, weeklyWorkHours: position.weeklyHours } },
      });
      void navigate(`/employer/programmes/${data!.createProgramme.id}`);
    });

  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-testid="proposal">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={700} id={headingId}>
              {proposal.candidateContact?.fullName ?? proposal.candidate.reference}
            </Text>
            <Text size="sm">
              {t('employer.matches.profile', {
                age: proposal.candidate.age,
                level: t(`employer.language.${proposal.candidate.danishLevel}`),
                municipality: proposal.candidate.municipality.name,
              })}
            </Text>
            <Text size="sm">
              {t('employer.proposals.proposedBy', { jobcentre: proposal.proposedBy.name, at: formatDateTime(proposal.createdAt) })}
            </Text>
          </div>
          <StatusBadge kind="proposal" status={proposal.status} />
        </Group>
        {proposal.note && <Text size="sm">{t('employer.proposals.note', { note: proposal.note })}</Text>}
        {proposal.interviewAt && (
          <InterviewDetails
            proposalId={proposal.id}
            at={proposal.interviewAt}
            mode={proposal.interviewMode}
            location={proposal.interviewLocation}
            label={t('employer.proposals.interviewAt', { at: formatDateTime(proposal.interviewAt) })}
          />
        )}
        {proposal.decisionReason && <Text size="sm">{t('employer.proposals.reason', { reason: proposal.decisionReason })}</Text>}
        {proposal.candidateContact && (
          <Text size="sm">{[proposal.candidateContact.email, proposal.candidateContact.phone].filter(Boolean).join(' · ')}</Text>
        )}
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error, t)}
          </Alert>
        )}

        {open && (
          <Group gap="xs">
            <Button
              size="xs"
              variant={action === 'interview' ? 'filled' : 'default'}
              onClick={() => setAction(action === 'interview' ? null : 'interview')}
            >
              {t(proposal.interviewAt ? 'employer.proposals.reschedule' : 'employer.proposals.schedule')}
            </Button>
            <Button
              size="xs"

              loading={accepting.loading}
              onClick={() => void run(() => accept({ variables: { id: proposal.id, expectedVersion: proposal.version } }))}
            >
              {t('employer.proposals.accept')}
            </Button>
            <Button
              size="xs"
              color="red.9"
              variant={action === 'reject' ? 'filled' : 'outline'}
              onClick={() => setAction(action === 'reject' ? null : 'reject')}
            >
              {t('employer.proposals.reject')}
            </Button>
          </Group>
        )}
        {open && action === 'interview' && (
          <InterviewForm
            initial={{ mode: proposal.interviewMode, location: proposal.interviewLocation }}
            busy={scheduling.loading}
            timeLabel={t('employer.proposals.interviewTime')}
            submitLabel={t('employer.proposals.confirmSchedule')}
            onSubmit={({ at, mode, location }) =>
              void run(() => schedule({ variables: { id: proposal.id, expectedVersion: proposal.version, at, mode, location } }))
            }
          />
        )}
        {open && action === 'reject' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!reason.trim()) return;
              void run(() => reject({ variables: { id: proposal.id, expectedVersion: proposal.version, reason: reason.trim() } }));
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('employer.proposals.rejectReason')}
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" size="sm" color="red.9" loading={rejecting.loading} disabled={!reason.trim()}>
                  {t('employer.proposals.confirmReject')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {proposal.status === 'ACCEPTED' &&
          position.kind !== 'JOB' &&
          (proposal.programme ? (
            <Group gap="xs">
              <Anchor component={Link} to={`/employer/programmes/${proposal.programme.id}`} underline="always">
                {t('employer.proposals.openProgramme')}
              </Anchor>
              <StatusBadge kind="programme" status={proposal.programme.status} />
            </Group>
          ) : (
            <Group>
              <Button size="xs" loading={creating.loading} onClick={() => void buildProgramme()}>
                {t('employer.proposals.buildProgramme')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}
