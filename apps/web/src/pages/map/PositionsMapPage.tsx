import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_SHAPES, MunicipalityMap } from '../../components/map/index.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';

const CountsQuery = graphql(`
  query PositionCountsByMunicipality {
    positionCountsByMunicipality {
      municipalityCode
      openPositions
    }
  }
`);

const MunicipalityPositionsQuery = graphql(`
  query OpenPositionsInMunicipality($municipalityCode: Int!) {
    positions(first: 10, filter: { municipalityCodes: [$municipalityCode], statuses: [OPEN] }) {
      totalCount
      edges {
        node {
          id
          title
          kind
          company {
            id
            name
          }
        }
      }
    }
  }
`);

/** The map of Denmark ("positions across Denmark"): OPEN positions per municipality, for every role (no personal data). */
export default function PositionsMapPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CountsQuery);
  const [selected, setSelected] = useState<number | null>(null);
  const counts = data?.positionCountsByMunicipality;
  const values = Object.fromEntries((counts ?? []).map((count) => [count.municipalityCode, count.openPositions]));
  const total = (counts ?? []).reduce((sum, count) => sum + count.openPositions, 0);
  const positions = (n: number) => t('map.positions', { count: n, n: formatInteger(n) });

  return (
    <PageFrame title={t('map.positionsPage.title')} intro={t('map.positionsPage.intro')}>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !counts ? (
        loading && <LoadingState />
      ) : counts.length === 0 ? (
        <EmptyState message={t('map.positionsPage.empty')} />
      ) : (
        <>
          <Text fw={600} data-testid="positions-total">
            {t('map.positionsPage.total', {
              count: counts.length,
              positions: positions(total),
              municipalities: formatInteger(counts.length),
            })}
          </Text>
          <MunicipalityMap
            title={t('map.positionsPage.mapTitle')}
            values={values}
            formatValue={positions}
            onSelect={setSelected}
            selectedCode={selected}
          />
          {selected !== null && <MunicipalityPositions code={selected} />}
        </>
      )}
    </PageFrame>
  );
}

function MunicipalityPositions({ code }: { code: number }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MunicipalityPositionsQuery, { variables: { municipalityCode: code } });
  const name = MUNICIPALITY_SHAPES.find((shape) => shape.code === code)?.name ?? String(code);
  const connection = data?.positions;
  return (
    <Card withBorder component="section" aria-labelledby="municipality-positions">
      <Stack gap="sm">
        <Title order={3} id="municipality-positions">
          {t('map.positionsPage.selectedTitle', { name })}
        </Title>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          loading && <LoadingState />
        ) : connection.totalCount === 0 ? (
          <EmptyState message={t('map.positionsPage.empty')} />
        ) : (
          <>
            <List spacing="xs" listStyleType="none" ps={0}>
              {connection.edges.map(({ node }) => (
                <List.Item key={node.id}>
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="light" color="gray" c="dark">
                      {t(`map.kinds.${node.kind}`)}
                    </Badge>
                    <Text fw={600}>{node.title}</Text>
                    <Text c="dimmed">{node.company.name}</Text>
                  </Group>
                </List.Item>
              ))}
            </List>
            {connection.totalCount > connection.edges.length && (
              <Text size="sm">{t('map.positionsPage.more', { n: formatInteger(connection.totalCount - connection.edges.length) })}</Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

function PageFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={2}>{title}</Title>
        <Text>{intro}</Text>
      </div>
      {children}
    </Stack>
  );
}
