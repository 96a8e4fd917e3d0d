import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, NodeInterface } from '@igu/graphql';
import { ImportStatus } from '../entities/handover-import.entity.js';
import type { HandoverImportView, ImportProblemView } from '../services/handover-query.service.js';

registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType('ImportProblem')
export class ImportProblemObject implements ImportProblemView {
  @Field(() => Int, { description: '1 = the first data row after the header (0 = the header)' })
  row!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String, { description: 'e.g. CPR_INVALID, REQUIRED, UNKNOWN_OCCUPATION' })
  reason!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('HandoverImport', { implements: () => [NodeInterface], description: 'Visible only to the jobcentre that uploaded the file.' })
export class HandoverImportObject implements NodeInterface, HandoverImportView {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => Int)
  rowsTotal!: number;

  @Field(() => Int)
  rowsCreated!: number;

  @Field(() => Int)
  rowsUpdated!: number;

  @Field(() => Int, { description: 'Rows of a candidate this jobcentre already had, with no empty field to fill' })
  rowsUnchanged!: number;

  @Field(() => Int)
  rowsRejected!: number;

  @Field(() => Float, { description: '[0, 1]' })
  progress!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('HandoverImportConnection')
export class HandoverImportConnection extends ConnectionType(HandoverImportObject, 'HandoverImport') {}
