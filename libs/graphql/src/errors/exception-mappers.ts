import { Injectable, type Provider } from '@nestjs/common';
import { AppError } from './app-error.js';

/** A feature's exception class, as thrown by its services. */
export type ExceptionClass<E extends Error> = abstract new (...args: never[]) => E;

/** Turns a feature's domain exception into the contract error; an exhaustive `switch` over its code. */
export type ExceptionMapper<E extends Error> = (exception: E) => AppError;

/**
 * Domain exceptions know nothing of GraphQL: each feature registers one mapper
 * for its exception class, and the error formatter asks here. An exception
 * of an unregistered class stays unknown (INTERNAL_SERVER_ERROR).
 */
@Injectable()
export class ExceptionMapperRegistry {
  private readonly mappers = new Map<ExceptionClass<Error>, ExceptionMapper<Error>>();

  register<E extends Error>(type: ExceptionClass<E>, mapper: ExceptionMapper<E>): void {
    if (this.mappers.has(type)) throw new Error(`${type.name} has two exception mappers`);
    this.mappers.set(type, mapper as ExceptionMapper<Error>);
  }

  /** The contract error for `error`: itself if it is one, its feature's mapping, or undefined. */
  toAppError(error: unknown): AppError | undefined {
    if (error instanceof AppError) return error;
    for (const [type, map] of this.mappers) if (error instanceof type) return map(error);
    return undefined;
  }
}

/** A provider for a feature's GraphQL module that registers its exception mapper when the module starts. */
export function exceptionMapperProvider<E extends Error>(type: ExceptionClass<E>, mapper: ExceptionMapper<E>): Provider {
  return {
    provide: Symbol(`${type.name} mapper`),
    inject: [ExceptionMapperRegistry],
    useFactory: (registry: ExceptionMapperRegistry) => registry.register(type, mapper),
  };
}

/** Fails to compile when a `switch` over a code misses a case; throws if an unknown value arrives anyway. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled exception code ${String(value)}`);
}
