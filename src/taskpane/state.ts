/**
 * The pane's state and commands: the model (model.ts) in a reducer, the commands (commands.ts) that call the
 * core and the workbook port. The pane decides nothing itself.
 */
import * as React from 'react';
import { loadSchemas } from '../core';
import type { Lang, WorkbookPort } from '../core';
import type { Download, PaneCommands } from './commands';
import { engine, useCommands } from './commands';
import type { PaneAction, PaneState } from './model';
import { INITIAL, reducer } from './model';

export type { Download, PaneCommands } from './commands';
export type { Grain, PaneAction, PaneState, Status, Tab } from './model';

/** The pane's state and commands over a workbook port. Settings are read from the workbook and checked with the CLI's schema. */
export function usePane(port: WorkbookPort, lang: Lang, save?: Download): { state: PaneState; dispatch: React.Dispatch<PaneAction>; commands: PaneCommands } {
  const [state, dispatch] = React.useReducer(reducer, { ...INITIAL, lang });
  React.useEffect(() => {
    port
      .loadSettings()
      .then(async (s) => {
        // The schemas (and zod) are a chunk of their own, loaded after the first render.
        const { RuleConfigSchema } = await loadSchemas();
        const parsed = RuleConfigSchema.safeParse(s.config);
        if (parsed.success) dispatch({ type: 'config', config: parsed.data });
        if (s.generated?.length) dispatch({ type: 'generated', names: s.generated });
      })
      .catch(() => undefined);
  }, [port]);
  const commands = useCommands(port, state, dispatch, save);
  React.useEffect(() => commands.stopWatching, [commands.stopWatching]);
  // The engine is fetched once the first screen is up, so that Validate does not wait for it.
  React.useEffect(() => void engine().catch(() => undefined), []);
  return { state, dispatch, commands };
}
