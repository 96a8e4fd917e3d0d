import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('skill')
export class SkillEntity {
  /** Stable slug, e.g. `forklift-certificate`. */
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  label!: string;

  @Column('text')
  category!: string;

  /** ISCO unit groups where the skill is typical (suggestions, generated data). */
  @Column('text', { array: true, default: () => "'{}'" })
  iscoUnitGroups!: string[];
}
