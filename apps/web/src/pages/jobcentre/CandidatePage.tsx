import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, Stack, Tabs, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDate, formatDateTime, formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import type { CandidateWithMatchesQuery } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';
import { AccessLogTab, ConsentHistory, EraseCandidate, ExportButtons } from './CandidateDataProtection.js';
import { FirstOfferBadge } from './CandidatesPage.js';
import { firstOfferStatus, todayInDenmark } from './first-offer.js';
import { MapSlot, countByMunicipality } from './map-slot.js';
import { formatPercent, MatchExplanation } from './MatchExplanation.js';

const CandidateWithMatchesQueryDocument = graphql(`
  query CandidateWithMatches($id: ID!, $after: String) {
    candidate(id: $id) {
      id
      fullName
      cprMasked
      status
      residenceBasis
      arrivedInMunicipalityOn
      firstOfferAt
      firstOfferTargetDate
      firstOfferDeadline
      shareProfileWithEmployers
      pseudonymisedAt
      consentHistory {
        shared
        at
        by {
          displayName
        }
      }
      profile {
        id
        reference
        age
        danishLevel
        municipality {
          code
          name
        }
        iguEligibility {
          eligible
          ruleSet
          reasons {
            code
            message
          }
        }
      }
      proposals(first: 50) {
        edges {
          node {
            id
            status
            position {
              id
            }
          }
        }
      }
      matches(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            score
            distanceKm
            crossMunicipality
            breakdown {
              occupation
              skills
              language
              distance
              availability
              iguEligible
              missingRequiredSkills {
                code
                label
              }
            }
            position {
              id
              title
              kind
              startDate
              weeklyHours
              company {
                id
                name
              }
              municipality {
                code
                name
              }
              occupation {
                code
                title
              }
            }
          }
        }
      }
    }
  }
`);

const ProposeMutation = graphql(`
  mutation ProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      status
      position {
        id
      }
    }
  }
`);

type Candidate = NonNullable<CandidateWithMatchesQuery['candidate']>;
type MatchNode = Candidate['matches']['edges'][number]['node'];

