import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { ROLES } from '../../domain/access/roles.ts';
import { notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { cursorQuery, idParam, idParams, limitQuery, nameField, pageSchema } from '../http/schemas.ts';
import { userSchema } from '../presenters/users.ts';
import { findUser, listUsersInSubtree } from '../queries/users.ts';
import { assignRole, createUser, removeRole, resetPassword, updateUser } from '../usecases/users/manage-users.ts';

const administerUser = { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key: 'id', resource: 'user' }] } } as const;

export function userRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    const present = async (id: number) => {
      const user = await findUser(database.db, id);
      if (!user) throw notFound('người dùng');
      return user;
    };

    app.get('/api/units/:id/users', {
      config: { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['users'],
        summary: 'People whose home unit lies in the subtree',
        params: idParams,
        querystring: z.object({ q: z.string().max(200).optional(), limit: limitQuery, cursor: cursorQuery }),
        response: { 200: pageSchema(userSchema) },
      },
      handler: (request) => listUsersInSubtree(database.db, request.targetPaths.get('id')!, request.query),
    });

    app.post('/api/users', {
      config: { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'body', key: 'unitId' }] } },
      schema: {
        tags: ['users'],
        summary: 'Create a person with a role in a unit (with a password, or an invitation)',
        body: z.object({
          username: z.string().trim().min(3).max(50),
          fullName: nameField,
          email: z.email().max(200).nullable().optional(),
          unitId: idParam,
          role: z.enum(ROLES),
          password: z.string().min(8).max(200).optional(),
        }),
        response: { 201: z.object({ user: userSchema, inviteToken: z.string().optional() }) },
      },
      handler: async (request, reply) => {
        const { id, inviteToken } = await createUser(useCaseContext(database, request), request.body);
        return reply.status(201).send({ user: await present(id), inviteToken });
      },
    });

    app.patch('/api/users/:id', {
      config: administerUser,
      schema: {
        tags: ['users'],
        summary: 'Change a person’s name, e-mail or whether the account is active',
        params: idParams,
        body: z.object({ fullName: nameField.optional(), email: z.email().max(200).nullable().optional(), active: z.boolean().optional() }),
        response: { 200: userSchema },
      },
      handler: async (request) => {
        await updateUser(useCaseContext(database, request), request.params.id, request.body);
        return present(request.params.id);
      },
    });

    app.post('/api/users/:id/reset-password', {
      config: administerUser,
      schema: {
        tags: ['users'],
        summary: 'Set a temporary password the person must change at next sign-in',
        params: idParams,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
      handler: async (request) => ({ temporaryPassword: await resetPassword(useCaseContext(database, request), request.params.id) }),
    });

    app.post('/api/users/:id/roles', {
      config: {
        policy: {
          kind: 'unit',
          action: 'administer',
          targets: [
            { in: 'params', key: 'id', resource: 'user' },
            { in: 'body', key: 'unitId' },
          ],
        },
      },
      schema: {
        tags: ['users'],
        summary: 'Give a person a role at a unit',
        params: idParams,
        body: z.object({ unitId: idParam, role: z.enum(ROLES) }),
        response: { 200: userSchema },
      },
      handler: async (request) => {
        await assignRole(useCaseContext(database, request), request.params.id, request.body.unitId, request.body.role);
        return present(request.params.id);
      },
    });

    app.delete('/api/users/:id/roles/:roleId', {
      config: {
        policy: {
          kind: 'unit',
          action: 'administer',
          targets: [
            { in: 'params', key: 'id', resource: 'user' },
            { in: 'params', key: 'roleId', resource: 'roleAssignment' },
          ],
        },
      },
      schema: {
        tags: ['users'],
        summary: 'Take a role away',
        params: z.object({ id: idParam, roleId: idParam }),
        response: { 200: userSchema },
      },
      handler: async (request) => {
        await removeRole(useCaseContext(database, request), request.params.id, request.params.roleId);
        return present(request.params.id);
      },
    });
  };
}
