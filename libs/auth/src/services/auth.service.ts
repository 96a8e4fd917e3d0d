import { Inject, Injectable } from '@nestjs/common';
import { CompanyService } from '@igu/companies';
import { DataSource } from 'typeorm';
import { Role } from '@igu/access';
import type { UserEntity } from '../entities/user.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RegistrationThrottleService } from './registration-throttle.service.js';
import { type IssuedToken, TokenService } from './token.service.js';
import { actorOf, UserService } from './user.service.js';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

export interface AuthResult extends IssuedToken {
  user: UserEntity;
}

export interface EmployerRegistration {
  cvr: string;
  companyName: string;
  municipalityCode: number;
  publicEmployer: boolean;
  employeeCount: number;
  email: string;
  password: string;
  displayName: string;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(UserService) private readonly users: UserService,
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(RegistrationThrottleService) private readonly registrations: RegistrationThrottleService,
  ) {}

  /**
   * Unknown e-mail and wrong password give the same answer after the same work
   * (a password hash is verified either way). The attempt is counted as a
   * failure before the hash is verified, and given back only on success.
   */
  async login(email: string, password: string, ip: string, sessionId?: string): Promise<AuthResult> {
    const key = email.trim().toLowerCase();
    const attempt = await this.throttle.begin(key, ip);
    const user = key.length <= 254 ? await this.users.findByEmail(key) : null;
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password.slice(0, 1024));
    if (!user || !valid) throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'Invalid e-mail or password');
    await this.throttle.succeeded(attempt);
    return { user, ...(await this.tokens.issue(actorOf(user), sessionId)) };
  }

  /** A company and its first employer user, in one transaction; signed in on success. */
  async registerEmployer(input: EmployerRegistration, ip: string, sessionId?: string): Promise<AuthResult> {
    await this.registrations.take(ip);
    const user = await this.dataSource.transaction(async (manager) => {
      const company = await this.companies.create(manager, {
        cvr: input.cvr,
        name: input.companyName,
        municipalityCode: input.municipalityCode,
        publicEmployer: input.publicEmployer,
        employeeCount: input.employeeCount,
      });
      return this.users.create(manager, {
        email: input.email,
        password: input.password,
        displayName: input.displayName,
        role: Role.EMPLOYER,
        companyId: company.id,
      });
    });
    return { user, ...(await this.tokens.issue(actorOf(user), sessionId)) };
  }
}
