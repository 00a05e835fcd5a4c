import { Entity, type Opt, Property, Unique } from '@mikro-orm/core';
import type { LetterTemplate } from '@kompetansemidler/domain';
import { TenantEntity } from '../../../common/tenant-entity.js';

/** A county's own decision letter template (without one, the domain's default is used). */
@Entity({ tableName: 'letter_template' })
@Unique({ properties: ['county'] })
export class LetterTemplateRecord extends TenantEntity {
  @Property({ type: 'json' })
  template!: LetterTemplate;

  @Property({ type: 'string', length: 200 })
  updatedBy!: string;

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
