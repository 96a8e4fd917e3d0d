import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@igu/access';
import { scopeOf } from '@igu/access';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { recordOutboxEvent } from '@igu/queue';
import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import { DataSource } from 'typeorm';
import { HandoverImportEntity } from '../entities/handover-import.entity.js';
import { HandoverException, HandoverExceptionCode } from '../errors/handover.exception.js';
import { HANDOVER_IMPORT_AGGREGATE, HandoverEvent } from '../events/handover.events.js';
import { HandoverFileStore } from './handover-file-store.js';

/** Room for the multipart framing around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadRequest extends Readable {
  headers: IncomingHttpHeaders;
}

/**
 * `POST /imports/handover`: streams the multipart field `file` into the
 * encrypted file store (never more than one stored piece in memory), creates
 * the import and its `handover.import-requested` event, all in one
 * transaction: a failed or refused upload leaves nothing behind.
 */
@Injectable()
export class HandoverUploadService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(HandoverFileStore) private readonly files: HandoverFileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, request: UploadRequest): Promise<{ id: string }> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'jobcentre')
      throw new HandoverException(HandoverExceptionCode.ROLE_NOT_ALLOWED, 'Only a jobcentre imports handover files');
    const max = this.config.HANDOVER_MAX_UPLOAD_BYTES;
    if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) {
      throw new HandoverException(HandoverExceptionCode.NOT_MULTIPART, 'Send the file as multipart/form-data in the field "file"');
    }
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (declared > max + MULTIPART_OVERHEAD_BYTES) throw tooLarge(max);

    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(HandoverImportEntity, { jobcentreId: scope.jobcentreId, uploadedBy: actor.userId });
      const id = inserted.identifiers[0].id as string;
      const writer = this.files.writer(manager, id);
      const parser = busboy({ headers: request.headers, limits: { fileSize: max, files: 1, fields: 5, parts: 10, fieldSize: 1024 } });

      const file = await new Promise<{ fileName: string | null; bytes: number }>((resolve, reject) => {
        let stored: Promise<{ fileName: string | null; bytes: number }> | null = null;
        parser.on('file', (field, stream, info) => {
          if (field !== 'file' || stored) {
            stream.resume();
            return;
          }
          stored = (async () => {
            // Reads the part to its end even after a failure (a for-await left early would destroy the
            // stream, and busboy would never finish the request); the first failure is then thrown.
            const state: { failure: Error | null } = { failure: null };
            for await (const data of stream as AsyncIterable<Buffer>) {
              if (state.failure) continue;
              await writer.write(data).catch((error: unknown) => {
                state.failure = error instanceof Error ? error : new Error(String(error));
              });
            }
            if (state.failure) throw state.failure;
            if (stream.truncated) throw tooLarge(max);
            return { fileName: cleanFileName(info.filename), bytes: await writer.finish() };
          })();
          stored.catch(() => undefined); // handled on 'close' below
        });
        parser.on('error', () =>
          reject(new HandoverException(HandoverExceptionCode.NOT_MULTIPART, 'The multipart body could not be read')),
        );
        parser.on('close', () => {
          if (!stored) reject(new HandoverException(HandoverExceptionCode.FILE_MISSING, 'The request has no file in the field "file"'));
          else stored.then(resolve, reject);
        });
        request.pipe(parser);
      });
      if (file.bytes === 0) throw new HandoverException(HandoverExceptionCode.FILE_EMPTY, 'The file is empty');

      await manager.update(HandoverImportEntity, { id }, { fileName: file.fileName, fileBytes: file.bytes });
      await recordOutboxEvent(manager, {
        topic: HandoverEvent.IMPORT_REQUESTED,
        aggregateType: HANDOVER_IMPORT_AGGREGATE,
        aggregateId: id,
        payload: { importId: id, jobcentreId: scope.jobcentreId },
      });
      return { id };
    });
  }
}

function tooLarge(max: number): HandoverException {
  return new HandoverException(HandoverExceptionCode.UPLOAD_TOO_LARGE, `The file is larger than ${max} bytes`, 'file', { maxBytes: max });
}

/** The base name only, without control characters, at most 200 characters. */
function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '')
    .split(/[\\/]/)
    .at(-1)
    ?.replace(/\p{Cc}/gu, '')
    .trim();
  return base ? base.slice(0, 200) : null;
}
