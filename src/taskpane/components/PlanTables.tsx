/** The plan tables found, with the role of each column; a role chosen here is saved and the sheet checked again. */
import * as React from 'react';
import { Caption1, Select, Subtitle2 } from '@fluentui/react-components';
import { roleName, RoleSchema, ui } from '../../core';
import type { PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

export function PlanTables({ state, commands, classes: s }: { state: PaneState; commands: PaneCommands; classes: Classes }): React.ReactElement {
  const { analysis, lang, config } = state;
  return (
    <section aria-label={ui(lang, 'tables')}>
      {!analysis && <Caption1>{ui(lang, 'noTables')}</Caption1>}
      {analysis?.plans.map((p) => (
        <div key={p.index} className={s.group}>
          <Subtitle2 as="h2">{p.title || p.sheet}</Subtitle2>
          <Caption1 as="p">
            {p.sheet}!{p.range} · {ui(lang, 'rows', { n: p.rows.filter((r) => !r.blank).length })} · {p.year}
          </Caption1>
          <div className={s.columns}>
            {p.columns.map((c) => (
              <React.Fragment key={c.index}>
                <label htmlFor={`role-${p.index}-${c.index}`}>
                  {c.letter}: {c.header || ui(lang, 'column', { letter: c.letter })}
                </label>
                <Select
                  id={`role-${p.index}-${c.index}`}
                  size="small"
                  value={c.role}
                  onChange={(_, d) => commands.updateConfig({ ...config, columns: { ...(config.columns ?? {}), [c.letter]: d.value } })}
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
  );
}
