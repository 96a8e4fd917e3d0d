import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '@igu/graphql';

@ObjectType('Region')
export class RegionObject {
  @Field(() => Int, { description: '1081..1085' })
  code!: number;

  @Field(() => String)
  name!: string;
}

@ObjectType('Municipality')
export class MunicipalityObject {
  @Field(() => Int, { description: 'Official municipality code, e.g. 101 = København' })
  code!: number;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'Reference point used for commute distances' })
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Int)
  population!: number;

  regionCode!: number;
  jobcentreId!: string;
}

@ObjectType('Jobcentre', { implements: () => [NodeInterface] })
export class JobcentreObject implements NodeInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Occupation', { description: 'ISCO-08 / DISCO-08 occupation' })
export class OccupationObject {
  @Field(() => String, { description: 'Unit group code, 4 digits' })
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('Skill')
export class SkillObject {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  category!: string;
}

@ObjectType('Union', { implements: () => [NodeInterface] })
export class UnionObject implements NodeInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}
