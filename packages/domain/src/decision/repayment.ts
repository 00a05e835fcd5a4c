import type { LocalizedText } from '../common/localized-text.js';
import { formatKroner, isKroner, type Kroner } from '../money/kroner.js';
import { addDays, formatDate } from './complaint.js';

/**
 * A repayment claim (tilbakebetalingskrav) for grant funds left unspent in an accepted annual
 * report. Each party is a legal person of its own, paid separately: what one party overspent does
 * not cover what the other left unspent (an assumption; the plan is silent), so the claim is the
 * sum of each party's unspent funds, whole kroner.
 */
export const REPAYMENT_ASSUMPTIONS: Record<'PER_PARTY' | 'PAYMENT_DAYS', LocalizedText> = {
  PER_PARTY: {
    nb: 'Antakelse: ubrukte midler regnes per part; det én part har brukt for mye, dekker ikke det den andre ikke har brukt.',
    en: 'Assumption: unspent funds are counted per party; one party’s overspending does not cover the other’s unspent funds.',
  },
  PAYMENT_DAYS: {
    nb: 'Antakelse: betalingsfristen er 30 dager fra kravet (planen sier ikke noe om frist).',
    en: 'Assumption: the claim is due 30 days after it is issued (the plan gives no deadline).',
  },
};

/** Days from the claim to its payment deadline (assumption). */
export const REPAYMENT_DAYS = 30;

export interface PartyAccounts {
  received: Kroner;
  spent: Kroner;
}

export interface RepaymentLine {
  party: 'OWNER' | 'INSTITUTION';
  received: Kroner;
  spent: Kroner;
  /** Unspent funds to repay: received less spent, never below zero. */
  amount: Kroner;
}

export interface RepaymentClaim {
  lines: RepaymentLine[];
  total: Kroner;
}

/** What a report's accounts leave to repay, per party and in all, to the krone. */
export function repaymentClaim(accounts: {
  owner: PartyAccounts;
  institution: PartyAccounts;
}): RepaymentClaim {
  const lines: RepaymentLine[] = (['OWNER', 'INSTITUTION'] as const).map((party) => {
    const { received, spent } = party === 'OWNER' ? accounts.owner : accounts.institution;
    if (!isKroner(received) || !isKroner(spent) || received < 0 || spent < 0) {
      throw new RangeError(`${party}: received and spent must be whole kroner, zero or more`);
    }
    return { party, received, spent, amount: Math.max(0, received - spent) };
  });
  return { lines, total: lines.reduce((s, l) => s + l.amount, 0) };
}

export interface RepaymentLetterInput {
  office: string;
  partnership: string;
  /** The payers: who repays what, with organisation numbers. */
  payers: { party: 'OWNER' | 'INSTITUTION'; name: string; orgnr: string }[];
  roundYear: number;
  grantYear: number;
  decidedOn: string;
  reportAcceptedOn: string;
  issuedOn: string;
  claim: RepaymentClaim;
}

export interface RepaymentLetterContent {
  title: string;
  /** Paragraphs in order; the table is rendered after the second paragraph. */
  paragraphs: string[];
  table: { head: string[]; rows: string[][] };
  closing: string[];
}

/** The repayment letter's text in Norwegian: the grant, the accounts, the amount, how and when. */
export function repaymentLetter(input: RepaymentLetterInput): RepaymentLetterContent {
  const due = addDays(input.issuedOn, REPAYMENT_DAYS);
  const partyName = (party: 'OWNER' | 'INSTITUTION') =>
    party === 'OWNER' ? 'Eier' : 'Kompetansemiljø';
  const payerOf = (party: 'OWNER' | 'INSTITUTION') => input.payers.find((p) => p.party === party);
  const owing = input.claim.lines.filter((l) => l.amount > 0);
  return {
    title: `Krav om tilbakebetaling av ubrukte tilskuddsmidler – ${input.grantYear}`,
    paragraphs: [
      `${input.partnership} fikk tilskudd til kollektiv kompetanseutvikling i barnehage og grunnskole i vedtak av ${formatDate(input.decidedOn)} (tildelingsrunde ${input.roundYear}).`,
      `Rapporten og regnskapet for ${input.grantYear} ble godkjent ${formatDate(input.reportAcceptedOn)}. Regnskapet viser at ikke alle midlene er brukt:`,
      `Ubrukte midler skal betales tilbake etter vilkårene i tilskuddsvedtaket. Vi krever derfor tilbake ${formatKroner(input.claim.total)} i alt, fordelt slik:`,
      ...owing.map((l) => {
        const payer = payerOf(l.party);
        return `${payer ? `${payer.name} (org.nr. ${payer.orgnr})` : partyName(l.party)}: ${formatKroner(l.amount)}.`;
      }),
      `Beløpet betales innen ${formatDate(due)}. Oppgi «Tilbakebetaling ${input.grantYear} – ${input.partnership}» som melding ved betalingen.`,
      REPAYMENT_ASSUMPTIONS.PER_PARTY.nb,
      REPAYMENT_ASSUMPTIONS.PAYMENT_DAYS.nb,
    ],
    table: {
      head: ['Part', 'Mottatt', 'Brukt', 'Til tilbakebetaling'],
      rows: input.claim.lines.map((l) => [
        partyName(l.party),
        formatKroner(l.received),
        formatKroner(l.spent),
        formatKroner(l.amount),
      ]),
    },
    closing: [
      `Kravet er et enkeltvedtak og kan påklages innen tre uker etter at det er mottatt (forvaltningsloven §§ 28 og 29). Klagen sendes ${input.office}.`,
      `Med hilsen`,
      input.office,
    ],
  };
}
