import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../components/states.js';
import { formatInteger } from '../format.js';
import { graphql } from '../graphql/generated/index.js';
import { useSession } from '../session/session.js';

/*
 * The first milestone's pages: each asks the API one real question (how many
 * there are) to show the loading, empty and error states; the screens of the
 * next milestones replace them route by route.
 */

const ProgrammesQuery = graphql(`
  query ProgrammesCount($statuses: [ProgrammeStatus!]) {
    programmes(first: 1, filter: { statuses: $statuses }) {
      totalCount
    }
  }
`);
const CandidatesQuery = graphql(`
  query CandidatesCount {
    candidates(first: 1) {
      totalCount
    }
  }
`);
const PositionSearchQuery = graphql(`
  query PositionSearchCount {
    positions(first: 1) {
      totalCount
    }
  }
`);
const ProposalsQuery = graphql(`
  query ProposalsCount {
    proposals(first: 1) {
      totalCount
    }
  }
`);

type PageKey = 'candidates' | 'positionSearch' | 'proposals' | 'approvals' | 'matching';

function CountPage<TData, TVariables extends Record<string, unknown>>(props: {
  page: PageKey;
  query: TypedDocumentNode<TData, TVariables>;
  variables?: TVariables;
  count(data: TData): number;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(props.query as TypedDocumentNode<TData, Record<string, unknown>>, {
    variables: props.variables,
  });
  const count = data ? props.count(data) : null;
  return (
    <PageFrame title={t(`pages.${props.page}.title`)} intro={t(`pages.${props.page}.intro`)}>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : count === null ? (
        loading ? (
          <LoadingState />
        ) : null
      ) : count === 0 ? (
        <EmptyState message={t(`pages.${props.page}.empty`)} />
      ) : (
        <Card withBorder>
          <Group justify="space-between">
            <Text fw={600} data-testid="page-count">
              {t(`pages.${props.page}.count`, { n: formatInteger(count) })}
            </Text>
            <Badge variant="light" color="gray" c="dark">
              {t('pages.comingSoon')}
            </Badge>
          </Group>
        </Card>
      )}
    </PageFrame>
  );
}

export function PageFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={2}>{title}</Title>
        <Text>{intro}</Text>
      </div>
      {children}
    </Stack>
  );
}

export function CandidatesPage() {
  return <CountPage page="candidates" query={CandidatesQuery} count={(d) => d.candidates.totalCount} />;
}

export function PositionSearchPage() {
  return <CountPage page="positionSearch" query={PositionSearchQuery} count={(d) => d.positions.totalCount} />;
}

export function ProposalsPage() {
  return <CountPage page="proposals" query={ProposalsQuery} count={(d) => d.proposals.totalCount} />;
}

export function ApprovalsPage() {
  return (
    <CountPage
      page="approvals"
      query={ProgrammesQuery}
      variables={{ statuses: ['PENDING_APPROVAL'] }}
      count={(d) => d.programmes.totalCount}
    />
  );
}

export function MatchingPage() {
  return <CountPage page="matching" query={ProposalsQuery} count={(d) => d.proposals.totalCount} />;
}

export function UsersPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  return (
    <PageFrame title={t('pages.users.title')} intro={t('pages.users.intro')}>
      <Card withBorder>
        <Text data-testid="page-count">{t('pages.users.count', { name: state.status === 'signedIn' ? state.user.displayName : '' })}</Text>
      </Card>
    </PageFrame>
  );
}
