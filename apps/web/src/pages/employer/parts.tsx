import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shared bits of the employer screens: the page frame and status badges. */

export function EmployerPage({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2}>{title}</Title>
          {intro && <Text>{intro}</Text>}
        </div>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}

const COLOURS: Record<string, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  CLOSED: 'dark',
  FILLED: 'blue',
  PROPOSED: 'blue',
  INTERVIEW: 'violet',
  ACCEPTED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'dark',
  PENDING_APPROVAL: 'orange',
  CHANGES_REQUESTED: 'yellow',
  APPROVED: 'teal',
  ACTIVE: 'green',
  COMPLETED: 'blue',
  TERMINATED: 'red',
};

/** A status as a badge; `kind` picks the translation group (positions, proposals and programmes share some names). */
export function StatusBadge({ kind, status }: { kind: 'position' | 'proposal' | 'programme'; status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status] ?? 'gray'} variant="light" c="dark" data-testid={`${kind}-status`}>
      {t(`employer.status.${kind}.${status}`)}
    </Badge>
  );
}
