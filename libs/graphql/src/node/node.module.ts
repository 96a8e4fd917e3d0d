import { Global, Module } from '@nestjs/common';
import { NodeRegistry } from './node-registry.js';

@Global()
@Module({ providers: [NodeRegistry], exports: [NodeRegistry] })
export class NodeModule {}
