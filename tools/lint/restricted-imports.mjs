/**
 * A library never imports another library's entities: it calls that library's
 * commands and queries, so each table has one owner (libs/data-source, the
 * registry of every entity and migration, is the exception). ESLint sees the
 * imported names, which the module-boundary check (dependency-cruiser) does not.
 */
export const NO_FOREIGN_ENTITIES = [
  'error',
  {
    patterns: [
      {
        group: ['@igu/*'],
        importNamePattern: 'Entity$',
        message: "Use the owning library's commands and queries instead of its entities.",
      },
    ],
  },
];
