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

const UNIT_GROUP_LEVEL = 4;

/** Read access to regions, municipalities, jobcentres, ISCO-08, skills and unions. */
@Injectable()
export class ReferenceDataService {
  private readonly regions: Repository<RegionEntity>;
  private readonly municipalities: Repository<MunicipalityEntity>;
  private readonly jobcentres: Repository<JobcentreEntity>;
  private readonly occupations: Repository<OccupationEntity>;
  private readonly skills: Repository<SkillEntity>;
  private readonly unions: Repository<TradeUnionEntity>;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.regions = dataSource.getRepository(RegionEntity);
    this.municipalities = dataSource.getRepository(MunicipalityEntity);
    this.jobcentres = dataSource.getRepository(JobcentreEntity);
    this.occupations = dataSource.getRepository(OccupationEntity);
    this.skills = dataSource.getRepository(SkillEntity);
    this.unions = dataSource.getRepository(TradeUnionEntity);
  }

  /** By name (Danish order), like every reference list shown to people; occupations by code. */
  async listRegions(): Promise<RegionEntity[]> {
    return byDanishName(await this.regions.find());
  }

  async listMunicipalities(regionCode?: number | null): Promise<MunicipalityEntity[]> {
    if (regionCode != null) assertRegionCode(regionCode, 'regionCode');
    return byDanishName(await this.municipalities.find({ where: regionCode == null ? {} : { regionCode } }));
  }

  async listUnions(): Promise<TradeUnionEntity[]> {
    return byDanishName(await this.unions.find());
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
    return this.regions.findBy({ code: In([...codes]) });
  }

  municipalitiesByCodes(codes: readonly number[]): Promise<MunicipalityEntity[]> {
    return this.municipalities.findBy({ code: In([...codes]) });
  }

  async municipalitiesByRegionCodes(codes: readonly number[]): Promise<MunicipalityEntity[]> {
    return byDanishName(await this.municipalities.findBy({ regionCode: In([...codes]) }));
  }

  async municipalitiesByJobcentreIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return byDanishName(await this.municipalities.findBy({ jobcentreId: In([...ids]) }));
  }

  jobcentresByIds(ids: readonly string[]): Promise<JobcentreEntity[]> {
    return this.jobcentres.findBy({ id: In([...ids]) });
  }

  occupationsByCodes(codes: readonly string[]): Promise<OccupationEntity[]> {
    return this.occupations.findBy({ code: In([...codes]) });
  }

  skillsByCodes(codes: readonly string[]): Promise<SkillEntity[]> {
    return this.skills.findBy({ code: In([...codes]) });
  }

  unionsByIds(ids: readonly string[]): Promise<TradeUnionEntity[]> {
    return this.unions.findBy({ id: In([...ids]) });
  }
}

function searchTerms(search: string | null | undefined): string[] {
  return (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}
