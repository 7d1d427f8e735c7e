import type { HeaderWords } from '../types';

export const headers: HeaderWords = {
  goal: [
    'goal', 'goals', 'objective', 'objectives', 'aim', 'aims', 'purpose', 'specific objective', 'specific objectives', 'strategic objective', 'general objective',
    'strategic goal', 'outcome area', 'priorities', 'priority area', 'strategic priority', 'result area', 'pillar', 'thematic area', 'focus area', 'strategic area', 'component', 'phase', 'phases',
    'stage', 'stages', 'theme', 'level', 'results chain', 'intervention logic', 'sub-goal', 'epic', 'area', 'workstream', 'work stream', 'big tasks', 'main task', 'main tasks', 'main activity', 'main activities', 'activity group', 'activity area',
  ],
  activity: [
    'activity', 'activities', 'summary', 'narrative summary', 'issue summary', 'task title', 'action', 'actions', 'action needed', 'actions needed', 'action item', 'action items', 'task', 'tasks', 'task name', 'task description',
    'intervention', 'interventions', 'key activities', 'what', 'activity description', 'activity name', 'planned activities', 'work item', 'work items', 'element',
    'milestone', 'milestones', 'milestone description', 'step', 'steps', 'work package', 'work packages', 'subtask', 'sub-task', 'subtasks', 'specific tasks', 'sub tasks',
    'to do', 'todo', 'item', 'items', 'event', 'events', 'initiative', 'initiatives', 'deliverable activity', 'assignment', 'project activities', 'what will be done', 'name', 'content', 'contents', 'task list', 'work', 'job', 'jobs',
  ],
  method: [
    'method', 'methods', 'methodology', 'approach', 'how', 'means', 'implementation method', 'modality', 'modalities', 'way of implementation', 'details', 'detail',
    'description', 'how to', 'tools', 'strategy', 'strategies', 'activity details', 'implementation', 'means of implementation', 'how it will be done', 'process',
  ],
  time: [
    'time', 'timeline', 'time frame', 'timeframe', 'timing', 'date', 'dates', 'when', 'deadline', 'period', 'schedule', 'due date', 'time line', 'implementation period',
    'month', 'months', 'target date', 'frequency', 'quarter', 'quarters', 'year', 'week', 'weeks', 'timescale', 'time schedule', 'calendar', 'by when', 'planned date', 'timelines',
    'project timeline', 'implementation timeline', 'time period', 'period of implementation', 'duration of implementation',
  ],
  owner: [
    'owner', 'owners', 'responsible', 'responsible person', 'responsible persons', 'person responsible', 'persons responsible', 'responsibility', 'responsibilities', 'who',
    'lead', 'lead person', 'in charge', 'person in charge', 'focal point', 'focal person', 'implemented by', 'by whom', 'participants', 'responsible party', 'accountable',
    'assigned to', 'assignee', 'assignees', 'actor', 'actors', 'executor', 'implementer', 'implementers', 'implementing partner', 'implementing partners', 'partner', 'partners',
    'coordinator', 'action by', 'owned by', 'done by', 'responsible team', 'team responsible', 'lead agency', 'lead organisation', 'lead organization', 'who is responsible',
    'responsible unit', 'department', 'staff', 'team', 'members', 'member', 'resources', 'person', 'persons', 'people',
  ],
  outcome: [
    'outcome', 'outcomes', 'expected', 'expected outcome', 'expected outcomes', 'result', 'results', 'expected result', 'expected results', 'output', 'outputs', 'expected output',
    'expected outputs', 'deliverable', 'deliverables', 'indicator', 'indicators', 'success indicator', 'success indicators', 'target', 'targets', 'kpi', 'kpis',
    'measure of success', 'measures of success', 'success criteria', 'success measure', 'product', 'products', 'achievement', 'achievements', 'impact', 'output indicator',
    'outcome indicator', 'result indicator', 'result statement', 'performance indicator', 'performance indicators', 'expected impact', 'milestone indicator',
  ],
  start: ['start', 'start date', 'timeline start', 'timeline - start', 'timeline – start', 'begin', 'beginning', 'from', 'starts', 'start month', 'starting date', 'planned start', 'begin date', 'commencement', 'start time', 'start week'],
  end: ['end', 'end date', 'timeline end', 'timeline - end', 'timeline – end', 'finish', 'finish date', 'to', 'until', 'due', 'end month', 'completion date', 'planned end', 'planned finish', 'end by', 'end time', 'end week', 'finish by'],
  duration: ['duration', 'days', 'no of days', 'number of days', 'length', 'duration days', 'duration weeks', 'duration months', 'weeks duration', 'calendar days', 'working days'],
  number: ['no', 'nr', 'n', 'number', 'num', 'ref', 'id', 'code', 's n', 'sr no', 'sl no', 'item no', 'wbs', 'goal no', 'activity no', 'goal number', 'activity number', 'task no', 'serial', 'ser'],
  plan: ['plan', 'plan name', 'project name'],
  logframe: ['indicator', 'indicators', 'baseline', 'target', 'targets', 'means of verification', 'sources of verification', 'assumptions', 'risks and assumptions', 'achieved', 'achieved up to now', 'on track', 'milestones', 'verifiable indicators', 'objectively verifiable indicators'],
  other: [
    'section', 'source line', 'stage / section',
    // Columns of Gantt tools' exports (GanttProject, MS Project) that are no role of a plan.
    'list name', 'list', 'board', 'bucket', 'bucket name', 'task id', 'created by', 'completed by', 'created date', 'completed date', 'is recurring', 'recurring', 'late', 'checklist items', 'completed checklist items', 'checklist', 'card id', 'card url', 'url', 'archived', 'priority', 'updated', 'issue key', 'issue id', 'issue type', 'key', 'reporter', 'sprint', 'resolution', 'resolved', 'labels', 'components', 'watchers', 'assignments', 'assignee email', 'email', 'e-mail', 'tags', 'projects', 'created at', 'created on', 'created', 'date created', 'creation date', 'completed at', 'completed on', 'date completed', 'last modified', 'modified', 'last updated', 'updated at', 'task color', 'task colour', 'task mode', 'task type', 'color', 'colour', 'completion', 'completion %', '% complete', 'successors', 'constraint', 'constraint type', 'outline level', 'web link',
    'status', 'state', 'progress', 'complete', 'percent complete', 'completion status', 'comment', 'comments', 'remark', 'remarks', 'note', 'notes', 'budget', 'cost', 'costs',
    'amount', 'funding', 'source of funding', 'funding source', 'budget line', 'risk', 'risks', 'assumption', 'assumptions', 'baseline', 'achieved', 'means of verification',
    'source of verification', 'sources of verification', 'category', 'type', 'reviewer', 'question', 'hours', 'estimated hours', 'effort', 'location', 'venue', 'place',
    'reference', 'link', 'links', 'attachment', 'attachments', 'observation', 'observations', 'evidence', 'verification', 'actual', 'planned', 'on track', 'follow up',
    'follow-up', 'priority level', 'done', 'feedback', 'issues', 'dependencies', 'dependency', 'predecessor', 'predecessors', 'weight', 'points', 'estimate', 'estimation',
    'person days', 'man days', 'pt', 'md', 'hours planned', 'hours spent', 'actual hours', 'value', 'values', 'unit', 'units', 'quantity', 'total cost',
  ],
};
