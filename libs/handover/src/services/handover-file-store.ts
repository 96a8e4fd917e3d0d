import { Inject, Injectable } from '@nestjs/common';
import { FieldCipher } from '@igu/personal-data';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { HandoverFileChunkEntity } from '../entities/handover-file-chunk.entity.js';
import { HandoverException, HandoverExceptionCode } from '../errors/handover.exception.js';

/** Text per stored piece: large enough that a 20 MB file is ~80 rows, small enough to hold one in memory at a time. */
export const CHUNK_CHARS = 256 * 1024;

/** How long an uploaded file may be kept at most, whatever happens to its import. */
export const FILE_RETENTION_HOURS = 24;

const contextOf = (importId: string, seq: number) => `handover_file_chunk:${importId}:${seq}`;

/**
 * The uploaded file at rest: UTF-8 text in pieces, each encrypted with the
 * personal-data cipher (AES-256-GCM) under a context naming the import and
 * the piece's number. Read back one piece at a time.
 */
@Injectable()
export class HandoverFileStore {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  /**
   * A writer for one import's file: feed it the upload's bytes in order; `finish` stores the tail and
   * returns the bytes seen. Bytes that are not UTF-8 (a file saved as Windows-1252, say) are refused
   * at once, before anything of the file is imported.
   */
  writer(manager: EntityManager, importId: string) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const decode = (data?: Buffer) => {
      try {
        return data ? decoder.decode(data, { stream: true }) : decoder.decode();
      } catch {
        throw new HandoverException(HandoverExceptionCode.FILE_NOT_UTF8, 'The file is not UTF-8 text; save it as CSV UTF-8', 'file');
      }
    };
    let pending = '';
    let seq = 0;
    let bytes = 0;
    const flush = async (all: boolean) => {
      while (pending.length >= CHUNK_CHARS || (all && pending.length > 0)) {
        const piece = pending.slice(0, CHUNK_CHARS);
        pending = pending.slice(piece.length);
        await manager.insert(HandoverFileChunkEntity, { importId, seq, content: this.cipher.encrypt(piece, contextOf(importId, seq)) });
        seq += 1;
      }
    };
    return {
      async write(data: Buffer): Promise<void> {
        bytes += data.length;
        pending += decode(data);
        await flush(false);
      },
      async finish(): Promise<number> {
        pending += decode();
        await flush(true);
        return bytes;
      },
    };
  }

  /** The file's text, piece by piece, decrypted as it is read. */
  async *read(importId: string): AsyncGenerator<string> {
    for (let seq = 0; ; seq += 1) {
      const row = await this.dataSource.manager.findOne(HandoverFileChunkEntity, { select: { content: true }, where: { importId, seq } });
      if (!row) return;
      yield this.cipher.decrypt(row.content, contextOf(importId, seq));
    }
  }

  async delete(manager: EntityManager, importId: string): Promise<void> {
    await manager.delete(HandoverFileChunkEntity, { importId });
  }

  /** Deletes every piece older than the retention period (an import that never ended); returns how many. */
  async sweep(): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM handover_file_chunk WHERE created_at < now() - make_interval(hours => $1)`,
      [FILE_RETENTION_HOURS],
    );
    return affected;
  }
}
