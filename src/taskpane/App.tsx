/**
 * The task pane. It holds UI state only (which findings, which options) and renders what the core
 * and the workbook port return. It parses and decides nothing itself.
 */
import * as React from 'react';
import {
  Body1, Button, Caption1, Checkbox, Field, FluentProvider, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Subtitle2, Title3,
  Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme,
} from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Analysis } from '../core/analyze';
import { analyzeSheet } from '../core/analyze-sheet';
import { cleanCsv, cleanJson, cleanPlans, cleanSheetSpec } from '../core/write/clean';
import { findingMessage, roleName, ruleTitle } from '../core/i18n/messages';
import type { Lang } from '../core/i18n/messages';
import { ui } from '../core/i18n/ui';
import type { WorkbookPort } from '../core/model/port';
import { RoleSchema } from '../core/model/roles';
import { scheduleSheets } from '../core/write/schedule';
import type { Finding, RuleConfig, RuleId } from '../core/check/findings';
import { DEFAULT_SEVERITY, RULE_IDS } from '../core/check/findings';
import { countBySeverity } from '../core/check/validate';

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  theme?: 'light' | 'dark';
  /** Save a file from the pane (the host decides how). */
  download?: (name: string, mime: string, content: string | Uint8Array) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minWidth: 0, boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  counts: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  finding: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal', height: 'auto', paddingTop: '4px', paddingBottom: '4px' },
  group: { marginTop: '8px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0,1fr) 8.5em', gap: '4px 8px', alignItems: 'center' },
});

type Status = { intent: 'success' | 'error' | 'info'; text: string } | undefined;

