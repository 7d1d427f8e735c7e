/** The roles a column of a plan table can have. */
import * as z from 'zod';

export const ROLES = ['goal', 'activity', 'method', 'time', 'owner', 'outcome'] as const;
export const RoleSchema = z.enum(['goal', 'activity', 'method', 'time', 'owner', 'outcome', 'start', 'end', 'duration', 'period', 'number', 'plan', 'extra']);
export type Role = z.infer<typeof RoleSchema>;
export type MainRole = (typeof ROLES)[number];

