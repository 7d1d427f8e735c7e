/** The pane's styles, shared by its components. Laid out for Excel's narrowest pane, 320 px. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', minWidth: 0, boxSizing: 'border-box' },
  // The three commands share one row; a long label wraps inside its button.
  actions: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '6px' },
  action: { minWidth: 0, whiteSpace: 'normal', height: 'auto', paddingLeft: '6px', paddingRight: '6px', lineHeight: tokens.lineHeightBase200 },
  downloads: { display: 'flex', flexDirection: 'column', gap: '4px' },
  downloadGrid: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: '4px 8px', alignItems: 'center' },
  checked: { margin: 0, overflowWrap: 'anywhere' },
  counts: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'center' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  ruleGroup: { marginTop: '6px' },
  ruleHead: { cursor: 'pointer', display: 'flex', gap: '6px', alignItems: 'center', padding: '4px 0', fontWeight: tokens.fontWeightSemibold },
  finding: {
    width: '100%', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal', height: 'auto', paddingTop: '4px', paddingBottom: '4px',
    display: 'grid', gridTemplateColumns: '4.2em minmax(0, 1fr)', columnGap: '6px', alignItems: 'start',
  },
  address: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  subject: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  nav: { display: 'flex', gap: '6px' },
  planHead: { display: 'block', margin: '12px 0 0 0' },
  planMeta: { display: 'block', margin: '2px 0 6px 0', overflowWrap: 'anywhere' },
  group: { marginTop: '8px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  // A label above its select: the select has the pane's whole width for the role's name.
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(11em, max-content)', gap: '4px 8px', alignItems: 'center' },
  // Read by a screen reader, not shown.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  listNote: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'flex-start', margin: '6px 0' },
  why: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export type Classes = ReturnType<typeof useStyles>;
