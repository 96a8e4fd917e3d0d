import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A screen's heading and one-line introduction above its content. */
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
