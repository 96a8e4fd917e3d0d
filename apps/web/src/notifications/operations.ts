import { graphql } from '../graphql/generated/index.js';

export const NotificationBellQuery = graphql(`
  query NotificationBell {
    notifications(first: 8) {
      unreadCount
      edges {
        node {
          id
          kind
          title
          body
          subjectId
          subjectType
          readAt
          createdAt
        }
      }
    }
  }
`);

export const NotificationListQuery = graphql(`
  query NotificationList($unreadOnly: Boolean, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: 20, after: $after) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          body
          subjectId
          subjectType
          readAt
          createdAt
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);

export const ProposalPositionQuery = graphql(`
  query NotificationProposalPosition($id: ID!) {
    proposal(id: $id) {
      id
      position {
        id
      }
    }
  }
`);
