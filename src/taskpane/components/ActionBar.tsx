/**
 * The commands and what they act on: Validate, Generate schedule and Export (one row, even at 320 px), the
 * downloads beside Export with what each holds, the sheet that was checked, and a notice when it changed since.
 */
import * as React from 'react';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { count, countBySeverity, quote, ui } from '../../core';
import type { UiKey } from '../../core';
import type { PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

function Checked({ state, commands, classes: s }: { state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement | null {
  const { lang, checked, analysis, busy } = state;
  if (!checked || !analysis) return null;
  const c = countBySeverity(analysis.findings);
  return (
    <>
      <Caption1 as="p" className={s.checked} role="status">
        {ui(lang, 'checked', { sheet: quote(checked.sheet, lang), plans: count('plan', analysis.plans.length, lang), errors: count('error', c.error, lang) })}
      </Caption1>
      {checked.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{ui(lang, 'stale')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => commands.validate()} disabled={busy}>
              {ui(lang, 'recheck')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

function Downloads({ state, commands, classes: s, canDownload }: { state: PaneState; commands: PaneCommands; classes: Classes; canDownload: boolean }): React.ReactElement | null {
  const { lang, busy, analysis } = state;
  if (!canDownload) return null;
  const ready = !!analysis && analysis.plans.length > 0;
  const kinds: { kind: 'csv' | 'xlsx' | 'json'; label: UiKey; hint: UiKey }[] = [
    { kind: 'csv', label: 'downloadCsv', hint: 'csvHint' },
    { kind: 'xlsx', label: 'downloadXlsx', hint: 'xlsxHint' },
    { kind: 'json', label: 'downloadJson', hint: 'jsonHint' },
  ];
  return (
    <section aria-label={ui(lang, 'downloadsHint')} className={s.downloads}>
      <Caption1 as="p">{ready ? ui(lang, 'downloadsHint') : ui(lang, 'nothingToExport')}</Caption1>
      <div className={s.downloadGrid}>
        {kinds.map(({ kind, label, hint }) => (
          <React.Fragment key={kind}>
            <Button size="small" onClick={() => commands.download(kind)} disabled={busy || !ready} aria-describedby={`hint-${kind}`}>
              {ui(lang, label)}
            </Button>
            <Caption1 id={`hint-${kind}`}>{ui(lang, hint)}</Caption1>
          </React.Fragment>
        ))}
      </div>
    </section>
  );
}

export function ActionBar({ state, commands, classes: s, canDownload }: { state: PaneState; commands: PaneCommands; classes: Classes; canDownload: boolean }): React.ReactElement {
  const { lang, busy, progress, status } = state;
  const t = (k: UiKey, a?: Record<string, string | number>) => ui(lang, k, a);
  return (
    <>
      <div className={s.actions}>
        <Button appearance="primary" className={s.action} onClick={() => commands.validate()} disabled={busy}>
          {t('validate')}
        </Button>
        <Button className={s.action} onClick={commands.generateSchedule} disabled={busy}>
          {t('generateSchedule')}
        </Button>
        <Button className={s.action} onClick={commands.exportClean} disabled={busy}>
          {t('exportClean')}
        </Button>
      </div>
      <Downloads state={state} commands={commands} classes={s} canDownload={canDownload} />
      {busy && <Spinner size="tiny" label={progress ? t('reading', { done: progress.done.toLocaleString(lang), total: progress.total.toLocaleString(lang) }) : t('working')} />}
      {status && (
        <MessageBar intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <Checked state={state} commands={commands} classes={s} />
    </>
  );
}
