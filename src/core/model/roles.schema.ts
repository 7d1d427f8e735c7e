import * as z from 'zod';
import { ALL_ROLES } from './roles';

export const RoleSchema = z.enum(ALL_ROLES);
