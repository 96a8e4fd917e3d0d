import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Role } from '@igu/access';

@InputType('RegisterEmployerInput')
export class RegisterEmployerInput {
  @Field(() => String)
  cvr!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => Int)
  municipalityCode!: number;

  @Field(() => Boolean, { defaultValue: false })
  publicEmployer!: boolean;

  @Field(() => Int)
  employeeCount!: number;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 12 characters' })
  password!: string;

  @Field(() => String)
  displayName!: string;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'JOBCENTRE' })
  jobcentreId?: string | null;

  @Field(() => ID, { nullable: true, description: 'UNION_REP' })
  unionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'EMPLOYER' })
  companyId?: string | null;
}
