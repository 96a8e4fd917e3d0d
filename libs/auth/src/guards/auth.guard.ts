import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@igu/graphql';
import { type Actor, PUBLIC_KEY, requestOf, type Role, ROLES_KEY } from '@igu/access';
import { TokenService } from '../services/token.service.js';

interface AuthenticatedRequest {
  headers?: Record<string, string | string[] | undefined>;
  actor?: Actor;
  actorPromise?: Promise<Actor | null>;
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1] ?? null;
}

/**
 * Deny by default: an operation must declare @Public() or @Roles(...). A
 * present but invalid token is UNAUTHENTICATED, except on public operations.
 * (Field resolvers are not guarded; they rely on what their parent may show.)
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenService) private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = requestOf(context) as AuthenticatedRequest;
    const token = bearerToken(request.headers?.authorization);
    // One verification per HTTP request, however many root fields it has. A graphql-ws
    // operation has no headers: its actor was verified when the socket connected.
    request.actorPromise ??= token ? this.tokens.verify(token) : Promise.resolve(request.actor ?? null);
    const actor = await request.actorPromise;
    if (actor) request.actor = actor;
    if (isPublic) return true;
    if (!roles) throw AppError.forbidden('This operation is not available');
    if (!actor) throw AppError.unauthenticated(token ? 'The access token is invalid or expired' : 'Authentication required');
    if (!roles.includes(actor.role)) throw AppError.forbidden();
    return true;
  }
}