/** A candidate (addressed by id only) and their ranked matches across Denmark, each one click from a proposal. */
export default function CandidatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(CandidateWithMatchesQueryDocument, { variables: { id } });
  const [proposing, setProposing] = useState<MatchNode | null>(null);
  const [tab, setTab] = useState<string>('matches');
  const candidate = data?.candidate;
  const proposedStatus = useMemo(
    () => new Map((candidate?.proposals.edges ?? []).map(({ node }) => [node.position.id, node.status])),
    [candidate],
  );

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  if (!candidate) return <EmptyState message={t('errors.NOT_FOUND')} />;
  const { profile, matches } = candidate;

  return (
    <PageFrame title={candidate.fullName} intro={t('jobcentre.candidate.intro')}>
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Group gap="xs">
              <Text fw={600}>{profile.reference}</Text>
              <Text data-testid="cpr-masked">{t('jobcentre.candidate.cpr', { cpr: candidate.cprMasked })}</Text>
              <Badge variant="light" color="gray" c="dark">
                {t(`jobcentre.candidateStatus.${candidate.status}`)}
              </Badge>
            </Group>
            <Button
              component={Link}
              to={`/jobcentre/candidates/${candidate.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('jobcentre.candidate.edit')}
            </Button>
          </Group>
          <Group gap="xs">
            <FirstOfferBadge status={firstOfferStatus(candidate, todayInDenmark())} />
            <Text size="sm">
              {t('jobcentre.candidate.deadlines', {
                target: formatDate(candidate.firstOfferTargetDate),
                deadline: formatDate(candidate.firstOfferDeadline),
              })}
            </Text>
          </Group>
          <Text size="sm">
            {t('jobcentre.candidate.summary', {
              municipality: profile.municipality.name,
              age: profile.age,
              danish: t(`jobcentre.levels.${profile.danishLevel}`),
              basis: t(`jobcentre.residenceBasis.${candidate.residenceBasis}`),
            })}
          </Text>
          <Text size="sm">
            {profile.iguEligibility.eligible
              ? t('jobcentre.candidate.iguEligible', { ruleSet: profile.iguEligibility.ruleSet })
              : t('jobcentre.candidate.iguNotEligible', {
                  reasons: profile.iguEligibility.reasons
                    .map((reason) => t(`jobcentre.eligibility.${reason.code}`, { defaultValue: reason.code }))
                    .join(', '),
                })}
          </Text>
          {!candidate.shareProfileWithEmployers && <Text size="sm">{t('jobcentre.candidate.notShared')}</Text>}
          {candidate.pseudonymisedAt && (
            <Badge color="gray" variant="filled" data-testid="pseudonymised">
              {t('jobcentre.dataProtection.erased', { at: formatDateTime(candidate.pseudonymisedAt) })}
            </Badge>
          )}
          <Group justify="space-between" gap="xs">
            <ExportButtons candidateId={candidate.id} reference={profile.reference} />
            {!candidate.pseudonymisedAt && <EraseCandidate candidateId={candidate.id} onErased={() => void refetch()} />}
          </Group>
        </Stack>
      </Card>

      <Tabs value={tab} onChange={(value) => value && setTab(value)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="matches">{t('jobcentre.dataProtection.tabs.matches')}</Tabs.Tab>
          <Tabs.Tab value="accessLog">{t('jobcentre.dataProtection.tabs.accessLog')}</Tabs.Tab>
          <Tabs.Tab value="consent">{t('jobcentre.dataProtection.tabs.consent')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="accessLog" pt="md">
          <AccessLogTab candidateId={candidate.id} />
        </Tabs.Panel>
        <Tabs.Panel value="consent" pt="md">
          <ConsentHistory history={candidate.consentHistory} />
        </Tabs.Panel>
        <Tabs.Panel value="matches" pt="md">
          <Stack>
            <Title order={3}>{t('jobcentre.candidate.matchesTitle', { n: formatInteger(matches.totalCount) })}</Title>
            <MapSlot
              counts={countByMunicipality(matches.edges.map(({ node }) => node.position))}
              label={t('jobcentre.candidate.mapLabel')}
            />
            {matches.edges.length === 0 ? (
              <EmptyState message={t('jobcentre.candidate.noMatches')} />
            ) : (
              <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('jobcentre.candidate.matchesLabel')}>
                {matches.edges.map(({ node: match }) => {
                  const status = proposedStatus.get(match.position.id);
                  return (
                    <Card component="li" withBorder key={match.position.id} data-testid="match">
                      <Stack gap="xs">
                        <Group justify="space-between" align="flex-start" wrap="wrap">
                          <div>
                            <Title order={4}>{match.position.title}</Title>
                            <Text size="sm">
                              {match.position.company.name} · {match.position.municipality.name} ·{' '}
                              {t(`jobcentre.kinds.${match.position.kind}`)}
                              {match.position.startDate
                                ? ` · ${t('jobcentre.startsOn', { date: formatDate(match.position.startDate) })}`
                                : ''}
                            </Text>
                          </div>
                          <Group gap="xs">
                            <Badge
                              size="lg"
                              variant="filled"
                              aria-label={t('jobcentre.match.scoreLabel', { score: formatPercent(match.score) })}
                            >
                              {formatPercent(match.score)}
                            </Badge>
                            {status ? (
                              <Badge variant="light" color="blue" c="dark">
                                {t(`jobcentre.proposalStatus.${status}`)}
                              </Badge>
                            ) : (
                              <Button size="xs" leftSection={<IconSend size={14} aria-hidden />} onClick={() => setProposing(match)}>
                                {t('jobcentre.propose.button')}
                                <VisuallyHidden> {match.position.title}</VisuallyHidden>
                              </Button>
                            )}
                          </Group>
                        </Group>
                        <MatchExplanation match={match} iguPosition={match.position.kind === 'IGU'} />
                      </Stack>
                    </Card>
                  );
                })}
              </Stack>
            )}
            {matches.pageInfo.hasNextPage && (
              <Button
                variant="default"
                onClick={() =>
                  void fetchMore({
                    variables: { after: matches.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) =>
                      previous.candidate && fetchMoreResult.candidate
                        ? {
                            candidate: {
                              ...fetchMoreResult.candidate,
                              matches: {
                                ...fetchMoreResult.candidate.matches,
                                edges: [...previous.candidate.matches.edges, ...fetchMoreResult.candidate.matches.edges],
                              },
                            },
                          }
                        : previous,
                  })
                }
              >
                {t('jobcentre.showMore')}
              </Button>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ProposeDialog
        candidateId={candidate.id}
        match={proposing}
        onClose={() => setProposing(null)}
        onProposed={() => {
          setProposing(null);
          void refetch();
        }}
      />
    </PageFrame>
  );
}

function ProposeDialog(props: { candidateId: string; match: MatchNode | null; onClose: () => void; onProposed: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [propose, { loading, error, reset }] = useMutation(ProposeMutation);
  const close = () => {
    setNote('');
    reset();
    props.onClose();
  };
  return (
    <Modal
      opened={props.match != null}
      onClose={close}
      title={t('jobcentre.propose.title')}
      closeButtonProps={{ 'aria-label': t('jobcentre.close') }}
    >
      {props.match && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            propose({
              variables: {
                input: {
                  candidateId: props.candidateId,
                  positionId: props.match!.position.id,
                  note: note.trim() || null,
                  idempotencyKey: crypto.randomUUID(),
                },
              },
            }).then(
              () => {
                setNote('');
                props.onProposed();
              },
              () => undefined, // shown from the mutation's error state
            );
          }}
        >
          <Stack>
            <Text size="sm">
              {t('jobcentre.propose.to', { position: props.match.position.title, company: props.match.position.company.name })}
            </Text>
            {error && (
              <Text c="red.8" size="sm" role="alert">
                {errorMessage(error, t)}
              </Text>
            )}
            <Textarea
              label={t('jobcentre.propose.note')}
              description={t('jobcentre.propose.noteHint')}
              autosize
              minRows={3}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('jobcentre.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('jobcentre.propose.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
