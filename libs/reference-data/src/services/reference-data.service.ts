import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { assertRegionCode } from '../codes.js';
import { JobcentreEntity } from '../entities/jobcentre.entity.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { OccupationEntity } from '../entities/occupation.entity.js';
import { RegionEntity } from '../entities/region.entity.js';
import { SkillEntity } from '../entities/skill.entity.js';
import { TradeUnionEntity } from '../entities/trade-union.entity.js';
import { byDanishName } from '../rules/danish-order.js';
import { ReferenceDataCache, type ReferenceSnapshot } from './reference-data.cache.js';

const UNIT_GROUP_LEVEL = 4;

/**
 * Read access to regions, municipalities, jobcentres, ISCO-08, skills and
 * unions: from the in-memory copy (`ReferenceDataCache`) when it can be
 * trusted, from the tables otherwise. The rows returned are shared and frozen.
 */
@Injectable()
export class ReferenceDataService {
  private readonly regions: Repository<RegionEntity>;
  private readonly municipalities: Repository<MunicipalityEntity>;
  private readonly jobcentres: Repository<JobcentreEntity>;
  private readonly occupations: Repository<OccupationEntity>;
  private readonly skills: Repository<SkillEntity>;
  private readonly unions: Repository<TradeUnionEntity>;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(ReferenceDataCache) private readonly cache: ReferenceDataCache,
  ) {
    this.regions = dataSource.getRepository(RegionEntity);
    this.municipalities = dataSource.getRepository(MunicipalityEntity);
    this.jobcentres = dataSource.getRepository(JobcentreEntity);
    this.occupations = dataSource.getRepository(OccupationEntity);
    this.skills = dataSource.getRepository(SkillEntity);
    this.unions = dataSource.getRepository(TradeUnionEntity);
  }

  /** By name (Danish order), like every reference list shown to people; occupations by code. */
  listRegions(): Promise<RegionEntity[]> {
    return this.read(
      (snapshot) => [...snapshot.sortedRegions],
      async () => byDanishName(await this.regions.find()),
    );
  }

  listMunicipalities(regionCode?: number | null): Promise<MunicipalityEntity[]> {
    if (regionCode != null) assertRegionCode(regionCode, 'regionCode');
    return this.read(
      (snapshot) => snapshot.sortedMunicipalities.filter((m) => regionCode == null || m.regionCode === regionCode),
      async () => byDanishName(await this.municipalities.find({ where: regionCode == null ? {} : { regionCode } })),
    );
  }

  listUnions(): Promise<TradeUnionEntity[]> {
    return this.read(
      (snapshot) => [...snapshot.sortedUnions],
      async () => byDanishName(await this.unions.find()),
    );
  }

  /**
   * ISCO-08 unit groups. Each search term narrows the result: digits match a code
   * prefix ("91" → 9111, 9112, …), words match the title.
   */
  searchOccupations(search: string | null | undefined, first: number): Promise<OccupationEntity[]> {
    const query = this.occupations
      .createQueryBuilder('o')
      .where('o.level = :level', { level: UNIT_GROUP_LEVEL })
      .orderBy('o.code', 'ASC')
      .limit(first);
    searchTerms(search).forEach((term, index) => {
      if (/^\d{1,4}$/.test(term)) query.andWhere(`o.code LIKE :t${index}`, { [`t${index}`]: `${term}%` });
      else query.andWhere(`o.title ILIKE :t${index}`, { [`t${index}`]: `%${escapeLike(term)}%` });
    });
    return query.getMany();
  }

  /** Skills whose code, label (English and Danish) or category contain every term. */
  searchSkills(search: string | null | undefined, first: number): Promise<SkillEntity[]> {
    const query = this.skills.createQueryBuilder('s').orderBy('s.label', 'ASC').limit(first);
    searchTerms(search).forEach((term, index) => {
      query.andWhere(`(s.label ILIKE :t${index} OR s.code ILIKE :t${index} OR s.category ILIKE :t${index})`, {
        [`t${index}`]: `%${escapeLike(term)}%`,
      });
    });
    return query.getMany();
  }

  regionsByCodes(codes: readonly number[]): Promise<RegionEntity[]> {
    return this.read(
      (snapshot) => pick(snapshot.regions, codes),
      () => this.regions.findBy({ code: In([...codes]) }),
    );
  }

  municipalitiesByCodes(codes: readonly number[]): Promise<MunicipalityEntity[]> {
    return this.read(
      (snapshot) => pick(snapshot.municipalities, codes),
      () => this.municipalities.findBy({ code: In([...codes]) }),
    );
  }

  municipalitiesByRegionCodes(codes: readonly number[]): Promise<MunicipalityEntity[]> {
    const wanted = new Set(codes);
    return this.read(
      (snapshot) => snapshot.sortedMunicipalities.filter((m) => wanted.has(m.regionCode)),
      async () => byDanishName(await this.municipalities.findBy({ regionCode: In([...codes]) })),
    );
  }

  municipalitiesByJobcentreIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    const wanted = new Set(ids.map(uuidKey));
    return this.read(
      (snapshot) => snapshot.sortedMunicipalities.filter((m) => wanted.has(m.jobcentreId)),
      async () => byDanishName(await this.municipalities.findBy({ jobcentreId: In([...ids]) })),
    );
  }

  jobcentresByIds(ids: readonly string[]): Promise<JobcentreEntity[]> {
    return this.read(
      (snapshot) => pick(snapshot.jobcentres, ids.map(uuidKey)),
      () => this.jobcentres.findBy({ id: In([...ids]) }),
    );
  }

  occupationsByCodes(codes: readonly string[]): Promise<OccupationEntity[]> {
    return this.read(
      (snapshot) => pick(snapshot.occupations, codes),
      () => this.occupations.findBy({ code: In([...codes]) }),
    );
  }

  skillsByCodes(codes: readonly string[]): Promise<SkillEntity[]> {
    return this.read(
      (snapshot) => pick(snapshot.skills, codes),
      () => this.skills.findBy({ code: In([...codes]) }),
    );
  }

  unionsByIds(ids: readonly string[]): Promise<TradeUnionEntity[]> {
    return this.read(
      (snapshot) => pick(snapshot.unions, ids.map(uuidKey)),
      () => this.unions.findBy({ id: In([...ids]) }),
    );
  }

  private async read<T>(fromMemory: (snapshot: ReferenceSnapshot) => T, fromTables: () => Promise<T>): Promise<T> {
    const snapshot = this.cache.snapshot();
    return snapshot ? fromMemory(await snapshot) : fromTables();
  }
}

/** PostgreSQL writes uuids in lower case and compares them in any: so does the copy. */
const uuidKey = (id: string) => id.toLowerCase();

/** The rows of the keys that exist, each once (as `findBy` with `In`). */
function pick<K, V>(rows: ReadonlyMap<K, V>, keys: readonly K[]): V[] {
  return [...new Set(keys)].flatMap((key) => {
    const row = rows.get(key);
    return row ? [row] : [];
  });
}

function searchTerms(search: string | null | undefined): string[] {
  return (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}
