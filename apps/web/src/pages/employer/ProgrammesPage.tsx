import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDate, formatInteger } from '../../format.js';
import type { BonusMilestoneKind, ProgrammeStatus } from '../../graphql/generated/graphql.js';
import { EmployerProgrammesQuery, StartProgrammeMutation } from './documents.js';
import { EmployerPage, StatusBadge } from './parts.js';

const STATUSES: ProgrammeStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'CHANGES_REQUESTED',
  'APPROVED',
  'ACTIVE',
  'COMPLETED',
  'REJECTED',
  'WITHDRAWN',
  'TERMINATED',
];
const kroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });

export function BonusMilestones({ milestones }: { milestones: { kind: BonusMilestoneKind; dueOn: string; amountDkk: number }[] }) {
  const { t } = useTranslation();
  if (milestones.length === 0) return <Text size="sm">–</Text>;
  return (
    <List size="sm" spacing={2} aria-label={t('employer.programmes.bonus')}>
      {milestones.map((m) => (
        <List.Item key={m.kind}>
          {t(`employer.programmes.milestone.${m.kind}`, { amount: kroner.format(m.amountDkk), date: formatDate(m.dueOn) })}
        </List.Item>
      ))}
    </List>
  );
}

/** The company's programmes: where each stands, when it must be registered, which bonuses it earns. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ProgrammeStatus | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const { data, loading, error, refetch } = useQuery(EmployerProgrammesQuery, {
    variables: { statuses: status ? [status] : null },
    fetchPolicy: 'cache-and-network',
  });
  const [start, starting] = useMutation(StartProgrammeMutation);
  const connection = data?.programmes;

  return (
    <EmployerPage title={t('employer.programmes.title')} intro={t('employer.programmes.intro')}>
      <Select
        label={t('employer.programmes.statusFilter')}
        maw={260}
        data={[
          { value: 'ALL', label: t('employer.positions.allStatuses') },
          ...STATUSES.map((value) => ({ value, label: t(`employer.status.programme.${value}`) })),
        ]}
        value={status ?? 'ALL'}
        onChange={(value) => setStatus(value && value !== 'ALL' ? value : null)}
        allowDeselect={false}
      />
      {actionError != null && (
        <Alert color="red" role="alert">
          {errorMessage(actionError, t)}
        </Alert>
      )}
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        loading && <LoadingState />
      ) : connection.totalCount === 0 ? (
        <EmptyState message={t(status ? 'employer.programmes.emptyFiltered' : 'employer.programmes.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('employer.programmes.count', { n: formatInteger(connection.totalCount) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employer.programmes.programme')}</Table.Th>
                <Table.Th>{t('employer.position.status')}</Table.Th>
                <Table.Th>{t('employer.programmes.period')}</Table.Th>
                <Table.Th>{t('employer.programmes.registrationDeadlineColumn')}</Table.Th>
                <Table.Th>{t('employer.programmes.bonus')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('employer.programmes.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id} data-testid="programme-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/employer/programmes/${node.id}`} underline="always">
                      {node.position.title}
                    </Anchor>
                    <Text size="sm">
                      {node.candidate.reference} · {t(`employer.kind.${node.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge kind="programme" status={node.status} />
                  </Table.Td>
                  <Table.Td>
                    {formatDate(node.startDate)} – {formatDate(node.endDate)}
                  </Table.Td>
                  <Table.Td>{node.registrationDeadline ? formatDate(node.registrationDeadline) : '–'}</Table.Td>
                  <Table.Td>
                    <BonusMilestones milestones={node.bonusMilestones} />
                  </Table.Td>
                  <Table.Td>
                    {node.status === 'APPROVED' && (
                      <Group>
                        <Button
                          size="xs"

                          loading={starting.loading}
                          onClick={() => {
                            setActionError(null);
                            start({ variables: { id: node.id, expectedVersion: node.version } }).catch(setActionError);
                          }}
                        >
                          {t('employer.programmes.start')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </EmployerPage>
  );
}
