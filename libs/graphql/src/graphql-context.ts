import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { LoaderRegistry } from './loaders/loader-registry.js';

export interface GraphqlContext {
  req: Request;
  res?: Response;
  loaders: LoaderRegistry;
}

export function createGraphqlContext({ req, res }: { req: Request; res?: Response }): GraphqlContext {
  return { req, res, loaders: new LoaderRegistry() };
}

/** The request's DataLoader registry. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): LoaderRegistry => GqlExecutionContext.create(context).getContext<GraphqlContext>().loaders,
);
