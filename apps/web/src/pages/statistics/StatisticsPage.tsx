import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, ScrollArea, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalityMap } from '../../components/map/index.js';
import { PageFrame } from '../../components/PageFrame.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { graphql } from '../../graphql/generated/index.js';
import { downloadFile } from '../../files/download-file.js';
import { type Figure, FIGURES, formatFigure, formatMapValue, lastTwelveMonths, mapValueOf, rank } from './figures.js';
import { TrendChart } from './TrendChart.js';

const RegionsQuery = graphql(`
  query StatisticsRegions {
    regions {
      code
      name
    }
  }
`);

const StatsQuery = graphql(`
  query MunicipalityStatistics($from: Date!, $to: Date!, $regionCode: Int) {
    municipalityStats(from: $from, to: $to, regionCode: $regionCode) {
      municipality {
        code
        name
      }
      suppressed
      candidatesArrived
      offeredWithin14Days
      offeredWithin1Month
      medianDaysToFirstOffer
      overdueWithoutOffer
      proposalsSent
      crossMunicipalityPlacements
      iguStarted
      iguActive
    }
  }
`);

const TrendQuery = graphql(`
  query MunicipalityStatisticsTrend($municipalityCode: Int!) {
    municipalityTrend(municipalityCode: $municipalityCode, months: 12) {
      from
      to
      suppressed
      candidatesArrived
      offeredWithin14Days
      offeredWithin1Month
      medianDaysToFirstOffer
      overdueWithoutOffer
      proposalsSent
      crossMunicipalityPlacements
      iguStarted
      iguActive
    }
  }
`);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Municipality statistics for every role (aggregates only; small counts are
 * suppressed by the API): how fast each municipality gets its newly arrived
 * refugees an offer, on a map, ranked, and month by month for one of them.
 */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(lastTwelveMonths);
  const [regionCode, setRegionCode] = useState<number | null>(null);
  const [figure, setFigure] = useState<Figure>('offeredWithin14Days');
  const [selected, setSelected] = useState<number | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const regions = useQuery(RegionsQuery);
  const validPeriod = DATE.test(period.from) && DATE.test(period.to) && period.from <= period.to;
  const { data, loading, error, refetch } = useQuery(StatsQuery, validPeriod ? { variables: { ...period, regionCode } } : skipToken);
  const days = (n: string) => t('statistics.days', { n });
  const format = (value: number) => formatFigure(figure, value, days);
  const rows = data?.municipalityStats;
  const ranked = useMemo(() => (rows ? rank(rows, figure, (row) => row.municipality.name) : []), [rows, figure]);
  const values = useMemo(
    () =>
      Object.fromEntries(
        (rows ?? []).flatMap((row) => (row[figure] === null ? [] : [[row.municipality.code, mapValueOf(figure, row[figure])]])),
      ),
    [rows, figure],
  );
  const suppressed = useMemo(() => new Set((rows ?? []).filter((row) => row.suppressed).map((row) => row.municipality.code)), [rows]);
  const selectedName = rows?.find((row) => row.municipality.code === selected)?.municipality.name;

  async function download() {
    setDownloadError(null);
    setDownloading(true);
    try {
      const params = new URLSearchParams(period);
      if (regionCode !== null) params.set('regionCode', String(regionCode));
      await downloadFile(`/reports/municipalities.csv?${params.toString()}`, `kommunestatistik-${period.from}-${period.to}.csv`);
    } catch (failure) {
      setDownloadError(errorMessage(failure, t));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <PageFrame title={t('statistics.title')} intro={t('statistics.intro')}>
      <Card withBorder component="section" aria-label={t('statistics.filters')}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('statistics.from')}
            value={period.from}
            onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
            w={170}
          />
          <TextInput
            type="date"
            label={t('statistics.to')}
            value={period.to}
            onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
            w={170}
          />
          <Select
            label={t('statistics.region')}
            data={[
              { value: '', label: t('statistics.allRegions') },
              ...(regions.data?.regions ?? []).map((region) => ({ value: String(region.code), label: region.name })),
            ]}
            value={regionCode === null ? '' : String(regionCode)}
            onChange={(value) => setRegionCode(value ? Number(value) : null)}
            allowDeselect={false}
            w={220}
          />
          <Select
            label={t('statistics.figure')}
            data={FIGURES.map((value) => ({ value, label: t(`statistics.figures.${value}`) }))}
            value={figure}
            onChange={(value) => value && setFigure(value)}
            allowDeselect={false}
            w={300}
            data-testid="figure-select"
          />
          <Button
            leftSection={<IconDownload size={16} />}
            variant="light"
            onClick={() => void download()}
            loading={downloading}
            disabled={!validPeriod}
          >
            {t('statistics.downloadCsv')}
          </Button>
        </Group>
        {!validPeriod && (
          <Text c="red.8" size="sm" mt="xs">
            {t('statistics.invalidPeriod')}
          </Text>
        )}
        {downloadError && (
          <Alert color="red" mt="sm" role="alert">
            {downloadError}
          </Alert>
        )}
      </Card>
      <Text size="sm">{t('statistics.suppressionNote')}</Text>
      {error ? (
        <Alert color="red" role="alert">
          {errorMessage(error, t)}
          <Button variant="subtle" size="xs" ml="sm" onClick={() => void refetch()}>
            {t('statistics.retry')}
          </Button>
        </Alert>
      ) : !rows ? (
        loading && <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState message={t('statistics.empty')} />
      ) : (
        <>
          <MunicipalityMap
            title={t(`statistics.figures.${figure}`)}
            values={values}
            formatValue={(value) => formatMapValue(figure, value, days)}
            onSelect={setSelected}
            selectedCode={selected}
            suppressed={suppressed}
            suppressedLabel={t('statistics.suppressed')}
          />
          <Stack gap="xs" component="section" aria-labelledby="statistics-ranking">
            <Title order={3} id="statistics-ranking">
              {t('statistics.rankingTitle', { figure: t(`statistics.figures.${figure}`) })}
            </Title>
            <ScrollArea.Autosize mah={480} type="auto">
              <Table striped highlightOnHover stickyHeader data-testid="statistics-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">#</Table.Th>
                    <Table.Th scope="col">{t('map.municipality')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t(`statistics.figures.${figure}`)}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('statistics.figures.candidatesArrived')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ranked.map((row, index) => {
                    const value = row[figure];
                    return (
                      <Table.Tr key={row.municipality.code} data-selected={row.municipality.code === selected || undefined}>
                        <Table.Td>{value === null ? '' : index + 1}</Table.Td>
                        <Table.Th scope="row" fw={row.municipality.code === selected ? 700 : 400}>
                          <UnstyledButton
                            className="municipality-map__choose"
                            onClick={() => setSelected(row.municipality.code)}
                            aria-pressed={row.municipality.code === selected}
                          >
                            {row.municipality.name}
                          </UnstyledButton>
                        </Table.Th>
                        <Table.Td ta="right">{row.suppressed ? t('statistics.suppressed') : value === null ? '–' : format(value)}</Table.Td>
                        <Table.Td ta="right">
                          {row.candidatesArrived === null ? '' : formatFigure('candidatesArrived', row.candidatesArrived, days)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Stack>
          {selected !== null && selectedName && <Trend code={selected} name={selectedName} figure={figure} />}
        </>
      )}
    </PageFrame>
  );
}

function Trend({ code, name, figure }: { code: number; name: string; figure: Figure }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TrendQuery, { variables: { municipalityCode: code } });
  const days = (n: string) => t('statistics.days', { n });
  const months = data?.municipalityTrend;
  return (
    <Card withBorder component="section" aria-labelledby="statistics-trend">
      <Stack gap="sm">
        <Title order={3} id="statistics-trend">
          {t('statistics.trendTitle', { name })}
        </Title>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !months ? (
          loading && <LoadingState />
        ) : (
          <TrendChart
            title={t(`statistics.figures.${figure}`)}
            points={months.map((month) => ({ from: month.from, value: month[figure], suppressed: month.suppressed }))}
            format={(value) => formatFigure(figure, value, days)}
          />
        )}
      </Stack>
    </Card>
  );
}
