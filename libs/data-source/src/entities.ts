import { queueEntities } from '@igu/queue';
import { referenceDataEntities } from '@igu/reference-data';

/** Every entity of the application; the single list migrations are generated from. */
export const ALL_ENTITIES = [...referenceDataEntities, ...queueEntities];
