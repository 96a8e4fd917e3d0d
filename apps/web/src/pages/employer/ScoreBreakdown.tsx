import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const COMPONENTS = ['occupation', 'skills', 'language', 'distance', 'availability'] as const;
export type Component = (typeof COMPONENTS)[number];

const percent = (value: number) => Math.round(value * 100);

/**
 * The five score components as labelled bars. The words and numbers are the
 * content (read by screen readers); the bars only draw them.
 */
export function ScoreBreakdown({ breakdown }: { breakdown: Record<Component, number> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('employer.matches.breakdown')}>
      {COMPONENTS.map((component) => {
        const value = percent(breakdown[component]);
        return (
          <Group key={component} component="li" gap="xs" wrap="nowrap" data-testid={`component-${component}`}>
            <Text size="sm" w={110} style={{ flexShrink: 0 }}>
              {t(`employer.matches.component.${component}`)}
            </Text>
            <Box aria-hidden flex={1} h={8} bg="gray.2" style={{ borderRadius: 4, overflow: 'hidden', minWidth: 60 }}>
              <Box h="100%" w={`${value}%`} bg="blue.8" />
            </Box>
            <Text size="sm" w={48} ta="right" style={{ flexShrink: 0 }}>
              {value} %
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
