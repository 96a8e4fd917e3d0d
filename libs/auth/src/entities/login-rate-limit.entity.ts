import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Counters of failed logins, owned by rate-limiter-flexible (its table layout). */
@Entity('login_rate_limit')
export class LoginRateLimitEntity {
  @PrimaryColumn('varchar', { length: 255 })
  key!: string;

  @Column('integer', { default: 0 })
  points!: number;

  @Column('bigint', { nullable: true })
  expire!: string | null;
}
