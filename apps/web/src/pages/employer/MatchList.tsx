import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { formatDate, formatInteger } from '../../format.js';
import { EmployerPositionMatchesQuery } from './documents.js';
import { ScoreBreakdown } from './ScoreBreakdown.js';

const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** The position's ranked candidates (pseudonymised profiles), each with why it ranks where it does. */
export function MatchList({ positionId, isIgu }: { positionId: string; isIgu: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EmployerPositionMatchesQuery, { variables: { id: positionId } });
  const matches = data?.position?.matches;

  return (
    <Stack gap="sm" component="section" aria-labelledby="matches-heading">
      <Title order={3} id="matches-heading">
        {t('employer.matches.title')}
      </Title>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !matches ? (
        loading && <LoadingState />
      ) : matches.totalCount === 0 ? (
        <EmptyState message={t('employer.matches.empty')} />
      ) : (
        <>
          <Text size="sm">{t('employer.matches.count', { n: formatInteger(matches.totalCount), shown: matches.edges.length })}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {matches.edges.map(({ node }, rank) => {
              const eligibility = node.candidate.iguEligibility;
              return (
                <Card key={node.candidate.id} withBorder component="article" aria-label={node.candidate.reference} data-testid="match">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        <Text fw={700}>
                          {rank + 1}. {node.candidate.reference}
                        </Text>
                        <Text size="sm">
                          {t('employer.matches.profile', {
                            age: node.candidate.age,
                            level: t(`employer.language.${node.candidate.danishLevel}`),
                            municipality: node.candidate.municipality.name,
                          })}
                        </Text>
                      </div>
                      <Stack gap={0} align="flex-end">
                        <Text size="xs">{t('employer.matches.score')}</Text>
                        <Text fw={700} size="xl" data-testid="match-score">
                          {Math.round(node.score * 100)}
                        </Text>
                      </Stack>
                    </Group>
                    <ScoreBreakdown breakdown={node.breakdown} />
                    <Group gap="xs">
                      <Badge variant="outline" color="gray" c="dark">
                        {t('employer.matches.distance', { km: oneDecimal.format(node.distanceKm) })}
                      </Badge>
                      {node.crossMunicipality && (
                        <Badge variant="light" color="violet" c="dark">
                          {t('employer.matches.crossMunicipality')}
                        </Badge>
                      )}
                      {isIgu && (
                        <Badge variant="light" color={eligibility.eligible ? 'green' : 'red'} c="dark" data-testid="igu-eligibility">
                          {t(eligibility.eligible ? 'employer.matches.iguEligible' : 'employer.matches.iguNotEligible', {
                            date: formatDate(eligibility.asOf),
                          })}
                        </Badge>
                      )}
                    </Group>
                    {node.breakdown.missingRequiredSkills.length > 0 && (
                      <Text size="sm">
                        {t('employer.matches.missingSkills')}: {node.breakdown.missingRequiredSkills.map((s) => s.label).join(', ')}
                      </Text>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