export function App({ port, lang: initialLang, theme = 'light', download }: AppProps): React.ReactElement {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<'check' | 'tables' | 'settings'>('check');
  const [config, setConfig] = React.useState<RuleConfig>({ rules: {} });
  const [analysis, setAnalysis] = React.useState<Analysis>();
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<Status>();
  const [grain, setGrain] = React.useState<'quarter' | 'month'>('quarter');
  const [combined, setCombined] = React.useState(false);
  const [highlight, setHighlight] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number }>();
  const t = (k: Parameters<typeof ui>[1], a?: Record<string, string | number>) => ui(lang, k, a);

  React.useEffect(() => {
    port.loadSettings().then((st) => setConfig(st.config)).catch(() => undefined);
  }, [port]);

  const updateConfig = async (next: RuleConfig) => {
    setConfig(next);
    await port.saveSettings({ config: next });
    if (analysis) await run(next);
  };

  /** Read the sheet and analyse it: the port reads, the core decides. */
  const analyse = async (cfg: RuleConfig = config): Promise<Analysis | undefined> => {
    try {
      const { analysis: a } = await analyzeSheet(port, cfg, (done, total) => setProgress(done < total ? { done, total } : undefined));
      setAnalysis(a);
      return a;
    } catch (e) {
      setStatus({ intent: 'error', text: t('readFailed', { message: (e as Error).message }) });
      return undefined;
    }
  };

  const run = async (cfg: RuleConfig = config) => {
    setBusy(true);
    setStatus(undefined);
    try {
      const a = await analyse(cfg);
      if (a && highlight) await port.setHighlights(a.findings);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const write = async (make: (a: Analysis) => Promise<string[]>, message: 'scheduleAdded' | 'cleanAdded') => {
    setBusy(true);
    setStatus(undefined);
    try {
      const a = await analyse();
      if (!a) return;
      if (a.plans.length === 0) {
        setStatus({ intent: 'info', text: t('noTables') });
        return;
      }
      const names = await make(a);
      setStatus({ intent: 'success', text: t(message, { name: names.join('”, “') }) });
    } catch (e) {
      setStatus({ intent: 'error', text: t('writeFailed', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const generateSchedule = () => write((a) => port.addSheets(scheduleSheets(a.plans, { grain, combined })), 'scheduleAdded');

  const exportClean = () => write(async (a) => [await port.addSheet(cleanSheetSpec(cleanPlans(a.plans, a.findings)))], 'cleanAdded');

  const downloadAs = async (kind: 'csv' | 'json' | 'xlsx') => {
    const a = analysis ?? (await analyse());
    if (!a || !download) return;
    const table = cleanPlans(a.plans, a.findings);
    if (kind === 'csv') download('activity-matrix-clean.csv', 'text/csv;charset=utf-8', cleanCsv(table));
    else if (kind === 'json') download('activity-matrix-clean.json', 'application/json', cleanJson(table));
    else {
      const { xlsxBytes } = await import('./xlsx-download');
      download('activity-matrix-clean.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await xlsxBytes(cleanSheetSpec(table)));
    }
  };

  const toggleHighlight = async (on: boolean) => {
    setHighlight(on);
    if (on && analysis) await port.setHighlights(analysis.findings);
    if (!on) await port.clearHighlights();
  };

  const fluentTheme: Theme = theme === 'dark' ? webDarkTheme : webLightTheme;
  const counts = analysis ? countBySeverity(analysis.findings) : undefined;

  return (
    <FluentProvider theme={fluentTheme} lang={lang} style={{ minHeight: '100%' }}>
      <main className={s.root} aria-busy={busy}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <Body1>{t('intro')}</Body1>
        <div className={s.actions}>
          <Button appearance="primary" onClick={() => run()} disabled={busy}>
            {t('validate')}
          </Button>
          <Button onClick={generateSchedule} disabled={busy}>
            {t('generateSchedule')}
          </Button>
          <Button onClick={exportClean} disabled={busy}>
            {t('exportClean')}
          </Button>
        </div>
        {busy && <Spinner size="tiny" label={progress ? t('reading', { done: progress.done.toLocaleString(lang), total: progress.total.toLocaleString(lang) }) : t('working')} />}
        {status && (
          <MessageBar intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)} size="small">
          <Tab value="check">{t('findings')}</Tab>
          <Tab value="tables">{t('tables')}</Tab>
          <Tab value="settings">{t('settings')}</Tab>
        </TabList>
        {tab === 'check' && analysis && (
          <section aria-label={t('findings')}>
            {analysis.plans.length === 0 ? (
              <MessageBar intent="info">
                <MessageBarBody>{t('noTables')}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <div className={s.counts} role="status">
                  <span className={s.error}>{counts!.error} {t('errors')}</span>
                  <span className={s.warning}>{counts!.warning} {t('warnings')}</span>
                  <span className={s.info}>{counts!.info} {t('notes')}</span>
                </div>
                <Checkbox label={t('highlight')} checked={highlight} onChange={(_, d) => toggleHighlight(!!d.checked)} />
                {analysis.findings.length === 0 && <Body1>{t('noFindings')}</Body1>}
                <FindingList analysis={analysis} lang={lang} onSelect={(f) => port.selectCell(f.sheet, f.cell)} classes={s} label={t('findings')} goLabel={(cell) => t('selectCell', { cell })} />
              </>
            )}
            <div className={s.actions} style={{ marginTop: 12 }}>
              <Button size="small" onClick={() => downloadAs('csv')} disabled={busy || !download}>
                {t('downloadCsv')}
              </Button>
              <Button size="small" onClick={() => downloadAs('xlsx')} disabled={busy || !download}>
                {t('downloadXlsx')}
              </Button>
              <Button size="small" onClick={() => downloadAs('json')} disabled={busy || !download}>
                {t('downloadJson')}
              </Button>
            </div>
          </section>
        )}
        {tab === 'tables' && (
          <section aria-label={t('tables')}>
            {!analysis && <Caption1>{t('noTables')}</Caption1>}
            {analysis?.plans.map((p) => (
              <div key={p.index} className={s.group}>
                <Subtitle2 as="h2">{p.title || p.sheet}</Subtitle2>
                <Caption1 as="p">
                  {p.sheet}!{p.range} · {p.rows.filter((r) => !r.blank).length} {t('rows')} · {p.year}
                </Caption1>
                <div className={s.columns}>
                  {p.columns.map((c) => (
                    <React.Fragment key={c.index}>
                      <label htmlFor={`role-${p.index}-${c.index}`}>
                        {c.letter}: {c.header || t('column', { letter: c.letter })}
                      </label>
                      <Select
                        id={`role-${p.index}-${c.index}`}
                        size="small"
                        value={c.role}
                        onChange={(_, d) => updateConfig({ ...config, columns: { ...(config.columns ?? {}), [c.letter]: d.value } })}
                      >
                        {RoleSchema.options.map((r) => (
                          <option key={r} value={r}>
                            {roleName(r, lang)}
                          </option>
                        ))}
                      </Select>
                    </React.Fragment>
                  ))}
                </div>
              </div>
            ))}
          </section>
        )}
        {tab === 'settings' && (
          <section aria-label={t('settings')}>
            <Field label={t('language')}>
              <Select value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
                <option value="en">English</option>
                <option value="pl">Polski</option>
                <option value="vi">Tiếng Việt</option>
              </Select>
            </Field>
            <Field label={t('planYear')} hint={t('planYearHint')}>
              <Input
                type="number"
                value={config.year ? String(config.year) : ''}
                onChange={(_, d) => {
                  const y = parseInt(d.value, 10);
                  updateConfig({ ...config, year: y >= 1900 && y <= 2200 ? y : undefined });
                }}
              />
            </Field>
            <Field label={t('grain')}>
              <RadioGroup value={grain} onChange={(_, d) => setGrain(d.value as typeof grain)} layout="horizontal">
                <Radio value="quarter" label={t('quarter')} />
                <Radio value="month" label={t('month')} />
              </RadioGroup>
            </Field>
            <Checkbox label={t('combined')} checked={combined} onChange={(_, d) => setCombined(!!d.checked)} />
            <Subtitle2 as="h2">{t('rules')}</Subtitle2>
            <div className={s.columns}>
              {RULE_IDS.map((id: RuleId) => (
                <React.Fragment key={id}>
                  <label htmlFor={`rule-${id}`}>{ruleTitle(id, lang)}</label>
                  <Select
                    id={`rule-${id}`}
                    size="small"
                    value={config.rules[id] ?? DEFAULT_SEVERITY[id]}
                    onChange={(_, d) => updateConfig({ ...config, rules: { ...config.rules, [id]: d.value as 'off' } })}
                  >
                    <option value="error">{t('error')}</option>
                    <option value="warning">{t('warning')}</option>
                    <option value="info">{t('info')}</option>
                    <option value="off">{t('off')}</option>
                  </Select>
                </React.Fragment>
              ))}
            </div>
          </section>
        )}
      </main>
    </FluentProvider>
  );
}

function FindingList(props: {
  analysis: Analysis;
  lang: Lang;
  onSelect: (f: Finding) => void;
  classes: ReturnType<typeof useStyles>;
  label: string;
  goLabel: (cell: string) => string;
}): React.ReactElement {
  const { analysis, lang, onSelect, classes: s, label, goLabel } = props;
  return (
    <ul className={s.list} aria-label={label}>
      {analysis.plans.map((p) => {
        const own = analysis.findings.filter((f) => f.table === p.index);
        if (own.length === 0) return null;
        const rules = [...new Set(own.map((f) => f.rule))];
        return rules.map((rule) => {
          const list = own.filter((f) => f.rule === rule);
          return list.map((f, i) => (
            <li key={`${p.index}-${rule}-${i}`}>
              {i === 0 && (
                <Caption1 as="p" className={s.group}>
                  {p.title || p.sheet} · {ruleTitle(rule, lang)} ({list.length})
                </Caption1>
              )}
              <Button appearance="subtle" className={s.finding} onClick={() => onSelect(f)} aria-label={`${goLabel(f.cell)}: ${findingMessage(f, lang)}`}>
                <span className={s[f.severity]} aria-hidden="true">
                  {f.cell}
                </span>
                &nbsp;{findingMessage(f, lang)}
              </Button>
            </li>
          ));
        });
      })}
    </ul>
  );
}
