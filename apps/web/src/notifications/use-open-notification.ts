import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationSubject, Role } from '../graphql/generated/graphql.js';
import { MarkNotificationsReadMutation, ProposalPositionQuery } from './operations.js';
import { needsProposalLookup, notificationLink } from './notification-link.js';

export interface OpenableNotification {
  id: string;
  readAt?: unknown;
  subjectId?: string | null;
  subjectType?: NotificationSubject | null;
}

/** Marks a notification read (refreshing every notification query) and opens its object's page, if the role has one. */
export function useOpenNotification(role: Role) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: ['NotificationBell', 'NotificationList'] });
  return useCallback(
    async (notification: OpenableNotification) => {
      if (!notification.readAt) await markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
      let path = notificationLink(role, notification.subjectType, notification.subjectId);
      if (!path && notification.subjectId && needsProposalLookup(role, notification.subjectType)) {
        const { data } = await client
          .query({ query: ProposalPositionQuery, variables: { id: notification.subjectId } })
          .catch(() => ({ data: undefined }));
        const positionId = data?.proposal?.position.id;
        path = positionId ? `/employer/positions/${positionId}` : null;
      }
      if (path) void navigate(path);
    },
    [client, markRead, navigate, role],
  );
}
