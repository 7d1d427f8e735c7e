/** English. */
import type { LangPack } from '../types';
import { headers } from './headers';
import { time } from './time';
import { shown } from './shown';

export const en: LangPack = {
  code: shown.code,
  name: shown.name,
  time,
  headers,
  vagueOwners: ['all', 'everyone', 'everybody', 'all staff', 'all members', 'team', 'the team', 'whole team', 'all partners', 'tbd', 'tba', 'to be decided', 'to be determined', 'n/a', 'na', 'various', 'others', 'anyone', 'someone', 'all of us', 'us', 'we', 'both'],
  ownerJoiners: ['and', '&', 'with'],
  ownerLabels: ['lead', 'leads', 'led by', 'support', 'supported by', 'supporting', 'responsible', 'owner', 'owners', 'partner', 'partners', 'with support from'],
  supportLabels: ['support', 'supported by', 'supporting', 'partner', 'partners', 'in cooperation with', 'in partnership with', 'co-owner', 'co-owners', 'contributors', 'contributing'],
  marks: { yes: ['yes', 'y', 'planned', 'active'], no: ['no', 'n', 'none', 'false'] },
  nonActivity: ['total', 'totals', 'subtotal', 'sub-total', 'sum', 'grand total', 'prepared by', 'approved by', 'signed', 'signature', 'legend', 'key', 'note', 'notes', 'source', 'checked by', 'reviewed by', 'date of approval'],
  planTitles: ['project', 'plan', 'plans', 'workplan', 'work plan', 'action plan', 'schedule', 'timeline', 'roadmap', 'programme', 'program', 'gantt', 'calendar', 'activity matrix', 'logframe', 'logical framework', 'tracker'],
  levels: ['overall objective', 'specific objective', 'general objective', 'development objective', 'immediate objective', 'project purpose', 'purpose', 'impact', 'goal', 'outcome', 'intermediate outcome', 'output', 'result', 'expected result', 'objective'],
  list: { goal: ['strategic objective', 'priority', 'pillar', 'output', 'result', 'task', 'objective', 'goal', 'aim', 'outcome'], period: ['implementation period', 'period of implementation', 'period', 'timeframe', 'time frame', 'timeline', 'duration', 'when'], section: ['stage', 'phase', 'component', 'step', 'part', 'implementation', 'how', 'method', 'activities', 'work package'], item: ['activity', 'action'] },
  guess: { words: ['the', 'and', 'activity', 'activities', 'responsible', 'expected', 'outcome', 'task', 'week', 'month', 'start', 'end', 'objective', 'timeline', 'owner'] },
};
