/**
 * The task pane. Its state lives in usePane; its parts are components. It shows state and calls the core
 * through the workbook port: it parses and decides nothing itself.
 */
import * as React from 'react';
import { Body1, FluentProvider, Spinner, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang, WorkbookPort } from '../core';
import { ui } from '../core';
import { ActionBar } from './components/ActionBar';
import { FindingList } from './components/FindingList';
import type { Download, Tab as PaneTab } from './state';
import { usePane } from './state';
import { PANE_CSS, useStyles } from './styles';

// The Tables and Settings tabs are chunks of their own: the first screen shows neither. Both are fetched as soon
// as it is up, so a click on their tab finds them loaded.
const loadPlanTables = () => import('./components/PlanTables');
const loadSettings = () => import('./components/Settings');
const PlanTables = React.lazy(() => loadPlanTables().then((m) => ({ default: m.PlanTables })));
const Settings = React.lazy(() => loadSettings().then((m) => ({ default: m.Settings })));

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  theme?: 'light' | 'dark';
  /** Save a file from the pane (the host decides how). */
  download?: Download;
}

export function App({ port, lang: initialLang, theme = 'light', download }: AppProps): React.ReactElement {
  const s = useStyles();
  const { state, dispatch, commands } = usePane(port, initialLang, download);
  const { lang, tab, busy } = state;
  React.useEffect(() => void Promise.all([loadPlanTables(), loadSettings()]).catch(() => undefined), []);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={lang} style={{ minHeight: '100%' }}>
      <style href="activity-matrix-pane" precedence="default">
        {PANE_CSS}
      </style>
      <main className={s.root} aria-busy={busy}>
        {/* Office titles the pane "Activity Matrix" itself: the pane does not repeat it. */}
        <Body1>{ui(lang, 'intro')}</Body1>
        <ActionBar state={state} commands={commands} classes={s} canDownload={!!download} />
        <TabList selectedValue={tab} onTabSelect={(_, d) => dispatch({ type: 'tab', tab: d.value as PaneTab })} size="small">
          <Tab value="check">{ui(lang, 'findings')}</Tab>
          <Tab value="tables">{ui(lang, 'tables')}</Tab>
          <Tab value="settings">{ui(lang, 'settings')}</Tab>
        </TabList>
        {tab === 'check' && <FindingList state={state} commands={commands} classes={s} />}
        <React.Suspense fallback={<Spinner size="tiny" />}>
          {tab === 'tables' && <PlanTables state={state} commands={commands} classes={s} />}
          {tab === 'settings' && <Settings state={state} dispatch={dispatch} commands={commands} classes={s} />}
        </React.Suspense>
      </main>
    </FluentProvider>
  );
}
