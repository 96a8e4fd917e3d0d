import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatDate, formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import type { PositionFilter, PositionKind } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';
import { countByMunicipality, MapSlot } from './map-slot.js';
import { OccupationPicker } from './pickers.js';

const RegionsQuery = graphql(`
  query SearchRegions {
    regions {
      code
      name
      municipalities {
        code
        name
      }
    }
  }
`);

const PositionSearchQueryDocument = graphql(`
  query PositionSearch($filter: PositionFilter, $after: String) {
    positions(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          openings
          weeklyHours
          startDate
          applicationDeadline
          requiredDanishLevel
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
          union {
            id
            name
          }
        }
      }
    }
  }
`);

export const KINDS: PositionKind[] = ['IGU', 'INTERNSHIP', 'WAGE_SUBSIDY', 'JOB'];
const collator = new Intl.Collator('da-DK');

/** Open positions nationwide, filtered by words, occupation, place and kind. */
export default function PositionSearchPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [occupationCodes, setOccupationCodes] = useState<string[]>([]);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [municipalityCode, setMunicipalityCode] = useState<string | null>(null);
  const [kinds, setKinds] = useState<string[]>([]);
  const regions = useQuery(RegionsQuery);

  const filter: PositionFilter = {
    text: debouncedText || null,
    occupationCodes: occupationCodes.length ? occupationCodes : null,
    municipalityCodes: municipalityCode ? [Number(municipalityCode)] : null,
    regionCodes: regionCode && !municipalityCode ? [Number(regionCode)] : null,
    kinds: kinds.length ? (kinds as PositionKind[]) : null,
  };
  const { data, error, refetch, fetchMore } = useQuery(PositionSearchQueryDocument, { variables: { filter } });

  const regionOptions = (regions.data?.regions ?? []).map((region) => ({ value: String(region.code), label: region.name }));
  const municipalityOptions = useMemo(
    () =>
      (regions.data?.regions ?? [])
        .filter((region) => !regionCode || String(region.code) === regionCode)
        .flatMap((region) => region.municipalities)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((m) => ({ value: String(m.code), label: m.name })),
    [regions.data, regionCode],
  );
  const positions = data?.positions.edges.map(({ node }) => node) ?? [];

  return (
    <PageFrame title={t('pages.positionSearch.title')} intro={t('jobcentre.search.intro')}>
      <Card withBorder>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('jobcentre.search.text')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              maxLength={200}
            />
            <OccupationPicker
              label={t('jobcentre.search.occupation')}
              placeholder={t('jobcentre.form.searchOccupation')}
              value={occupationCodes}
              onChange={setOccupationCodes}
            />
            <Select
              label={t('jobcentre.search.region')}
              placeholder={t('jobcentre.search.anywhere')}
              clearable
              data={regionOptions}
              value={regionCode}
              onChange={(value) => {
                setRegionCode(value);
                setMunicipalityCode(null);
              }}
            />
            <Select
              label={t('jobcentre.search.municipality')}
              placeholder={t('jobcentre.search.anywhere')}
              clearable
              searchable
              data={municipalityOptions}
              value={municipalityCode}
              onChange={setMunicipalityCode}
            />
          </SimpleGrid>
          <Checkbox.Group label={t('jobcentre.search.kinds')} value={kinds} onChange={setKinds}>
            <Group gap="md" mt={4}>
              {KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`jobcentre.kinds.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      </Card>

      <MapSlot counts={countByMunicipality(positions)} label={t('jobcentre.search.mapLabel')} />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : positions.length === 0 ? (
        <EmptyState message={t('pages.positionSearch.empty')} />
      ) : (
        <>
          <Text size="sm" data-testid="position-count">
            {t('jobcentre.search.count', { shown: formatInteger(positions.length), total: formatInteger(data.positions.totalCount) })}
          </Text>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('jobcentre.search.results')}>
            {positions.map((position) => (
              <Card component="li" withBorder key={position.id} data-testid="position">
                <Group justify="space-between" align="flex-start">
                  <div>
                    <Title order={3} size="h4">
                      {position.title}
                    </Title>
                    <Text size="sm">
                      {position.company.name} · {position.municipality.name} · {position.occupation.title}
                    </Text>
                    <Text size="sm">
                      {t('jobcentre.search.hours', {
                        hours: formatInteger(position.weeklyHours),
                        openings: formatInteger(position.openings),
                      })}
                      {position.startDate ? ` · ${t('jobcentre.startsOn', { date: formatDate(position.startDate) })}` : ''}
                      {position.applicationDeadline
                        ? ` · ${t('jobcentre.search.deadline', { date: formatDate(position.applicationDeadline) })}`
                        : ''}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Badge variant="light" c="dark">
                      {t(`jobcentre.kinds.${position.kind}`)}
                    </Badge>
                    {position.union && (
                      <Badge variant="outline" color="gray" c="dark">
                        {position.union.name}
                      </Badge>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
          {data.positions.pageInfo.hasNextPage && (
            <Button
              variant="default"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.positions.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    positions: { ...fetchMoreResult.positions, edges: [...previous.positions.edges, ...fetchMoreResult.positions.edges] },
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
