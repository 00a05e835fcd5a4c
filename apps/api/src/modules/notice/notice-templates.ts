import { norwegianDate } from '@kompetansemidler/domain';

/** A notice's subject and plain-text body, in Norwegian. */
export interface NoticeText {
  subject: string;
  body: string;
}

const SIGNATURE = (office: string) =>
  `\n\nMed hilsen\n${office}\n\nDette er en automatisk melding fra Kompetansemidler. Svar ikke på denne e-posten; bruk kontaktopplysningene i brevet.`;

export function decisionNoticeText(p: {
  partnership: string;
  roundYear: number;
  letterTitle: string;
  office: string;
  complaintDeadline: string;
}): NoticeText {
  return {
    subject: `Vedtak om tilskudd til kollektiv kompetanseutvikling ${p.roundYear} – ${p.partnership}`,
    body:
      `Hei,\n\nStatsforvalteren har gjort vedtak om tilskudd til kollektiv kompetanseutvikling for ${p.roundYear} for ${p.partnership}. ` +
      `Vedtaksbrevet («${p.letterTitle}») ligger ved som PDF.\n\n` +
      `Dere kan klage på vedtaket innen tre uker fra brevet kom fram (innen ${norwegianDate(p.complaintDeadline)} når det kom fram i dag). Brevet forklarer hvordan.` +
      SIGNATURE(p.office),
  };
}

export function statementReminderText(p: {
  partnership: string;
  roundYear: number;
  deadline: string;
  office: string;
}): NoticeText {
  return {
    subject: `Påminnelse: frist for behovsmelding ${norwegianDate(p.deadline)}`,
    body:
      `Hei,\n\nFristen for å sende behovsmelding for tildelingsåret ${p.roundYear} er ${norwegianDate(p.deadline)}. ` +
      `Vi har ikke mottatt en behovsmelding fra ${p.partnership} ennå. Har dere allerede sendt den, kan dere se bort fra denne påminnelsen.` +
      SIGNATURE(p.office),
  };
}

export function reportReminderText(p: {
  partnership: string;
  grantYear: number;
  deadline: string;
  assumed: boolean;
  office: string;
}): NoticeText {
  return {
    subject: `Påminnelse: rapport for ${p.grantYear} skal leveres innen ${norwegianDate(p.deadline)}`,
    body:
      `Hei,\n\n${p.partnership} skal rapportere om bruken av tilskuddet for ${p.grantYear} innen ${norwegianDate(p.deadline)}` +
      `${p.assumed ? ' (antakelse: planen setter ingen frist)' : ''}. ` +
      'Rapporten skal vise gjennomførte tiltak, bruk av midlene, vurdering av måloppnåelsen og et enkelt regnskap for eier og kompetansemiljø.' +
      SIGNATURE(p.office),
  };
}

export function reportReturnedText(p: {
  partnership: string;
  grantYear: number;
  comment: string;
  office: string;
}): NoticeText {
  return {
    subject: `Rapporten for ${p.grantYear} er sendt tilbake`,
    body:
      `Hei,\n\nStatsforvalteren har sendt rapporten fra ${p.partnership} for ${p.grantYear} tilbake for endringer.\n\n` +
      `Kommentar fra Statsforvalteren:\n${p.comment.trim() || '(ingen kommentar)'}\n\n` +
      'Rett rapporten og send den inn på nytt.' +
      SIGNATURE(p.office),
  };
}

export function changedDecisionNoticeText(p: {
  partnership: string;
  roundYear: number;
  letterTitle: string;
  office: string;
  complaintDeadline: string;
}): NoticeText {
  return {
    subject: `Endret vedtak etter klage – tilskudd ${p.roundYear} – ${p.partnership}`,
    body:
      `Hei,\n\nStatsforvalteren har behandlet klagen på vedtaket om tilskudd til kollektiv kompetanseutvikling for ${p.roundYear} for ${p.partnership}, og har endret vedtaket. ` +
      `Det nye vedtaksbrevet («${p.letterTitle}») ligger ved som PDF, med Statsforvalterens begrunnelse for endringen.\n\n` +
      `Også det nye vedtaket kan påklages innen tre uker fra brevet kom fram (innen ${norwegianDate(p.complaintDeadline)} når det kom fram i dag). Brevet forklarer hvordan.` +
      SIGNATURE(p.office),
  };
}

export function rejectedComplaintNoticeText(p: {
  partnership: string;
  roundYear: number;
  complainant: string;
  receivedOn: string;
  reasons: string;
  office: string;
}): NoticeText {
  return {
    subject: `Klagen på vedtaket om tilskudd ${p.roundYear} er avvist – ${p.partnership}`,
    body:
      `Hei,\n\nStatsforvalteren har avvist klagen fra ${p.complainant}, mottatt ${norwegianDate(p.receivedOn)}, på vedtaket om tilskudd til kollektiv kompetanseutvikling for ${p.roundYear} for ${p.partnership}. ` +
      'Vilkårene for å behandle klagen er ikke oppfylt (forvaltningsloven § 33 andre ledd), og vedtaket står som det er.\n\n' +
      `Statsforvalterens begrunnelse:\n${p.reasons.trim()}\n\n` +
      'Avvisningen er et eget vedtak. Dere kan klage på den innen tre uker fra denne meldingen kom fram (forvaltningsloven § 2 tredje ledd og § 29).' +
      SIGNATURE(p.office),
  };
}
