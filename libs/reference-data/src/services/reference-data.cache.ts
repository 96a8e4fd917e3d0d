import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { PgListener } from '@igu/database';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { JobcentreEntity } from '../entities/jobcentre.entity.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { OccupationEntity } from '../entities/occupation.entity.js';
import { RegionEntity } from '../entities/region.entity.js';
import { SkillEntity } from '../entities/skill.entity.js';
import { TradeUnionEntity } from '../entities/trade-union.entity.js';
import { byDanishName } from '../rules/danish-order.js';

/** The reference tables' triggers (migration ReferenceDataNotify) notify on it at commit, with the table's name. */
export const REFERENCE_DATA_CHANGED_CHANNEL = 'reference_data_changed';
/** Names the listener in pg_stat_activity. */
export const REFERENCE_DATA_LISTENER_APPLICATION_NAME = 'igu-reference-data-listener';

/** Every reference table as loaded at one moment; the rows are frozen, shared by every request. */
export interface ReferenceSnapshot {
  regions: ReadonlyMap<number, RegionEntity>;
  municipalities: ReadonlyMap<number, MunicipalityEntity>;
  jobcentres: ReadonlyMap<string, JobcentreEntity>;
  occupations: ReadonlyMap<string, OccupationEntity>;
  skills: ReadonlyMap<string, SkillEntity>;
  unions: ReadonlyMap<string, TradeUnionEntity>;
  /** In Danish name order, as every list shown to people. */
  sortedRegions: readonly RegionEntity[];
  sortedMunicipalities: readonly MunicipalityEntity[];
  sortedUnions: readonly TradeUnionEntity[];
}

/**
 * The reference tables (about 1,000 rows) in memory, so resolving a page's
 * occupations and municipalities costs no SQL. Loaded on first use, dropped
 * whenever PostgreSQL says a reference table changed (LISTEN; a trigger
 * notifies at commit, whoever wrote), so every API process sees a change
 * within milliseconds of its commit. While the listener is not connected a
 * change could go unheard: `snapshot()` is then null and callers read the
 * tables; after every (re)connect the copy is reloaded. A connection that dies
 * silently is noticed by the listener's ping within about 35 s.
 */
@Injectable()
export class ReferenceDataCache implements OnApplicationBootstrap, OnModuleDestroy {
  private loaded?: Promise<ReferenceSnapshot>;
  private listener?: PgListener;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
  ) {}

  /** The copy in memory (loaded now if need be), or null while changes could go unheard. */
  snapshot(): Promise<ReferenceSnapshot> | null {
    if (!this.listener?.listening) return null;
    if (!this.loaded) {
      const loading = this.load();
      this.loaded = loading;
      // A failed load is not kept: the next caller tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = undefined;
      });
    }
    return this.loaded;
  }

  /** Drops the copy; the next `snapshot()` reloads. A load still running serves only the callers that asked before. */
  invalidate(): void {
    this.loaded = undefined;
  }

  /** Waits for the first connection attempt, so a change right after start-up is heard. */
  async onApplicationBootstrap(): Promise<void> {
    this.listener = new PgListener({
      connectionString: this.config.DATABASE_URL,
      applicationName: REFERENCE_DATA_LISTENER_APPLICATION_NAME,
      channels: [REFERENCE_DATA_CHANGED_CHANNEL],
      onNotification: () => this.invalidate(),
      onListening: (reconnected) => {
        this.invalidate(); // changes made while nobody listened
        if (reconnected) this.logger.info('reference data listener listening again; the in-memory copy is used again');
      },
      onLost: (error, retryInMs) => {
        this.invalidate();
        this.logger.warn(
          { err: { message: error.message, code: error.code }, retryInMs },
          'reference data listener lost its connection; reference data is read from the database until it reconnects',
        );
      },
    });
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
    this.invalidate();
  }

  private async load(): Promise<ReferenceSnapshot> {
    const manager = this.dataSource.manager;
    const [regions, municipalities, jobcentres, occupations, skills, unions] = await Promise.all([
      manager.find(RegionEntity),
      manager.find(MunicipalityEntity),
      manager.find(JobcentreEntity),
      manager.find(OccupationEntity),
      manager.find(SkillEntity),
      manager.find(TradeUnionEntity),
    ]);
    [regions, municipalities, jobcentres, occupations, skills, unions].forEach((rows) => rows.forEach(freeze));
    return {
      regions: new Map(regions.map((row) => [row.code, row])),
      municipalities: new Map(municipalities.map((row) => [row.code, row])),
      jobcentres: new Map(jobcentres.map((row) => [row.id, row])),
      occupations: new Map(occupations.map((row) => [row.code, row])),
      skills: new Map(skills.map((row) => [row.code, row])),
      unions: new Map(unions.map((row) => [row.id, row])),
      sortedRegions: byDanishName(regions),
      sortedMunicipalities: byDanishName(municipalities),
      sortedUnions: byDanishName(unions),
    };
  }
}

/** Shared by every request: a caller that tried to change one would change it for all. */
function freeze(row: object): void {
  for (const value of Object.values(row)) if (Array.isArray(value)) Object.freeze(value);
  Object.freeze(row);
}
