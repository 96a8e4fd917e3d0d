import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, SegmentedControl, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPlus, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatDate, formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import type { CandidatesListQuery } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';
import { FIRST_OFFER_COLOR, firstOfferStatus, type FirstOfferStatus, todayInDenmark, URGENCY } from './first-offer.js';

const CandidatesListQueryDocument = graphql(`
  query CandidatesList($filter: CandidateFilter, $after: String) {
    candidates(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          status
          arrivedInMunicipalityOn
          firstOfferAt
          firstOfferTargetDate
          firstOfferDeadline
          profile {
            id
            reference
            municipality {
              code
              name
            }
          }
        }
      }
    }
  }
`);

type Row = CandidatesListQuery['candidates']['edges'][number]['node'] & { offer: FirstOfferStatus };
type Scope = 'overdue' | 'all' | 'onTrack';
type SortKey = 'name' | 'offer' | 'deadline' | 'arrived';

const SCOPE_FILTER: Record<Scope, boolean | null> = { overdue: true, all: null, onTrack: false };
const collator = new Intl.Collator('da-DK');

const COMPARE: Record<SortKey, (a: Row, b: Row) => number> = {
  name: (a, b) => collator.compare(a.fullName, b.fullName),
  offer: (a, b) => URGENCY[a.offer] - URGENCY[b.offer] || a.firstOfferDeadline.localeCompare(b.firstOfferDeadline),
  deadline: (a, b) => a.firstOfferDeadline.localeCompare(b.firstOfferDeadline),
  arrived: (a, b) => a.arrivedInMunicipalityOn.localeCompare(b.arrivedInMunicipalityOn),
};

/**
 * The jobcentre's candidates with their first-offer status; overdue first by
 * default (the API orders those by oldest deadline). Sorting applies to the
 * loaded rows; "show more" loads the next 50.
 */
export default function CandidatesPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>('overdue');
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'offer', descending: false });
  const filter = { overdueFirstOffer: SCOPE_FILTER[scope], text: debouncedText || null };
  const { data, loading, error, refetch, fetchMore } = useQuery(CandidatesListQueryDocument, { variables: { filter } });
  const today = todayInDenmark();

  const rows = useMemo(() => {
    const list: Row[] = (data?.candidates.edges ?? []).map(({ node }) => ({ ...node, offer: firstOfferStatus(node, today) }));
    const compare = COMPARE[sort.key];
    return list.sort((a, b) => (sort.descending ? -compare(a, b) : compare(a, b)));
  }, [data, sort, today]);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const Icon = active ? (sort.descending ? IconArrowDown : IconArrowUp) : IconSelector;
    return (
      <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
          aria-label={t('jobcentre.candidates.sortBy', { column: label })}
        >
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm">
              {label}
            </Text>
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <PageFrame title={t('pages.candidates.title')} intro={t('jobcentre.candidates.intro')}>
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          value={scope}
          onChange={(value) => setScope(value)}
          aria-label={t('jobcentre.candidates.scope')}
          data={[
            { value: 'overdue', label: t('jobcentre.candidates.scopes.overdue') },
            { value: 'onTrack', label: t('jobcentre.candidates.scopes.onTrack') },
            { value: 'all', label: t('jobcentre.candidates.scopes.all') },
          ]}
        />
        <Button component={Link} to="/jobcentre/candidates/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('jobcentre.candidates.create')}
        </Button>
      </Group>
      <TextInput
        label={t('jobcentre.candidates.search')}
        description={t('jobcentre.candidates.searchHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        maxLength={100}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        loading && <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState message={t(`jobcentre.candidates.empty.${scope}`)} />
      ) : (
        <>
          <Text size="sm" data-testid="candidate-count">
            {t('jobcentre.candidates.count', { shown: formatInteger(rows.length), total: formatInteger(data.candidates.totalCount) })}
          </Text>
          <ScrollRegion minWidth={720} label={t('pages.candidates.title')}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  {header('name', t('jobcentre.candidates.columns.name'))}
                  <Table.Th>{t('jobcentre.candidates.columns.reference')}</Table.Th>
                  <Table.Th>{t('jobcentre.candidates.columns.municipality')}</Table.Th>
                  {header('arrived', t('jobcentre.candidates.columns.arrived'))}
                  {header('deadline', t('jobcentre.candidates.columns.deadline'))}
                  {header('offer', t('jobcentre.candidates.columns.offer'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/jobcentre/candidates/${row.id}`}>
                        {row.fullName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{row.profile.reference}</Table.Td>
                    <Table.Td>{row.profile.municipality.name}</Table.Td>
                    <Table.Td>{formatDate(row.arrivedInMunicipalityOn)}</Table.Td>
                    <Table.Td>{formatDate(row.firstOfferDeadline)}</Table.Td>
                    <Table.Td>
                      <FirstOfferBadge status={row.offer} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {data.candidates.pageInfo.hasNextPage && (
            <Button
              variant="default"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.candidates.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    candidates: {
                      ...fetchMoreResult.candidates,
                      edges: [...previous.candidates.edges, ...fetchMoreResult.candidates.edges],
                    },
                  }),
                })
              }
            >
              {t('jobcentre.showMore')}
            </Button>
          )}
        </>
      )}
    </PageFrame>
  );
}

export function FirstOfferBadge({ status }: { status: FirstOfferStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={FIRST_OFFER_COLOR[status]} variant="light" c="dark" data-testid="first-offer-status">
      {t(`jobcentre.firstOffer.${status}`)}
    </Badge>
  );
}
