/** The roles a column of a plan table can have: plain lists, from which the schemas (roles.schema.ts) are built. */

export const ROLES = ['goal', 'activity', 'method', 'time', 'owner', 'outcome'] as const;
/** Every role, the six of an activity matrix first. */
export const ALL_ROLES = [...ROLES, 'start', 'end', 'duration', 'period', 'number', 'plan', 'extra'] as const;
export type Role = (typeof ALL_ROLES)[number];
export type MainRole = (typeof ROLES)[number];

const ROLE_SET: ReadonlySet<string> = new Set(ALL_ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLE_SET.has(value);
}
