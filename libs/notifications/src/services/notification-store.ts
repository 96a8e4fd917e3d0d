import { Inject, Injectable } from '@nestjs/common';
import { queryRow, queryRows } from '@igu/database';
import { type ConnectionShape, decodeKeysetCursor, isUuid, type KeysetOrder, keysetKey, timestampKeySql, toConnection } from '@igu/graphql';
import { DataSource } from 'typeorm';
import type { NotificationEntity } from '../entities/notification.entity.js';
import type { NotificationKind, NotificationSubject } from '../notification-kind.js';

/** A notice to write; `dedupeKey` names the event or reminder, so writing it twice writes it once. */
export interface NewNotice {
  recipientId: string;
  kind: NotificationKind;
  dedupeKey: string;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  subjectType: NotificationSubject | null;
  subjectId: string | null;
}

export interface WrittenNotices {
  /** Rows this call inserted (announced live). */
  created: { id: string; recipientId: string }[];
  /** Rows of these keys whose e-mail is neither sent nor skipped, created now or by an earlier, interrupted run. */
  emailPending: string[];
}

export type NotificationConnectionShape = ConnectionShape<NotificationEntity> & { unreadCount: number };

const NEWEST_FIRST: KeysetOrder = { name: 'notifications', kind: 'timestamp' };

const COLUMNS = `n.id, n.recipient_id AS "recipientId", n.kind, n.dedupe_key AS "dedupeKey", n.title, n.body,
  n.title_en AS "titleEn", n.body_en AS "bodyEn", n.subject_type AS "subjectType", n.subject_id AS "subjectId", n.read_at AS "readAt", n.email_attempts AS "emailAttempts",
  n.email_sent_at AS "emailSentAt", n.email_skipped AS "emailSkipped", n.created_at AS "createdAt"`;

/** The notifications feature's SQL on its own tables; every read is the recipient's own. */
@Injectable()
export class NotificationStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Inserts what is new (ON CONFLICT DO NOTHING on recipient + key) and reports what still needs an e-mail. */
  async write(notices: readonly NewNotice[]): Promise<WrittenNotices> {
    if (notices.length === 0) return { created: [], emailPending: [] };
    const columns = ['recipientId', 'kind', 'dedupeKey', 'title', 'body', 'titleEn', 'bodyEn', 'subjectType', 'subjectId'] as const;
    const created = await queryRows<{ id: string; recipientId: string }>(
      this.dataSource,
      `INSERT INTO notification (recipient_id, kind, dedupe_key, title, body, title_en, body_en, subject_type, subject_id)
       SELECT * FROM unnest($1::uuid[], $2::notification_kind[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::notification_subject[], $9::uuid[])
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id, recipient_id AS "recipientId"`,
      columns.map((column) => notices.map((notice) => notice[column])),
    );
    const pending = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT n.id FROM notification n JOIN unnest($1::uuid[], $2::text[]) AS k(recipient_id, dedupe_key)
         ON n.recipient_id = k.recipient_id AND n.dedupe_key = k.dedupe_key
       WHERE n.email_sent_at IS NULL AND NOT n.email_skipped`,
      [notices.map((notice) => notice.recipientId), notices.map((notice) => notice.dedupeKey)],
    );
    return { created, emailPending: pending.map((row) => row.id) };
  }

  async list(recipientId: string, unreadOnly: boolean, first: number, after?: string | null): Promise<NotificationConnectionShape> {
    const unread = unreadOnly ? 'AND n.read_at IS NULL' : '';
    const [{ total, unreadCount }] = await queryRows<{ total: number; unreadCount: number }>(
      this.dataSource,
      `SELECT count(*) FILTER (WHERE true ${unread})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS "unreadCount"
       FROM notification n WHERE n.recipient_id = $1`,
      [recipientId],
    );
    const params: unknown[] = [recipientId, first + 1];
    let keyset = '';
    const cursor = decodeKeysetCursor(NEWEST_FIRST, after);
    if (cursor) {
      params.push(cursor.key, cursor.id);
      keyset = 'AND (n.created_at, n.id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = await queryRows<NotificationEntity & { createdKey: string }>(
      this.dataSource,
      `SELECT ${COLUMNS}, ${timestampKeySql('n.created_at')} AS "createdKey" FROM notification n
       WHERE n.recipient_id = $1 ${unread} ${keyset} ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      params,
    );
    return { ...toConnection(rows, first, total, (row) => keysetKey(NEWEST_FIRST, row.createdKey, row.id)), unreadCount };
  }

  /** Only the recipient's own unread rows change; other ids (someone else's, unknown, malformed) are ignored. */
  async markRead(recipientId: string, ids: readonly string[]): Promise<number> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return 0;
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, changed] = await this.dataSource.query<[unknown, number]>(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [recipientId, valid],
    );
    return changed;
  }

  ownById(recipientId: string, id: string): Promise<NotificationEntity | undefined> {
    return queryRow(this.dataSource, `SELECT ${COLUMNS} FROM notification n WHERE n.id = $1 AND n.recipient_id = $2`, [id, recipientId]);
  }

  /** For the e-mail job, which acts for the system (it was handed only the id). */
  byId(id: string): Promise<NotificationEntity | undefined> {
    return queryRow(this.dataSource, `SELECT ${COLUMNS} FROM notification n WHERE n.id = $1`, [id]);
  }

  /** Counted before the SMTP call, so the attempts column shows how often a send was tried. */
  async countEmailAttempt(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET email_attempts = email_attempts + 1 WHERE id = $1`, [id]);
  }

  async markEmailSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET email_sent_at = now() WHERE id = $1 AND email_sent_at IS NULL`, [id]);
  }

  async markEmailSkipped(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET email_skipped = true WHERE id = $1 AND email_sent_at IS NULL`, [id]);
  }

  /** Every kind with the user's choice; no row means e-mail on. */
  async preferences(userId: string): Promise<Map<NotificationKind, boolean>> {
    const rows = await queryRows<{ kind: NotificationKind; email: boolean }>(
      this.dataSource,
      `SELECT kind, email FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((row) => [row.kind, row.email]));
  }

  async setPreference(userId: string, kind: NotificationKind, email: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, kind, email) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
      [userId, kind, email],
    );
  }
}
