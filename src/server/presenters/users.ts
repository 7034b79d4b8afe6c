import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.ts';

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(z.object({ id: z.number().int(), unitId: z.number().int(), unitName: z.string(), role: z.enum(ROLES) })),
});
