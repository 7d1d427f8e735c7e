/** The three commands, the progress of a long read and the last command's message. */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Lang } from '../../core';
import { ui } from '../../core';
import type { PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

export function ActionBar({ state, commands, classes: s }: { state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement {
  const { lang, busy, progress, status } = state;
  const t = (k: Parameters<typeof ui>[1], a?: Record<string, string | number>) => ui(lang as Lang, k, a);
  return (
    <>
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => commands.validate()} disabled={busy}>
          {t('validate')}
        </Button>
        <Button onClick={commands.generateSchedule} disabled={busy}>
          {t('generateSchedule')}
        </Button>
        <Button onClick={commands.exportClean} disabled={busy}>
          {t('exportClean')}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={progress ? t('reading', { done: progress.done.toLocaleString(lang), total: progress.total.toLocaleString(lang) }) : t('working')} />}
      {status && (
        <MessageBar intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
