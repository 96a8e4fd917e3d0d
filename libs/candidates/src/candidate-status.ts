export enum CandidateStatus {
  AVAILABLE = 'AVAILABLE',
  /** Set by programmes (startProgramme); never by hand. */
  IN_PROGRAMME = 'IN_PROGRAMME',
  EMPLOYED = 'EMPLOYED',
  INACTIVE = 'INACTIVE',
}
