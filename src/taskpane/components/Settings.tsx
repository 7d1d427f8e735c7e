/** The pane's settings: language, plan year, schedule grain, and each rule's severity. */
import * as React from 'react';
import { Checkbox, Field, Input, Radio, RadioGroup, Select, Subtitle2 } from '@fluentui/react-components';
import { DEFAULT_SEVERITY, RULE_IDS, ruleTitle, ui, UI_LANGS, uiPack } from '../../core';
import type { Lang } from '../../core';
import type { Grain, PaneAction, PaneCommands, PaneState } from '../state';
import type { Classes } from '../styles';

export function Settings({ state, dispatch, commands, classes: s }: { state: PaneState; dispatch: React.Dispatch<PaneAction>; commands: PaneCommands; classes: Classes }): React.ReactElement {
  const { lang, config, grain, combined } = state;
  return (
    <section aria-label={ui(lang, 'settings')}>
      <Field label={ui(lang, 'language')}>
        <Select value={lang} onChange={(_, d) => dispatch({ type: 'lang', lang: d.value as Lang })}>
          {UI_LANGS.map((l) => (
            <option key={l} value={l}>
              {uiPack(l).name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={ui(lang, 'planYear')} hint={ui(lang, 'planYearHint')}>
        <Input
          type="number"
          value={config.year ? String(config.year) : ''}
          onChange={(_, d) => {
            const y = parseInt(d.value, 10);
            commands.updateConfig({ ...config, year: y >= 1900 && y <= 2200 ? y : undefined });
          }}
        />
      </Field>
      <Field label={ui(lang, 'grain')}>
        <RadioGroup value={grain} onChange={(_, d) => dispatch({ type: 'grain', grain: d.value as Grain })} layout="horizontal">
          <Radio value="quarter" label={ui(lang, 'quarter')} />
          <Radio value="month" label={ui(lang, 'month')} />
        </RadioGroup>
      </Field>
      <Checkbox label={ui(lang, 'combined')} checked={combined} onChange={(_, d) => dispatch({ type: 'combined', combined: !!d.checked })} />
      <Subtitle2 as="h2" className={s.heading}>
        {ui(lang, 'rules')}
      </Subtitle2>
      <div className={s.columns}>
        {RULE_IDS.map((id) => (
          <React.Fragment key={id}>
            <label htmlFor={`rule-${id}`}>{ruleTitle(id, lang)}</label>
            <Select id={`rule-${id}`} size="small" value={config.rules[id] ?? DEFAULT_SEVERITY[id]} onChange={(_, d) => commands.updateConfig({ ...config, rules: { ...config.rules, [id]: d.value as 'off' } })}>
              <option value="error">{ui(lang, 'error')}</option>
              <option value="warning">{ui(lang, 'warning')}</option>
              <option value="info">{ui(lang, 'info')}</option>
              <option value="off">{ui(lang, 'off')}</option>
            </Select>
          </React.Fragment>
        ))}
      </div>
    </section>
  );
}
