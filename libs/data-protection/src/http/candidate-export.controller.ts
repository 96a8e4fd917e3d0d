import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { Controller, Get, Header, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { renderSubjectExportPdf } from '../pdf/subject-export-pdf.js';
import { SubjectExportService } from '../services/subject-export.service.js';

/**
 * `GET /candidates/:id/export`: everything held about the person as JSON, or
 * `?format=pdf` as a readable Danish PDF. The candidate's jobcentre only
 * (Bearer token): 401 without one, 403 for other roles, 404 for a candidate of
 * another jobcentre or none. Never cached: the answer is personal data.
 */
@Controller('candidates')
export class CandidateExportController {
  constructor(@Inject(SubjectExportService) private readonly exports: SubjectExportService) {}

  @Roles(Role.JOBCENTRE)
  @Get(':id/export')
  @Header('Cache-Control', 'no-store')
  async export(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query('format') format: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const data = await this.exports.export(actor, id);
    if (format === 'pdf') {
      const pdf = await renderSubjectExportPdf(data);
      res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="indsigt-${data.reference}.pdf"`).send(pdf);
      return;
    }
    res
      .type('application/json')
      .setHeader('Content-Disposition', `attachment; filename="indsigt-${data.reference}.json"`)
      .send(JSON.stringify(data, null, 2));
  }
}
