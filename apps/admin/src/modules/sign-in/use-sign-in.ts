import { useMutation, useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { writeToken } from '../../auth/session-store.js';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import type { Role } from '../../gql/graphql.js';
import {
  DevSignInMutation,
  SignInCountiesQuery,
  SignInPartnershipsQuery,
} from './sign-in.graphql.js';

export const SIGN_IN_ROLES: readonly Role[] = ['ADMIN', 'FORUM', 'PARTNERSHIP', 'NATIONAL'];

/** Which roles belong to a county (all but the national directorate). */
export function roleNeedsCounty(role: Role): boolean {
  return role !== 'NATIONAL';
}

/**
 * Development sign-in: pick a demo user by role and county; the API signs a token for it. The
 * token goes to sessionStorage, so every later request carries it.
 */
export function useDevSignIn() {
  const counties = useQuery({ query: SignInCountiesQuery });
  const role = ref<Role>('ADMIN');
  const countyCode = ref<string>('');
  const submitError = ref<ApiError | null>(null);
  const missingCounty = ref(false);
  const mutation = useMutation(DevSignInMutation);

  const countyList = computed(() => counties.data.value?.counties ?? []);
  const effectiveCounty = computed(() => countyCode.value || countyList.value[0]?.code || '');
  const partnershipId = ref<string>('');
  // The county's partnerships, asked for only when signing in as one.
  const partnerships = useQuery({
    query: SignInPartnershipsQuery,
    variables: computed(() => ({ countyCode: effectiveCounty.value })),
    pause: computed(() => role.value !== 'PARTNERSHIP' || !effectiveCounty.value),
  });
  const partnershipList = computed(() => partnerships.data.value?.devSignInPartnerships ?? []);

  /** Signs in; resolves true when a token was stored. */
  async function signIn(): Promise<boolean> {
    submitError.value = null;
    const needsCounty = roleNeedsCounty(role.value);
    const code = effectiveCounty.value;
    missingCounty.value = needsCounty && !code;
    if (missingCounty.value) return false;
    const result = await mutation.executeMutation({
      role: role.value,
      countyCode: needsCounty ? code : null,
      // Without a choice the API takes the county's first partnership by name.
      partnershipId: role.value === 'PARTNERSHIP' ? partnershipId.value || null : null,
    });
    if (result.error || !result.data) {
      submitError.value = toApiError(result.error) ?? {
        code: 'UNKNOWN',
        message: '',
        problems: [],
        field: null,
      };
      return false;
    }
    writeToken(result.data.devSignIn.token);
    return true;
  }

  return {
    roles: SIGN_IN_ROLES,
    role,
    countyCode,
    counties: countyList,
    countiesFetching: counties.fetching,
    partnershipId,
    partnerships: partnershipList,
    partnershipsFetching: partnerships.fetching,
    partnershipsError: computed(() => toApiError(partnerships.error.value)),
    countiesError: computed(() => toApiError(counties.error.value)),
    submitting: mutation.fetching,
    submitError,
    missingCounty,
    signIn,
  };
}
