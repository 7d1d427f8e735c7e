/** The pane's styles, shared by its components. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minWidth: 0, boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  counts: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  finding: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal', height: 'auto', paddingTop: '4px', paddingBottom: '4px' },
  group: { marginTop: '8px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0,1fr) 8.5em', gap: '4px 8px', alignItems: 'center' },
});

export type Classes = ReturnType<typeof useStyles>;
