import { Global, Module } from '@nestjs/common';
import { ExceptionMapperRegistry } from './exception-mappers.js';

@Global()
@Module({ providers: [ExceptionMapperRegistry], exports: [ExceptionMapperRegistry] })
export class GraphqlErrorsModule {}
