import { Box, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.js';
import { type TimelinePeriod, timelineLayout } from './timeline.js';

const monthYear = new Intl.DateTimeFormat('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The programme's months with its school periods drawn on them. The picture is
 * one image with a spoken summary; the periods themselves are listed in the form.
 */
export function ProgrammeTimeline(props: { startDate: string; endDate: string; periods: readonly TimelinePeriod[]; schoolWeeks: number }) {
  const { t } = useTranslation();
  const captionId = useId();
  const { ticks, bars } = timelineLayout(props.startDate, props.endDate, props.periods);
  const summary = t('employer.builder.timelineSummary', {
    start: formatDate(props.startDate),
    end: formatDate(props.endDate),
    months: ticks.length - 1,
    periods: bars.length,
    weeks: props.schoolWeeks,
  });
  const labelled = ticks.filter((tick) => tick.month % 6 === 0);

  return (
    <Box component="figure" m={0}>
      <Box role="img" aria-labelledby={captionId} pos="relative" pb={28} data-testid="timeline">
        <Box
          pos="relative"
          h={32}
          bg="gray.1"
          style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 4, overflow: 'hidden' }}
        >
          {ticks.map((tick) => (
            <Box
              key={tick.date}
              pos="absolute"
              top={0}
              bottom={0}
              w={1}
              bg={tick.month % 6 === 0 ? 'gray.6' : 'gray.3'}
              style={{ left: `${tick.x}%` }}
            />
          ))}
          {bars.map((bar) => (
            <Box
              key={bar.index}
              pos="absolute"
              top={4}
              bottom={4}
              data-testid="timeline-period"
              bg={bar.outside ? 'red.7' : 'blue.7'}
              style={{ left: `${bar.x}%`, width: `max(${bar.width}%, 3px)`, borderRadius: 3 }}
            />
          ))}
        </Box>
        {labelled.map((tick) => (
          <Text
            key={tick.date}
            size="xs"
            pos="absolute"
            top={38}
            style={{
              left: `${tick.x}%`,
              transform: tick.x === 0 ? 'none' : tick.x >= 100 ? 'translateX(-100%)' : 'translateX(-50%)',
              whiteSpace: 'nowrap',
            }}
          >
            {monthYear.format(new Date(`${tick.date}T12:00:00Z`))}
          </Text>
        ))}
      </Box>
      <Text component="figcaption" size="sm" id={captionId}>
        {summary}
      </Text>
    </Box>
  );
}
