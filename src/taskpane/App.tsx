/**
 * The task pane. Its state lives in usePane; its parts are components. It shows state and calls the core
 * through the workbook port: it parses and decides nothing itself.
 */
import * as React from 'react';
import { Body1, FluentProvider, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang, WorkbookPort } from '../core';
import { ui } from '../core';
import { ActionBar } from './components/ActionBar';
import { FindingList } from './components/FindingList';
import { PlanTables } from './components/PlanTables';
import { Settings } from './components/Settings';
import type { Download, Tab as PaneTab } from './state';
import { usePane } from './state';
import { useStyles } from './styles';

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
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={lang} style={{ minHeight: '100%' }}>
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
        {tab === 'tables' && <PlanTables state={state} commands={commands} classes={s} />}
        {tab === 'settings' && <Settings state={state} dispatch={dispatch} commands={commands} classes={s} />}
      </main>
    </FluentProvider>
  );
}
