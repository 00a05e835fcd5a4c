import { parseKroner } from '../../i18n/format.js';

export interface RegisterDraft {
  decisionId: string;
  complainant: string;
  grounds: string;
  receivedOn: string;
  postedOn: string;
  notifiedOn: string;
  noticeChannel: 'DIGITAL' | 'POST';
}

export type RegisterField = 'decision' | 'complainant' | 'grounds' | 'receivedOn';

export function emptyRegisterDraft(): RegisterDraft {
  return {
    decisionId: '',
    complainant: '',
    grounds: '',
    receivedOn: '',
    postedOn: '',
    notifiedOn: '',
    noticeChannel: 'DIGITAL',
  };
}

/** The fields still missing before a complaint can be sent (the API checks the rest). */
export function registerMissing(draft: RegisterDraft): RegisterField[] {
  const missing: RegisterField[] = [];
  if (!draft.decisionId) missing.push('decision');
  if (!draft.complainant.trim()) missing.push('complainant');
  if (!draft.grounds.trim()) missing.push('grounds');
  if (!draft.receivedOn) missing.push('receivedOn');
  return missing;
}

/** The mutation input of a draft (empty optional dates left out). */
export function registerInput(draft: RegisterDraft) {
  return {
    decisionId: draft.decisionId,
    complainant: draft.complainant.trim(),
    grounds: draft.grounds.trim(),
    receivedOn: draft.receivedOn,
    postedOn: draft.postedOn || null,
    notifiedOn: draft.notifiedOn || null,
    noticeChannel: draft.noticeChannel,
  };
}

export interface YearDraft {
  year: number;
  owner: string;
  institution: string;
  coordinator: number;
}

/** Year drafts prefilled from the decision's grant. */
export function yearDrafts(
  grant: readonly { year: number; owner: number; institution: number; coordinator: number }[],
): YearDraft[] {
  return grant.map((y) => ({
    year: y.year,
    owner: String(y.owner),
    institution: String(y.institution),
    coordinator: y.coordinator,
  }));
}

/**
 * The changed grant as the API takes it, or the fields that are not whole kroner (keyed
 * `year:owner` / `year:institution`).
 */
export function changedGrant(drafts: readonly YearDraft[]):
  | {
      ok: true;
      grantedPerYear: { year: number; owner: number; institution: number; coordinator: number }[];
    }
  | { ok: false; invalid: string[] } {
  const invalid: string[] = [];
  const grantedPerYear = drafts.map((d) => {
    const owner = parseKroner(d.owner);
    const institution = parseKroner(d.institution);
    if (owner === null) invalid.push(`${d.year}:owner`);
    if (institution === null) invalid.push(`${d.year}:institution`);
    return {
      year: d.year,
      owner: owner ?? 0,
      institution: institution ?? 0,
      coordinator: Math.min(d.coordinator, owner ?? 0),
    };
  });
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, grantedPerYear };
}
