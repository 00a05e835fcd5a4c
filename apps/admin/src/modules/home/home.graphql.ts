import { gql } from '@urql/vue';

export const PlatformStatusQuery = gql`
  query PlatformStatus {
    health {
      status
      version
    }
    counties {
      id
      code
      name
    }
  }
`;

export interface PlatformStatusResult {
  health: { status: string; version: string };
  counties: Array<{ id: string; code: string; name: string }>;
}
