import {
  FileExcelOutlined,
  FileTextOutlined,
  InfoCircleOutlined,
  ReadOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Statistic,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { KpiCell, KpiDrill, KpiReport, KpiTrend } from '../../../domain/contracts/kpis';
import { GROUP_KINDS, type GroupKind, KPI_DEFINITIONS, type KpiId } from '../../../domain/kpis/definitions';
import { withQuery } from '../../api';
import { EChart, type EChartOption } from '../../components/EChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime, todayInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useApiQuery } from '../../useApiQuery';
import { casePath } from '../cases/labels';
import {
  cellFraction,
  cellValue,
  chartValue,
  formatKpiValue,
  hasCases,
  KIND_LABELS,
  KPI_BY_ID,
  type KpiDefinition,
  kpiName,
} from './kpiFormat';

const GROUP_LABELS: Record<GroupKind, MessageKey> = {
  company: 'kpi.group.company',
  department: 'kpi.group.department',
  outlet: 'kpi.group.outlet',
  staff: 'kpi.group.staff',
};

/** The headline figures on top of the page, in the order SPEC §6 names them. */
const HEADLINE: KpiId[] = [
  'acceptance_timeliness',
  'review_accuracy',
  'inspection_pass',
  'satisfaction_mean',
  'closures',
  'closure_cycle_median',
];

interface Drill {
  metric: KpiId;
  groupBy: GroupKind;
  group: string;
  groupLabel: string;
}

/** The name of a KPI with its formula as a tooltip: every figure says how it is computed. */
function KpiName({ kpi }: { kpi: KpiDefinition }) {
  const { lang, t } = useI18n();
  return (
    <Tooltip
      title={
        <Flex vertical gap={2}>
          <strong>{kpiName(kpi, lang)}</strong>
          <span>
            {t('kpi.formula')}：{kpi.formula}
          </span>
          <span>
            {t('kpi.kind')}：{t(KIND_LABELS[kpi.kind])}
          </span>
        </Flex>
      }
    >
      <Flex gap={6} align="center" style={{ cursor: 'help' }} data-testid={`kpi-name-${kpi.id}`}>
        <span>{kpiName(kpi, lang)}</span>
        <InfoCircleOutlined style={{ color: '#8c8c8c', fontSize: 12 }} />
      </Flex>
    </Tooltip>
  );
}

/** One figure: clickable when there are cases behind it. */
function Figure({
  kpi,
  cell,
  onOpen,
}: {
  kpi: KpiDefinition;
  cell: KpiCell | undefined;
  onOpen: () => void;
}) {
  const text = formatKpiValue(kpi.kind, cellValue(kpi.kind, cell));
  const fraction = cellFraction(kpi.kind, cell);
  const clickable = hasCases(cell);
  return (
    <Flex vertical align="flex-end">
      {clickable ? (
        <Button
          type="link"
          size="small"
          className="amount kpi-figure"
          onClick={onOpen}
          data-testid={`kpi-figure-${kpi.id}`}
        >
          {text}
        </Button>
      ) : (
        <Typography.Text type="secondary" className="amount">
          {text}
        </Typography.Text>
      )}
      {fraction && (
        <Typography.Text type="secondary" className="amount" style={{ fontSize: 11 }}>
          {fraction}
        </Typography.Text>
      )}
    </Flex>
  );
}

interface KpiRow {
  kpi: KpiDefinition;
}

/** Every KPI down the side, one column per group (company, department, outlet or staff member). */
function KpiTable({
  report,
  loading,
  onOpen,
}: {
  report: KpiReport | undefined;
  loading: boolean;
  onOpen: (d: Drill) => void;
}) {
  const { t } = useI18n();
  const rows = report?.rows ?? [];
  return (
    <Table<KpiRow>
      size="small"
      rowKey={(r) => r.kpi.id}
      loading={loading}
      pagination={false}
      data-testid="kpi-table"
      dataSource={KPI_DEFINITIONS.map((kpi) => ({ kpi }))}
      scroll={{ x: 280 + rows.length * 130 }}
      locale={{ emptyText: <Empty description={t('kpi.noData')} /> }}
      columns={[
        {
          title: t('kpi.col.kpi'),
          key: 'kpi',
          fixed: 'left',
          width: 280,
          render: (_, r) => <KpiName kpi={r.kpi} />,
        },
        ...rows.map((g) => ({
          title: <span className="nowrap">{g.label}</span>,
          key: g.key,
          align: 'right' as const,
          width: 130,
          render: (_: unknown, r: KpiRow) => (
            <Figure
              kpi={r.kpi}
              cell={g.values[r.kpi.id]}
              onOpen={() =>
                onOpen({
                  metric: r.kpi.id,
                  groupBy: report?.groupBy ?? 'company',
                  group: g.key,
                  groupLabel: g.label,
                })
              }
            />
          ),
        })),
      ]}
    />
  );
}

/** This month against the twelve before it, for one KPI of the company as a whole. */
function TrendChart({ trend, metric, month }: { trend: KpiTrend | undefined; metric: KpiId; month: string }) {
  const { lang, t } = useI18n();
  const kpi = KPI_BY_ID[metric];
  const option = useMemo<EChartOption>(() => {
    const months = trend?.months ?? [];
    const values = months.map((m) => chartValue(kpi.kind, m.values[metric]));
    const previous = values.slice(0, -1).filter((v): v is number => v !== null);
    const average = previous.length ? previous.reduce((a, b) => a + b, 0) / previous.length : null;
    const unit = kpi.kind === 'rate' ? '%' : '';
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}${unit}` : '—'),
      },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: {
        type: 'value',
        ...(kpi.kind === 'rate' ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}),
      },
      series: [
        {
          name: kpiName(kpi, lang),
          type: 'bar',
          barMaxWidth: 36,
          data: months.map((m, i) => ({
            value: values[i],
            itemStyle: { color: m.month === month ? '#1559c6' : '#b7cdf2' },
          })),
          label: {
            show: true,
            position: 'top',
            fontSize: 11,
            formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? `${p.value}${unit}` : ''),
          },
          ...(average !== null
            ? {
                markLine: {
                  symbol: 'none',
                  lineStyle: { type: 'dashed', color: '#fa8c16' },
                  label: {
                    formatter: `${t('kpi.trend.average')} ${average.toFixed(1)}${unit}`,
                    position: 'insideEndTop',
                  },
                  data: [{ yAxis: Math.round(average * 10) / 10 }],
                },
              }
            : {}),
        },
        {
          name: t('kpi.trend.line'),
          type: 'line',
          smooth: true,
          connectNulls: true,
          symbolSize: 6,
          itemStyle: { color: '#fa8c16' },
          data: values,
        },
      ],
    };
  }, [trend, metric, month, kpi, lang, t]);
  if (trend?.months.every((m) => cellValue(kpi.kind, m.values[metric]) === null)) {
    return <Empty description={t('kpi.trend.empty')} style={{ padding: 48 }} />;
  }
  return <EChart option={option} height={320} testId="kpi-trend-chart" />;
}

/** The cases behind a figure, each linking to its case page. */
function DrillDrawer({ drill, month, onClose }: { drill: Drill; month: string; onClose: () => void }) {
  const { lang, t } = useI18n();
  const [page, setPage] = useState(1);
  const kpi = KPI_BY_ID[drill.metric];
  const query = useApiQuery<KpiDrill>(
    withQuery('/kpis/cases', {
      month,
      metric: drill.metric,
      groupBy: drill.groupBy,
      group: drill.group,
      page,
      pageSize: 20,
    }),
  );
  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      title={t('kpi.drill.title', { kpi: kpiName(kpi, lang), group: drill.groupLabel, month })}
      data-testid="kpi-drill"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('kpi.formula')}：{kpi.formula}
        </Typography.Text>
        {query.error ? (
          <ErrorAlert error={query.error} onRetry={query.reload} />
        ) : (
          <Table
            size="small"
            rowKey={(r, i) => `${r.caseNo}-${r.at}-${i}`}
            loading={query.loading}
            dataSource={query.data?.items ?? []}
            pagination={{
              current: page,
              pageSize: 20,
              total: query.data?.total,
              onChange: setPage,
              showTotal: (total) => t('common.total', { total }),
            }}
            scroll={{ x: 680 }}
            columns={[
              {
                title: t('kpi.drill.case'),
                dataIndex: 'caseNo',
                width: 130,
                render: (no: string) => (
                  <Link className="mono" to={casePath(no)} target="_blank">
                    {no}
                  </Link>
                ),
              },
              {
                title: t('kpi.drill.customer'),
                key: 'customer',
                width: 160,
                render: (_, r) => (
                  <Flex vertical>
                    <span>{r.customerName}</span>
                    <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                      {r.accountNo}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('kpi.drill.at'),
                dataIndex: 'at',
                width: 140,
                render: (at: string, r) => (
                  <Flex vertical>
                    <span className="nowrap">{formatDateTime(at)}</span>
                    {r.actor && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.actor}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              { title: t('kpi.drill.summary'), dataIndex: 'summary' },
            ]}
          />
        )}
      </Flex>
    </Drawer>
  );
}

/**
 * 考核指标: the month's KPIs per company, department, outlet or staff member, each with its
 * formula; this month against the last twelve; the cases behind any figure; Excel and CSV export.
 */
export default function KpiDashboardPage() {
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? todayInShanghai().slice(0, 7);
  const groupBy = (GROUP_KINDS as readonly string[]).includes(params.get('groupBy') ?? '')
    ? (params.get('groupBy') as GroupKind)
    : 'outlet';
  const metric = (params.get('metric') as KpiId | null) ?? 'acceptance_timeliness';
  const set = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(changes)) next.set(k, v);
      return next;
    });
  const report = useApiQuery<KpiReport>(withQuery('/kpis', { month, groupBy }));
  const trend = useApiQuery<KpiTrend>(withQuery('/kpis/trend', { to: month, months: 13 }));
  const [drill, setDrill] = useState<Drill>();
  const company = trend.data?.months.find((m) => m.month === month)?.values;
  const exportHref = (format: 'xlsx' | 'csv') =>
    `/api${withQuery('/kpis/export', { month, groupBy, format })}`;
  const reload = () => {
    report.reload();
    trend.reload();
  };

  return (
    <PageContainer
      title={t('menu.kpis')}
      extra={
        <>
          <Link to="/kpis/definitions">
            <Button icon={<ReadOutlined />}>{t('kpi.definitions')}</Button>
          </Link>
          <a href={exportHref('xlsx')} download data-testid="kpi-export-xlsx">
            <Button icon={<FileExcelOutlined />}>{t('kpi.export.xlsx')}</Button>
          </a>
          <a href={exportHref('csv')} download data-testid="kpi-export-csv">
            <Button icon={<FileTextOutlined />}>{t('kpi.export.csv')}</Button>
          </a>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
        </>
      }
    >
      <Flex gap={12} wrap align="center">
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('kpi.month')}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.isAfter(dayjs(todayInShanghai()), 'month')}
          onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
        />
        <Segmented
          value={groupBy}
          onChange={(v) => set({ groupBy: String(v) })}
          options={GROUP_KINDS.map((g) => ({ value: g, label: t(GROUP_LABELS[g]) }))}
          data-testid="kpi-group-by"
        />
        {report.data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('kpi.generatedAt', { at: formatDateTime(report.data.generatedAt) })}
          </Typography.Text>
        )}
      </Flex>
      <Row gutter={[12, 12]} data-testid="kpi-headline">
        {HEADLINE.map((id) => {
          const kpi = KPI_BY_ID[id];
          const cell = company?.[id];
          return (
            <Col xs={12} md={8} xl={4} key={id}>
              <Card
                size="small"
                hoverable={hasCases(cell)}
                onClick={() =>
                  hasCases(cell) &&
                  setDrill({
                    metric: id,
                    groupBy: 'company',
                    group: 'all',
                    groupLabel: t('kpi.group.company'),
                  })
                }
                style={{ height: '100%' }}
              >
                <Statistic
                  title={<KpiName kpi={kpi} />}
                  value={formatKpiValue(kpi.kind, cellValue(kpi.kind, cell))}
                  loading={!trend.data && !trend.error}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {cellFraction(kpi.kind, cell) ?? ' '}
                </Typography.Text>
              </Card>
            </Col>
          );
        })}
      </Row>
      {report.error ? (
        <ErrorAlert error={report.error} onRetry={report.reload} />
      ) : (
        <Card
          title={t('kpi.table', { month, group: t(GROUP_LABELS[groupBy]) })}
          styles={{ body: { padding: 0 } }}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('kpi.table.hint')}
            </Typography.Text>
          }
        >
          <KpiTable
            report={report.data?.month === month ? report.data : undefined}
            loading={report.loading}
            onOpen={setDrill}
          />
        </Card>
      )}
      <Card
        title={t('kpi.trend', { month })}
        extra={
          <Select<KpiId>
            value={metric}
            onChange={(v) => set({ metric: v })}
            style={{ width: 260 }}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('kpi.trend.pick')}
            data-testid="kpi-trend-select"
            options={KPI_DEFINITIONS.map((k) => ({ value: k.id, label: kpiName(k, lang) }))}
          />
        }
      >
        {trend.error ? (
          <ErrorAlert error={trend.error} onRetry={trend.reload} />
        ) : (
          <TrendChart trend={trend.data} metric={metric} month={month} />
        )}
      </Card>
      {drill && <DrillDrawer drill={drill} month={month} onClose={() => setDrill(undefined)} />}
    </PageContainer>
  );
}
