import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDateTime, formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import type { ProposalStatus, ProposalsByStatusQuery } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';
import { AgreementDownload } from '../../components/AgreementDownload.js';
import { InterviewDetails } from '../../components/interviews/InterviewDetails.js';

const ProposalCountsQuery = graphql(`
  query ProposalCounts {
    proposed: proposals(first: 0, filter: { statuses: [PROPOSED] }) {
      totalCount
    }
    interview: proposals(first: 0, filter: { statuses: [INTERVIEW] }) {
      totalCount
    }
    accepted: proposals(first: 0, filter: { statuses: [ACCEPTED] }) {
      totalCount
    }
    rejected: proposals(first: 0, filter: { statuses: [REJECTED] }) {
      totalCount
    }
    withdrawn: proposals(first: 0, filter: { statuses: [WITHDRAWN] }) {
      totalCount
    }
  }
`);

const ProposalsByStatusQueryDocument = graphql(`
  query ProposalsByStatus($status: ProposalStatus!, $after: String) {
    proposals(first: 50, filter: { statuses: [$status] }, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          status
          note
          createdAt
          updatedAt
          interviewAt
          interviewMode
          interviewLocation
          decisionReason
          crossMunicipality
          candidate {
            id
            reference
          }
          candidateContact {
            fullName
          }
          position {
            id
            title
            kind
            company {
              id
              name
            }
            municipality {
              code
              name
            }
          }
          programme {
            id
            status
          }
        }
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawProposal($id: ID!, $expectedVersion: Int, $reason: String) {
    withdrawProposal(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const PIPELINE: { status: ProposalStatus; key: 'proposed' | 'interview' | 'accepted' | 'rejected' | 'withdrawn' }[] = [
  { status: 'PROPOSED', key: 'proposed' },
  { status: 'INTERVIEW', key: 'interview' },
  { status: 'ACCEPTED', key: 'accepted' },
  { status: 'REJECTED', key: 'rejected' },
  { status: 'WITHDRAWN', key: 'withdrawn' },
];
const WITHDRAWABLE: ProposalStatus[] = ['PROPOSED', 'INTERVIEW', 'ACCEPTED'];

type Proposal = ProposalsByStatusQuery['proposals']['edges'][number]['node'];

/** The jobcentre's proposals by status, from proposed to decided; open ones can be withdrawn. */
export default function ProposalsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ProposalStatus>('PROPOSED');
  const counts = useQuery(ProposalCountsQuery);
  return (
    <PageFrame title={t('pages.proposals.title')} intro={t('jobcentre.proposals.intro')}>
      <Tabs value={status} onChange={(value) => value && setStatus(value as ProposalStatus)} keepMounted={false}>
        <Tabs.List>
          {PIPELINE.map(({ status: tab, key }) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`jobcentre.proposalStatus.${tab}`)}
              {counts.data && ` (${formatInteger(counts.data[key].totalCount)})`}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PIPELINE.map(({ status: tab }) => (
          <Tabs.Panel key={tab} value={tab} pt="md">
            <ProposalList status={tab} onChanged={() => void counts.refetch()} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </PageFrame>
  );
}

function ProposalList({ status, onChanged }: { status: ProposalStatus; onChanged: () => void }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(ProposalsByStatusQueryDocument, { variables: { status } });
  const [withdrawing, setWithdrawing] = useState<Proposal | null>(null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const proposals = data.proposals.edges.map(({ node }) => node);
  if (proposals.length === 0) return <EmptyState message={t('jobcentre.proposals.empty')} />;
  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {proposals.map((proposal) => (
          <Card component="li" withBorder key={proposal.id} data-testid="proposal">
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{proposal.position.title}</Text>
                <Text size="sm">
                  {proposal.position.company.name} · {proposal.position.municipality.name} ·{' '}
                  {t(`jobcentre.kinds.${proposal.position.kind}`)}
                </Text>
                <Text size="sm">
                  <Anchor component={Link} to={`/jobcentre/candidates/${proposal.candidate.id}`}>
                    {proposal.candidateContact?.fullName ?? proposal.candidate.reference}
                  </Anchor>{' '}
                  ({proposal.candidate.reference}) · {t('jobcentre.proposals.proposedAt', { at: formatDateTime(proposal.createdAt) })}
                </Text>
                {proposal.interviewAt && (
                  <InterviewDetails
                    proposalId={proposal.id}
                    at={proposal.interviewAt}
                    mode={proposal.interviewMode}
                    location={proposal.interviewLocation}
                    label={t('jobcentre.proposals.interviewAt', { at: formatDateTime(proposal.interviewAt) })}
                  />
                )}
                {proposal.note && <Text size="sm">{t('jobcentre.proposals.note', { note: proposal.note })}</Text>}
                {proposal.decisionReason && <Text size="sm">{t('jobcentre.proposals.reason', { reason: proposal.decisionReason })}</Text>}
                {proposal.programme && (
                  <Text size="sm">
                    {t('jobcentre.proposals.programme', { status: t(`jobcentre.programmeStatus.${proposal.programme.status}`) })}
                  </Text>
                )}
                {proposal.programme && proposal.position.kind === 'IGU' && <AgreementDownload programmeId={proposal.programme.id} />}
              </Stack>
              <Group gap="xs">
                {proposal.crossMunicipality && (
                  <Badge variant="light" color="grape" c="dark">
                    {t('jobcentre.match.crossMunicipality')}
                  </Badge>
                )}
                {WITHDRAWABLE.includes(proposal.status) && (
                  <Button size="xs" variant="outline" color="red" onClick={() => setWithdrawing(proposal)}>
                    {t('jobcentre.proposals.withdraw')}
                  </Button>
                )}
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      {data.proposals.pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() =>
            void fetchMore({
              variables: { after: data.proposals.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                proposals: { ...fetchMoreResult.proposals, edges: [...previous.proposals.edges, ...fetchMoreResult.proposals.edges] },
              }),
            })
          }
        >
          {t('jobcentre.showMore')}
        </Button>
      )}
      <WithdrawDialog
        proposal={withdrawing}
        onClose={() => setWithdrawing(null)}
        onWithdrawn={() => {
          setWithdrawing(null);
          void refetch();
          onChanged();
        }}
      />
    </Stack>
  );
}

function WithdrawDialog(props: { proposal: Proposal | null; onClose: () => void; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [withdraw, { loading, error, reset }] = useMutation(WithdrawMutation);
  const close = () => {
    setReason('');
    reset();
    props.onClose();
  };
  return (
    <Modal
      opened={props.proposal != null}
      onClose={close}
      title={t('jobcentre.proposals.withdrawTitle')}
      closeButtonProps={{ 'aria-label': t('jobcentre.close') }}
    >
      {props.proposal && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const { id, version } = props.proposal!;
            withdraw({ variables: { id, expectedVersion: version, reason: reason.trim() || null } }).then(
              () => {
                setReason('');
                props.onWithdrawn();
              },
              () => undefined, // shown from the mutation's error state
            );
          }}
        >
          <Stack>
            <Text size="sm">{t('jobcentre.proposals.withdrawText', { position: props.proposal.position.title })}</Text>
            {error && (
              <Text c="red.8" size="sm" role="alert">
                {errorMessage(error, t)}
              </Text>
            )}
            <Textarea
              label={t('jobcentre.proposals.withdrawReason')}
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('jobcentre.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading}>
                {t('jobcentre.proposals.withdrawConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
