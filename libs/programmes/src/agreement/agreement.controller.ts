import { Controller, Get, Header, Inject, Param, StreamableFile } from '@nestjs/common';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { ProgrammeException, ProgrammeExceptionCode } from '../errors/programme.exception.js';
import { ProgrammeQueryService } from '../services/programme-query.service.js';
import { agreementPdf } from './agreement-document.js';
import { AgreementDataService } from './agreement-data.service.js';

/**
 * The IGU agreement and education plan as a PDF, for the programme's
 * employer, the candidate's jobcentre and its union once submitted (who see
 * the programme). ADMIN never downloads it (403); a programme the caller may
 * not see is 404, and so is a programme of another kind: only IGU has this
 * document (internships and wage subsidies are agreed with the jobcentre's
 * own forms).
 */
@Controller('programmes')
export class AgreementController {
  constructor(
    @Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService,
    @Inject(AgreementDataService) private readonly agreements: AgreementDataService,
  ) {}

  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP)
  @Get(':id/agreement.pdf')
  @Header('Cache-Control', 'no-store')
  async agreement(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const programme = await this.programmes.byId(actor, id);
    if (programme.kind !== 'IGU') {
      throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_NOT_FOUND, 'Only IGU programmes have an agreement document');
    }
    const pdf = await agreementPdf(await this.agreements.of(actor, programme));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="igu-aftale-${programme.id}.pdf"` });
  }
}
