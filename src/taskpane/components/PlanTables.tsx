/**
 * The plan tables found: each with its address, why it was read as a plan, and the role of each column. A role
 * chosen here is saved for that table only and the sheet is checked again. A table the engine did not find can
 * be pointed at: select it and read the selection as a plan.
 */
import * as React from 'react';
import { Button, Caption1, Field, Select, Subtitle2, Textarea } from '@fluentui/react-components';
import { columnWhy, count, planWhy, roleName, ALL_ROLES, sheetRef, ui } from '../../core';
import type { Plan, Role } from '../../core';
import type { PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

function PlanTable({ plan: p, state, commands, classes: s }: { plan: Plan; state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement {
  const { lang, busy } = state;
  return (
    <section className={s.group} aria-label={p.title || p.sheet}>
      <Subtitle2 as="h2" className={s.planHead}>
        {p.title || p.sheet}
      </Subtitle2>
      <Caption1 as="p" className={s.planMeta}>
        {sheetRef(p.sheet, p.range)} · {count('activity', p.rows.filter((r) => !r.blank).length, lang)} · {p.year}
      </Caption1>
      <Caption1 as="p" className={s.why}>
        {planWhy(p, lang)}
      </Caption1>
      {p.fromList && (
        <div className={s.listNote}>
          <Caption1>{ui(lang, 'fromList')}</Caption1>
          <Button size="small" onClick={() => commands.convertList()} disabled={busy}>
            {ui(lang, 'convert')}
          </Button>
        </div>
      )}
      <div className={s.columns}>
        {p.columns.map((c) => (
          <React.Fragment key={c.index}>
            <label htmlFor={`role-${p.index}-${c.index}`} title={columnWhy(c, lang)}>
              {c.letter}: {c.header.replace(/\s+/g, ' ') || ui(lang, 'column', { letter: c.letter })}
            </label>
            <Select id={`role-${p.index}-${c.index}`} size="small" value={c.role} disabled={busy} onChange={(_, d) => commands.setRole(p, c, d.value as Role)}>
              {ALL_ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleName(r, lang)}
                </option>
              ))}
            </Select>
          </React.Fragment>
        ))}
      </div>
    </section>
  );
}

/** A plan written in Word as a numbered list, pasted here and made into a plan table in a new sheet. */
function PasteList({ state, commands, classes: s }: { state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement {
  const { lang, busy } = state;
  const [text, setText] = React.useState('');
  return (
    <section className={s.group} aria-label={ui(lang, 'pasteList')}>
      <Field label={ui(lang, 'pasteList')} hint={ui(lang, 'pasteHint')}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={4} />
      </Field>
      <Button size="small" onClick={() => commands.convertList(text)} disabled={busy || !text.trim()}>
        {ui(lang, 'convert')}
      </Button>
    </section>
  );
}

export function PlanTables({ state, commands, classes: s }: { state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement {
  const { analysis, lang, busy } = state;
  return (
    <section aria-label={ui(lang, 'tables')}>
      <Caption1 as="p">{!analysis ? ui(lang, 'notChecked') : analysis.plans.length === 0 ? ui(lang, 'noTables') : count('table', analysis.plans.length, lang)}</Caption1>
      <Button size="small" onClick={commands.readSelectionAsPlan} disabled={busy}>
        {ui(lang, 'setRange')}
      </Button>
      {analysis?.plans.map((p) => <PlanTable key={p.index} plan={p} state={state} commands={commands} classes={s} />)}
      <PasteList state={state} commands={commands} classes={s} />
    </section>
  );
}
