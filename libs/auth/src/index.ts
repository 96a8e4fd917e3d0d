export { UserEntity } from './entities/user.entity.js';
export { LoginRateLimitEntity } from './entities/login-rate-limit.entity.js';
export { AuthGuard, bearerToken } from './guards/auth.guard.js';
export { TokenService, type IssuedToken } from './services/token.service.js';
export { UserService, actorOf, type NewUser } from './services/user.service.js';
export { AuthService } from './services/auth.service.js';
export { RefreshTokenEntity } from './sessions/refresh-token.entity.js';
export { SessionService } from './sessions/session.service.js';
export { REFRESH_COOKIE } from './sessions/session-cookie.js';
export { PasswordHasher, MIN_PASSWORD_LENGTH } from './services/password-hasher.js';
export { UserObject, AuthPayloadObject } from './graphql/user.object.js';
export { UserLoaders } from './graphql/user.loaders.js';
export { AuthGraphqlModule, AuthModule } from './auth.module.js';
import { LoginRateLimitEntity as RateLimit } from './entities/login-rate-limit.entity.js';
import { UserEntity as User } from './entities/user.entity.js';
import { RefreshTokenEntity as RefreshToken } from './sessions/refresh-token.entity.js';

export const authEntities = [User, RateLimit, RefreshToken];
export { AuthException, AuthExceptionCode } from './errors/auth.exception.js';
