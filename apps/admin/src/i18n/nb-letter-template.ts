/**
 * The letter template screen's texts (Norwegian bokmål), loaded with the screen: only its menu
 * label and title (in `nb.ts`) are part of the first load.
 */
export const nbLetterTemplate = {
  intro:
    'Her skriver dere tekstene i vedtaksbrevene. Rekkefølgen på delene, tabellen over tilskuddet og paragrafene fra planen legger systemet inn selv, så brevet alltid har det forvaltningsloven krever. Et brev som alt er sendt, endres ikke.',
  isDefault: 'Dere bruker standardmalen. Den blir deres egen når dere lagrer.',
  version: 'Lagret versjon {version}.',
  contactLegend: 'Kontaktopplysninger i brevet',
  blocksLegend: 'Tekstene i brevet',
  placeholdersTitle: 'Plassholdere',
  placeholdersIntro:
    'Skriv en plassholder med krøllparentes, for eksempel {example}. Den byttes ut med opplysningen for hvert vedtak.',
  contact: {
    officeName: 'Embetets navn',
    email: 'E-postadresse for klage og spørsmål',
    phone: 'Telefon',
    address: 'Postadresse',
    signatory: 'Underskrift',
    appealBody: 'Klageinstans',
  },
  blocks: {
    title: 'Tittel',
    intro: 'Innledning',
    grantIntro: 'Vedtak om tilskudd',
    rejection: 'Vedtak om avslag',
    reduced: 'Når tilskuddet er lavere enn søkt',
    appropriation: 'Forbehold om bevilgning for senere år',
    factsIntro: 'Faktum: innledning',
    rulesIntro: 'Regelverk: innledning',
    considerationsIntro: 'Hovedhensyn: innledning',
    complaint: 'Klagerett',
    reporting: 'Rapportering',
    contact: 'Kontakt',
    closing: 'Avslutning',
  },
  save: 'Lagre brevmalen',
  saving: 'Lagrer …',
  saved: 'Brevmalen er lagret. Nye brev bruker den.',
  reset: 'Forkast endringene',
  saveFailed: 'Brevmalen ble ikke lagret',
  previewTitle: 'Forhåndsvisning',
  previewIntro:
    'Se hvordan brevet til et av rundens vedtak blir med tekstene slik de står i skjemaet, før dere lagrer.',
  previewDecision: 'Vedtak å forhåndsvise',
  previewOption: '{name} ({status})',
  previewShow: 'Forhåndsvis brevet',
  previewFailed: 'Forhåndsvisningen feilet',
  noDecisions: 'Runden har ingen vedtak ennå. Velg en runde med vedtak for å se et brev.',
};
