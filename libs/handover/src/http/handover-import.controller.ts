import { Controller, Get, Header, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import type { Request, Response } from 'express';
import { HandoverQueryService } from '../services/handover-query.service.js';
import { HandoverUploadService } from '../services/handover-upload.service.js';
import { HandoverHttpErrors } from './handover-http-errors.js';

/**
 * The handover file routes. Bearer token (the global guard): 401 without
 * one, 403 for a role other than JOBCENTRE, 404 for another jobcentre's import.
 */
@Controller('imports/handover')
@UseFilters(HandoverHttpErrors)
export class HandoverImportController {
  constructor(
    @Inject(HandoverUploadService) private readonly uploads: HandoverUploadService,
    @Inject(HandoverQueryService) private readonly queries: HandoverQueryService,
  ) {}

  /** Multipart field `file` (CSV, docs/domain.md §11): 202 with the import's id; a job imports it. */
  @Roles(Role.JOBCENTRE)
  @Post()
  @HttpCode(202)
  upload(@CurrentActor() actor: Actor, @Req() request: Request): Promise<{ id: string }> {
    return this.uploads.upload(actor, request);
  }

  @Roles(Role.JOBCENTRE)
  @Get(':id/problems.csv')
  @Header('Cache-Control', 'no-store')
  async problems(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { fileName, csv } = await this.queries.problemsCsv(actor, id);
    response.status(200).type('text/csv; charset=utf-8').attachment(fileName).send(`\uFEFF${csv}`);
  }
}
