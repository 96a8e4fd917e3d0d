export { CONFIG_VARIABLES, configSchema, type AppConfig } from './config.schema.js';
export { ConfigError, loadConfig, loadConfigOrExit } from './load-config.js';
export { APP_CONFIG, ConfigModule, InjectConfig } from './config.module.js';
