import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '@igu/graphql';
import type { Actor, Role } from './actor.js';

export const PUBLIC_KEY = 'igu:public';
export const ROLES_KEY = 'igu:roles';

/** Anyone may call this, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call this; others get FORBIDDEN, anonymous callers UNAUTHENTICATED. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export interface RequestWithActor {
  actor?: Actor;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req
    : context.switchToHttp().getRequest<RequestWithActor>();
}

/** The authenticated actor; only on operations with @Roles. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw AppError.unauthenticated();
  return actor;
});

/** The actor if signed in, else null; for @Public operations that vary by caller. */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null => requestOf(context).actor ?? null,
);
