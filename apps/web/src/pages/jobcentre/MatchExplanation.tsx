import { Badge, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Number formats for scores and distances, written the Danish way. */
const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const kilometres = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
export const formatPercent = (value: number): string => percent.format(value);
export const formatKm = (value: number): string => kilometres.format(value);

const COMPONENTS = ['occupation', 'skills', 'language', 'distance', 'availability'] as const;

interface Explained {
  score: number;
  distanceKm: number;
  crossMunicipality: boolean;
  breakdown: Record<(typeof COMPONENTS)[number], number> & {
    iguEligible?: boolean | null;
    missingRequiredSkills: { code: string; label: string }[];
  };
}

/** Why a candidate and a position match: the five components, distance, borders, missing skills, IGU eligibility. */
export function MatchExplanation({ match, iguPosition }: { match: Explained; iguPosition: boolean }) {
  const { t } = useTranslation();
  const { breakdown } = match;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" verticalSpacing={4}>
        {COMPONENTS.map((component) => (
          <div key={component}>
            <Group justify="space-between" gap={4}>
              <Text size="xs">{t(`jobcentre.match.components.${component}`)}</Text>
              <Text size="xs" fw={600}>
                {formatPercent(breakdown[component])}
              </Text>
            </Group>
            <Progress
              value={breakdown[component] * 100}
              size="sm"
              aria-label={`${t(`jobcentre.match.components.${component}`)} ${formatPercent(breakdown[component])}`}
            />
          </div>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <Badge variant="outline" color="gray" c="dark">
          {t('jobcentre.match.distance', { km: formatKm(match.distanceKm) })}
        </Badge>
        {match.crossMunicipality && (
          <Badge variant="light" color="grape" c="dark">
            {t('jobcentre.match.crossMunicipality')}
          </Badge>
        )}
        {iguPosition && breakdown.iguEligible != null && (
          <Badge variant="light" color={breakdown.iguEligible ? 'green' : 'red'} c="dark">
            {t(breakdown.iguEligible ? 'jobcentre.match.iguEligible' : 'jobcentre.match.iguNotEligible')}
          </Badge>
        )}
      </Group>
      {breakdown.missingRequiredSkills.length > 0 && (
        <Text size="sm">
          {t('jobcentre.match.missingSkills')}: {breakdown.missingRequiredSkills.map((skill) => skill.label).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
