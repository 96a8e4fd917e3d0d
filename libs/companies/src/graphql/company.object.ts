import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '@igu/graphql';

@ObjectType('Company', { implements: () => [NodeInterface] })
export class CompanyObject implements NodeInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '8 digits, modulus-11 valid' })
  cvr!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Public employers get no IGU bonus' })
  publicEmployer!: boolean;

  @Field(() => Int)
  employeeCount!: number;

  municipalityCode!: number;
}
