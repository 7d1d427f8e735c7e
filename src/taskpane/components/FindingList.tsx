/** The findings, grouped by plan and rule, each a button that selects its cell. */
import * as React from 'react';
import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Analysis, Finding, Lang } from '../../core';
import { count, countBySeverity, findingMessage, ruleTitle, ui } from '../../core';
import type { PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

function Findings({ analysis, lang, onSelect, classes: s }: { analysis: Analysis; lang: Lang; onSelect: (f: Finding) => void; classes: Classes }): React.ReactElement {
  return (
    <ul className={s.list} aria-label={ui(lang, 'findings')}>
      {analysis.plans.map((p) => {
        const own = analysis.findings.filter((f) => f.table === p.index);
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
              <Button appearance="subtle" className={s.finding} onClick={() => onSelect(f)} aria-label={`${ui(lang, 'selectCell', { cell: f.cell })}: ${findingMessage(f, lang)}`}>
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

export function FindingList({ state, commands, classes: s, canDownload }: { state: PaneState; commands: PaneCommands; classes: Classes; canDownload: boolean }): React.ReactElement | null {
  const { analysis, lang, busy, highlight } = state;
  if (!analysis) return null;
  const c = countBySeverity(analysis.findings);
  return (
    <section aria-label={ui(lang, 'findings')}>
      {analysis.plans.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{ui(lang, 'noTables')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={s.counts} role="status">
            <span className={s.error}>{count('error', c.error, lang)}</span>
            <span className={s.warning}>{count('warning', c.warning, lang)}</span>
            <span className={s.info}>{count('info', c.info, lang)}</span>
          </div>
          <Checkbox label={ui(lang, 'highlight')} checked={highlight} onChange={(_, d) => commands.toggleHighlight(!!d.checked)} />
          {analysis.findings.length === 0 && <Body1>{ui(lang, 'noFindings')}</Body1>}
          <Findings analysis={analysis} lang={lang} onSelect={(f) => commands.selectCell(f.sheet, f.cell)} classes={s} />
        </>
      )}
      <div className={s.actions} style={{ marginTop: 12 }}>
        {(['csv', 'xlsx', 'json'] as const).map((kind) => (
          <Button key={kind} size="small" onClick={() => commands.download(kind)} disabled={busy || !canDownload}>
            {ui(lang, kind === 'csv' ? 'downloadCsv' : kind === 'xlsx' ? 'downloadXlsx' : 'downloadJson')}
          </Button>
        ))}
      </div>
    </section>
  );
}
