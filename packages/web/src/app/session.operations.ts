import { graphql } from '../generated';

export const meQuery = graphql(`
  query Me {
    me {
      userId
      username
      displayName
      personId
      today
      settings {
        key
        ruleId
        title
        kind
        unit
        value
        default
        min
        max
      }
      roles {
        role
        organisation {
          id
          name
          level
          schoolType
          bureauId
          districtId
          schoolId
          parentId
        }
      }
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      me {
        userId
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const organisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      level
      schoolType
      bureauId
      districtId
      schoolId
      parentId
    }
  }
`);
