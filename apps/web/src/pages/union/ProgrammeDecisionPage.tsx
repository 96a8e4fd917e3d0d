import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDate, formatDateTime, formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import type { ApprovalDecision } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';
import { AgreementDownload } from '../../components/AgreementDownload.js';

const ProgrammeForDecisionQuery = graphql(`
  query ProgrammeForDecision($id: ID!) {
    programme(id: $id) {
      id
      version
      kind
      status
      startDate
      endDate
      weeklyWorkHours
      hourlyWageDkk
      collectiveAgreement
      employeeRepresentativeStatement
      totalSchoolWeeks
      registrationDeadline
      company {
        id
        name
      }
      union {
        id
        name
      }
      position {
        id
        title
        municipality {
          code
          name
        }
        occupation {
          code
          title
        }
      }
      candidate {
        id
        reference
        age
        danishLevel
        municipality {
          code
          name
        }
      }
      schoolPeriods {
        startDate
        endDate
        weeks
        description
      }
      ruleViolations {
        code
        field
        message
      }
      approvals {
        decision
        comment
        decidedAt
        decidedBy {
          displayName
        }
      }
    }
  }
`);

const DecideMutation = graphql(`
  mutation DecideProgramme($id: ID!, $decision: ApprovalDecision!, $comment: String, $expectedVersion: Int) {
    decideProgramme(id: $id, decision: $decision, comment: $comment, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

/** Shades and variants chosen for 4.5:1 contrast of the labels. */
const DECISIONS: { decision: ApprovalDecision; color: string; variant: 'filled' | 'default'; needsComment: boolean }[] = [
  { decision: 'APPROVE', color: 'blue', variant: 'filled', needsComment: false },
  { decision: 'REQUEST_CHANGES', color: 'gray', variant: 'default', needsComment: true },
  { decision: 'REJECT', color: 'red', variant: 'filled', needsComment: true },
];

const wage = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK' });

/** A programme awaiting the union: the rule check, the candidate (by reference), the position, school periods, and the decision. */
export default function ProgrammeDecisionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(ProgrammeForDecisionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const [decide, decision] = useMutation(DecideMutation);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const programme = data.programme;
  if (!programme) return <EmptyState message={t('errors.NOT_FOUND')} />;

  const submit = async (choice: (typeof DECISIONS)[number]) => {
    if (choice.needsComment && !comment.trim()) {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    try {
      await decide({
        variables: { id: programme.id, decision: choice.decision, comment: comment.trim() || null, expectedVersion: programme.version },
      });
      void navigate('/union/approvals');
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <PageFrame title={programme.position.title} intro={t('union.programme.intro', { company: programme.company.name })}>
      <Group gap="xs">
        <Badge variant="light" c="dark">
          {t(`jobcentre.kinds.${programme.kind}`)}
        </Badge>
        <Badge variant="light" color="gray" c="dark" data-testid="programme-status">
          {t(`jobcentre.programmeStatus.${programme.status}`)}
        </Badge>
      </Group>
      {programme.kind === 'IGU' && <AgreementDownload programmeId={programme.id} />}

      <section aria-labelledby="rule-check">
        <Title order={3} id="rule-check" mb="xs">
          {t('union.programme.ruleCheck')}
        </Title>
        {programme.ruleViolations.length === 0 ? (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} data-testid="rule-check">
            {t('union.programme.rulesOk')}
          </Alert>
        ) : (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} data-testid="rule-check">
            <List size="sm">
              {programme.ruleViolations.map((violation) => (
                <List.Item key={`${violation.code}:${violation.field ?? ''}`}>
                  {t(`union.rules.${violation.code}`, { defaultValue: violation.message })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </section>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('union.programme.terms')}
          </Title>
          <Stack gap={2}>
            <Text size="sm">{t('union.period', { start: formatDate(programme.startDate), end: formatDate(programme.endDate) })}</Text>
            <Text size="sm">{t('union.programme.hours', { hours: formatInteger(programme.weeklyWorkHours) })}</Text>
            {programme.hourlyWageDkk != null && (
              <Text size="sm">{t('union.programme.wage', { wage: wage.format(programme.hourlyWageDkk) })}</Text>
            )}
            {programme.collectiveAgreement && (
              <Text size="sm">{t('union.programme.agreement', { name: programme.collectiveAgreement })}</Text>
            )}
            {programme.registrationDeadline && (
              <Text size="sm">{t('union.programme.registrationDeadline', { date: formatDate(programme.registrationDeadline) })}</Text>
            )}
            {programme.employeeRepresentativeStatement && (
              <Text size="sm">{t('union.programme.statement', { text: programme.employeeRepresentativeStatement })}</Text>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('union.programme.candidate')}
          </Title>
          <Stack gap={2}>
            <Text size="sm" data-testid="candidate-reference">
              {t('union.candidate', { reference: programme.candidate.reference })}
            </Text>
            <Text size="sm">
              {t('union.programme.candidateFacts', {
                age: programme.candidate.age,
                danish: t(`jobcentre.levels.${programme.candidate.danishLevel}`),
                municipality: programme.candidate.municipality.name,
              })}
            </Text>
            <Text size="sm">
              {t('union.programme.position', {
                occupation: programme.position.occupation.title,
                municipality: programme.position.municipality.name,
              })}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>

      <section aria-labelledby="school-periods">
        <Title order={3} id="school-periods" mb="xs">
          {t('union.programme.schoolPeriods', { weeks: programme.totalSchoolWeeks })}
        </Title>
        {programme.schoolPeriods.length === 0 ? (
          <Text size="sm">{t('union.programme.noSchool')}</Text>
        ) : (
          <ScrollRegion minWidth={360} label={t('union.programme.schoolPeriods', { weeks: programme.totalSchoolWeeks })}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('union.programme.from')}</Table.Th>
                  <Table.Th>{t('union.programme.to')}</Table.Th>
                  <Table.Th>{t('union.programme.weeks')}</Table.Th>
                  <Table.Th>{t('union.programme.description')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programme.schoolPeriods.map((period) => (
                  <Table.Tr key={period.startDate}>
                    <Table.Td>{formatDate(period.startDate)}</Table.Td>
                    <Table.Td>{formatDate(period.endDate)}</Table.Td>
                    <Table.Td>{formatInteger(period.weeks)}</Table.Td>
                    <Table.Td>{period.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </section>

      {programme.approvals.length > 0 && (
        <section aria-labelledby="history">
          <Title order={3} id="history" mb="xs">
            {t('union.programme.history')}
          </Title>
          <List size="sm">
            {programme.approvals.map((approval) => (
              <List.Item key={approval.decidedAt}>
                {formatDateTime(approval.decidedAt)} · {t(`union.decisions.${approval.decision}`)}
                {approval.decidedBy.displayName ? ` · ${approval.decidedBy.displayName}` : ''}
                {approval.comment ? ` — ${approval.comment}` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      )}

      {programme.status === 'PENDING_APPROVAL' ? (
        <Card withBorder component="section" aria-labelledby="decision">
          <Stack>
            <Title order={3} id="decision">
              {t('union.programme.decision')}
            </Title>
            {decision.error && (
              <Alert color="red" role="alert">
                {errorMessage(decision.error, t)}
              </Alert>
            )}
            <Textarea
              label={t('union.programme.comment')}
              description={t('union.programme.commentHint')}
              autosize
              minRows={3}
              maxLength={2000}
              value={comment}
              error={missingComment ? t('union.programme.commentRequired') : undefined}
              onChange={(event) => setComment(event.currentTarget.value)}
            />
            <Group>
              {DECISIONS.map((choice) => (
                <Button
                  key={choice.decision}
                  color={choice.color}
                  variant={choice.variant}
                  loading={decision.loading}
                  onClick={() => void submit(choice)}
                >
                  {t(`union.actions.${choice.decision}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </Card>
      ) : (
        <Text>{t('union.programme.notPending')}</Text>
      )}
      <Button component={Link} to="/union/approvals" variant="default" w="fit-content">
        {t('union.programme.back')}
      </Button>
    </PageFrame>
  );
}
