/** The legal basis of a person's residence in Denmark, as far as IGU cares. */
export enum ResidenceBasis {
  /** Convention, protection and quota refugees. */
  REFUGEE = 'REFUGEE',
  FAMILY_REUNIFIED_TO_REFUGEE = 'FAMILY_REUNIFIED_TO_REFUGEE',
  FAMILY_REUNIFIED_OTHER = 'FAMILY_REUNIFIED_OTHER',
  UKRAINE_SPECIAL_ACT = 'UKRAINE_SPECIAL_ACT',
  AFGHAN_SPECIAL_ACT = 'AFGHAN_SPECIAL_ACT',
  OTHER = 'OTHER',
}
