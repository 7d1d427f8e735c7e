/**
 * The findings: errors first, then warnings, then notes, in groups by rule that fold away, each with its count.
 * A finding names its activity and its cell, and a click (or Enter) selects the cell. The arrow keys, and the
 * Next and Previous buttons, move from finding to finding. Severity is an icon and a word, never colour alone.
 */
import * as React from 'react';
import { Body1, Button, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from '@fluentui/react-icons';
import { count, countBySeverity, findingActivity, findingMessage, RULE_IDS, ruleTitle, SEVERITY_ORDER, shortPlanNames, ui } from '../../core';
import type { Analysis, Finding, Lang } from '../../core';
import type { PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

const ICON = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Regular } as const;

export function SeverityIcon({ severity, lang, classes: s }: { severity: Finding['severity']; lang: Lang; classes: Classes }): React.ReactElement {
  const Icon = ICON[severity];
  return <Icon className={s[severity]} aria-label={ui(lang, severity)} role="img" />;
}

interface Group {
  rule: Finding['rule'];
  severity: Finding['severity'];
  findings: Finding[];
}

/** Findings grouped by rule and severity, errors first; within a group, in sheet order. */
export function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const k = `${f.severity}|${f.rule}`;
    if (!groups.has(k)) groups.set(k, { rule: f.rule, severity: f.severity, findings: [] });
    groups.get(k)!.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
}

function FindingButton({ f, analysis, planNames, lang, onSelect, classes: s }: { f: Finding; analysis: Analysis; planNames: string[]; lang: Lang; onSelect: (f: Finding) => void; classes: Classes }): React.ReactElement {
  const subject = findingActivity(f, analysis.plans);
  const plan = analysis.plans.length > 1 ? planNames[analysis.plans.findIndex((p) => p.index === f.table)] : undefined;
  const message = findingMessage(f, lang);
  const about = [plan, subject].filter(Boolean).join(' · ');
  // The name is the text shown, after "Go to" for a screen reader: what is seen is what is heard.
  return (
    <Button appearance="subtle" className={s.finding} data-finding="" onClick={() => onSelect(f)}>
      <span className={s.address}>
        <span className={s.hidden}>{ui(lang, 'selectCell', { cell: '' })}</span>
        {f.cell}
      </span>{' '}
      <span>
        {about && <span className={s.subject}>{about} </span>}
        {message}
      </span>
    </Button>
  );
}

/** Arrow keys move between the findings' buttons. */
function moveFocus(e: React.KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-finding]')].filter((b) => b.offsetParent !== null);
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  e.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
}

function Findings({ analysis, lang, onSelect, classes: s }: { analysis: Analysis; lang: Lang; onSelect: (f: Finding) => void; classes: Classes }): React.ReactElement {
  const planNames = shortPlanNames(analysis.plans.map((p) => p.title || p.sheet));
  return (
    <ul aria-label={ui(lang, 'findings')} className={s.list} onKeyDown={moveFocus}>
      {groupFindings(analysis.findings).map((g) => (
        <li key={`${g.severity}-${g.rule}`}>
        <details open className={s.ruleGroup}>
          <summary className={s.ruleHead}>
            <SeverityIcon severity={g.severity} lang={lang} classes={s} />
            <span>
              {ui(lang, g.severity)}: {ruleTitle(g.rule, lang)} ({g.findings.length})
            </span>
          </summary>
          <ul className={s.list}>
            {g.findings.map((f, i) => (
              <li key={`${f.table}-${f.cell}-${i}`}>
                <FindingButton f={f} analysis={analysis} planNames={planNames} lang={lang} onSelect={onSelect} classes={s} />
              </li>
            ))}
          </ul>
        </details>
        </li>
      ))}
    </ul>
  );
}

/** Next and previous: the findings in the order shown, and the one last selected. */
function useCursor(analysis: Analysis | undefined, select: (f: Finding) => void) {
  const [at, setAt] = React.useState(-1);
  React.useEffect(() => setAt(-1), [analysis]);
  const order = React.useMemo(() => (analysis ? groupFindings(analysis.findings).flatMap((g) => g.findings) : []), [analysis]);
  const go = (step: number) => {
    if (order.length === 0) return;
    const next = (at + step + order.length) % order.length;
    setAt(next);
    select(order[next]);
  };
  const pick = (f: Finding) => {
    setAt(order.indexOf(f));
    select(f);
  };
  return { go, pick, any: order.length > 0 };
}

export function FindingList({ state, commands, classes: s }: { state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement | null {
  const { analysis, lang, highlight } = state;
  const cursor = useCursor(analysis, (f) => void commands.selectCell(f.sheet, f.cell));
  if (!analysis) return <Body1>{ui(lang, 'notChecked')}</Body1>;
  if (analysis.plans.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{ui(lang, 'noTables')}</MessageBarBody>
      </MessageBar>
    );
  }
  const c = countBySeverity(analysis.findings);
  return (
    <section aria-label={ui(lang, 'findings')}>
      <div className={s.counts} role="status">
        <span>
          <SeverityIcon severity="error" lang={lang} classes={s} /> {count('error', c.error, lang)}
        </span>
        <span>
          <SeverityIcon severity="warning" lang={lang} classes={s} /> {count('warning', c.warning, lang)}
        </span>
        <span>
          <SeverityIcon severity="info" lang={lang} classes={s} /> {count('info', c.info, lang)}
        </span>
      </div>
      <Checkbox label={ui(lang, 'highlight')} checked={highlight} onChange={(_, d) => commands.toggleHighlight(!!d.checked)} />
      {analysis.findings.length === 0 ? (
        <Body1>{ui(lang, 'noFindings')}</Body1>
      ) : (
        <>
          <div className={s.nav}>
            <Button size="small" onClick={() => cursor.go(-1)} disabled={!cursor.any}>
              {ui(lang, 'previous')}
            </Button>
            <Button size="small" onClick={() => cursor.go(1)} disabled={!cursor.any}>
              {ui(lang, 'next')}
            </Button>
          </div>
          <Findings analysis={analysis} lang={lang} onSelect={cursor.pick} classes={s} />
        </>
      )}
    </section>
  );
}
