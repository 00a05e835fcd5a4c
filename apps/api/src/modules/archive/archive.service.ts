import { createHash } from 'node:crypto';
import { formatKroner } from '@kompetansemidler/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import JSZip from 'jszip';
import { NotFoundError } from '../../errors/app-error.js';
import { Complaint, ComplaintStatus } from '../complaint/complaint.entity.js';
import { County } from '../county/county.entity.js';
import { Decision } from '../decision/decision.entity.js';
import { DecisionLetter, LetterKind } from '../decision/letter/decision-letter.entity.js';
import { RepaymentClaim } from '../payment/repayment-claim.entity.js';
import { AnnualReport } from '../reporting/annual-report.entity.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import { Round } from '../round/round.entity.js';
import { renderPdf } from './pdf-document.js';

/** Noark 5's journal post types, as the metadata names them. */
type Journalposttype = 'inngående dokument' | 'utgående dokument' | 'organinternt dokument';

/** One case document of a decision, ready for the archive. */
export interface ArchiveDocument {
  decisionId: string;
  /** Noark 5 dokumenttype, e.g. "Klage", "Rapport", "Brev". */
  kind: string;
  title: string;
  journalposttype: Journalposttype;
  /** ISO date of the document. */
  documentDate: string;
  /** The other party: who sent it (inngående) or to whom it goes (utgående). */
  correspondent: { role: 'Avsender' | 'Mottaker'; name: string; orgnr?: string };
  pdf: Buffer;
}

/**
 * Where the case documents come from: one function per kind. The decision letters (another
 * module's, issue 17) join here as one more source.
 */
export type ArchiveDocumentSource = (
  em: EntityManager,
  round: Round,
  office: string,
) => Promise<ArchiveDocument[]>;

const complaintDocuments: ArchiveDocumentSource = async (em, round) => {
  const complaints = await em.find(
    Complaint,
    { round: round.id },
    { populate: ['partnership'], orderBy: { receivedOn: 'asc', id: 'asc' } },
  );
  const docs: ArchiveDocument[] = [];
  for (const c of complaints) {
    const partnership = c.partnership.getEntity().name;
    const status = {
      [ComplaintStatus.RECEIVED]: 'Mottatt, ikke behandlet ennå',
      [ComplaintStatus.FORWARDED]:
        'Vedtaket er opprettholdt; klagen er sendt til Utdanningsdirektoratet',
      [ComplaintStatus.CHANGED]: `Vedtaket er endret (versjon ${c.resultingVersion ?? '?'})`,
      [ComplaintStatus.REJECTED]:
        'Klagen er avvist: vilkårene for å behandle den er ikke oppfylt (forvaltningsloven § 33 andre ledd)',
    }[c.status as ComplaintStatus];
    docs.push({
      decisionId: c.decision.id,
      kind: 'Klage',
      title: `Klage på vedtak om tilskudd – ${partnership}`,
      journalposttype: 'inngående dokument',
      documentDate: c.receivedOn,
      correspondent: { role: 'Avsender', name: c.complainant },
      pdf: await renderPdf({
        title: `Klage på vedtak om tilskudd – ${partnership}`,
        header: [`Registrert av ${c.registeredBy}`, `Mottatt ${c.receivedOn}`],
        sections: [
          { heading: 'Klager', paragraphs: [c.complainant] },
          { heading: 'Klagegrunner', paragraphs: [c.grounds] },
          {
            heading: 'Klagefrist',
            paragraphs: [c.deadlineExplanation, ...c.assumptions.map((a) => a.text.nb)],
          },
          {
            heading: 'Behandling',
            paragraphs: [
              status,
              ...(c.reasons ? [`Kontorets vurdering: ${c.reasons}`] : []),
              ...(c.lateReason
                ? [`Behandlet tross fristoversittelse (fvl. § 31): ${c.lateReason}`]
                : []),
            ],
          },
          ...(c.caseSummary
            ? [{ heading: 'Oversendelse', paragraphs: c.caseSummary.split('\n') }]
            : []),
        ],
        author: c.complainant,
        date: c.receivedOn,
      }),
    });
  }
  return docs;
};

const reportDocuments: ArchiveDocumentSource = async (em, round) => {
  const reports = await em.find(
    AnnualReport,
    { round: round.id },
    { populate: ['partnership', 'needsStatement'], orderBy: { year: 'asc', id: 'asc' } },
  );
  const docs: ArchiveDocument[] = [];
  for (const r of reports) {
    const partnership = r.partnership.getEntity().name;
    const title = `Rapport og regnskap ${r.year} – ${partnership}`;
    docs.push({
      decisionId: r.decision.id,
      kind: 'Rapport',
      title,
      journalposttype: 'inngående dokument',
      documentDate: todayInNorway(r.submittedAt),
      correspondent: { role: 'Avsender', name: partnership },
      pdf: await renderPdf({
        title,
        header: [`Utviklingsarbeid: ${r.needsStatement.getEntity().title}`, `Status: ${r.status}`],
        sections: [
          { heading: 'Bruk av midlene', paragraphs: [r.useOfFunds || '–'] },
          ...(r.coordinatorUse ? [{ heading: 'Koordinator', paragraphs: [r.coordinatorUse] }] : []),
          {
            heading: 'Regnskap',
            table: {
              head: ['Part', 'Mottatt', 'Brukt'],
              rows: [
                ['Eier', formatKroner(r.receivedOwner), formatKroner(r.spentOwner)],
                [
                  'Kompetansemiljø',
                  formatKroner(r.receivedInstitution),
                  formatKroner(r.spentInstitution),
                ],
              ],
            },
          },
          ...(r.reviewComment
            ? [{ heading: 'Kontorets merknad', paragraphs: [r.reviewComment] }]
            : []),
        ],
        author: partnership,
        date: todayInNorway(r.submittedAt),
      }),
    });
  }
  return docs;
};

const repaymentDocuments: ArchiveDocumentSource = async (em, round) => {
  const claims = await em.find(
    RepaymentClaim,
    { decision: { round: round.id } },
    { populate: ['partnership', 'pdf'], orderBy: { issuedOn: 'asc', id: 'asc' } },
  );
  return claims.map((c) => ({
    decisionId: c.decision.id,
    kind: 'Brev',
    title: `Krav om tilbakebetaling av ubrukte tilskuddsmidler ${c.year} – ${c.partnership.getEntity().name}`,
    journalposttype: 'utgående dokument' as const,
    documentDate: c.issuedOn,
    correspondent: { role: 'Mottaker' as const, name: c.partnership.getEntity().name },
    pdf: c.pdf,
  }));
};

/** The frozen decision letters (vedtaksbrev, a new version's letter after a complaint). */
const letterDocuments: ArchiveDocumentSource = async (em, round) => {
  const letters = await em.find(
    DecisionLetter,
    { decision: { round: round.id }, kind: { $ne: LetterKind.REPAYMENT_CLAIM } },
    { populate: ['partnership', 'pdf'], orderBy: { frozenAt: 'asc', id: 'asc' } },
  );
  return letters.map((l) => ({
    decisionId: l.decision.id,
    kind: 'Vedtak',
    title: l.title,
    journalposttype: 'utgående dokument' as const,
    documentDate: todayInNorway(l.frozenAt),
    correspondent: { role: 'Mottaker' as const, name: l.partnership.getEntity().name },
    pdf: l.pdf,
  }));
};

/** The sources every archive export reads, in this order. */
export const ARCHIVE_SOURCES: ArchiveDocumentSource[] = [
  letterDocuments,
  complaintDocuments,
  reportDocuments,
  repaymentDocuments,
];

export interface ArchiveManifestEntry {
  saksnummer: string;
  journalpostnummer: number;
  tittel: string;
  dokumentfil: string;
  metadatafil: string;
  sjekksum: string;
}

/**
 * A round's case documents as a zip: per document its PDF and a JSON with Noark 5-style metadata
 * (the case: saksnummer per decision; the journal post: number, type, dates, correspondent; the
 * document description and object: title, type, format, size, SHA-256), and `arkivuttrekk.json`
 * listing them all. A case number is `<round year>/<n>`, n counting the round's decisions in a
 * fixed order (partnership name, then id), so the same round exports the same numbers.
 */
export async function roundArchive(
  em: EntityManager,
  roundId: string,
  sources: readonly ArchiveDocumentSource[] = ARCHIVE_SOURCES,
): Promise<{ zip: Buffer; manifest: ArchiveManifestEntry[]; fileName: string }> {
  const round = await em.findOne(Round, { id: roundId });
  if (!round) throw new NotFoundError('Round', roundId);
  const county = await em.findOneOrFail(County, { id: round.county.id });
  const decisions = await em.find(Decision, { round: round.id }, { populate: ['partnership'] });
  decisions.sort(
    (a, b) =>
      a.partnership.getEntity().name.localeCompare(b.partnership.getEntity().name, 'nb') ||
      a.id.localeCompare(b.id),
  );
  const caseOf = new Map(
    decisions.map((d, k) => [d.id, { no: `${round.year}/${k + 1}`, decision: d }]),
  );
  const documents: ArchiveDocument[] = [];
  for (const source of sources) documents.push(...(await source(em, round, county.name)));
  documents.sort(
    (a, b) =>
      (caseOf.get(a.decisionId)?.no ?? '').localeCompare(caseOf.get(b.decisionId)?.no ?? '', 'nb', {
        numeric: true,
      }) || a.documentDate.localeCompare(b.documentDate),
  );
  const zip = new JSZip();
  const manifest: ArchiveManifestEntry[] = [];
  const postNo = new Map<string, number>();
  const generatedAt = new Date().toISOString();
  for (const doc of documents) {
    const kase = caseOf.get(doc.decisionId);
    if (!kase) continue;
    const n = (postNo.get(kase.no) ?? 0) + 1;
    postNo.set(kase.no, n);
    const folder = `sak-${kase.no.replace('/', '-')}`;
    const base = `${folder}/${String(n).padStart(3, '0')}-${slug(doc.kind)}`;
    const sha = createHash('sha256').update(doc.pdf).digest('hex');
    const partnership = kase.decision.partnership.getEntity().name;
    const metadata = {
      standard: 'Noark 5 (forenklet metadata, ikke et fullstendig arkivuttrekk)',
      mappe: {
        mappetype: 'saksmappe',
        saksnummer: kase.no,
        saksaar: round.year,
        sakssekvensnummer: Number(kase.no.split('/')[1]),
        tittel: `Tilskudd til kollektiv kompetanseutvikling ${round.year} – ${partnership}`,
        administrativEnhet: county.name,
        referanseEksternNoekkel: { fagsystem: 'kompetansemidler', noekkel: kase.decision.id },
      },
      registrering: {
        registreringstype: 'journalpost',
        journalpostnummer: n,
        journalposttype: doc.journalposttype,
        journaldato: generatedAt.slice(0, 10),
        dokumentetsDato: doc.documentDate,
        tittel: doc.title,
        korrespondansepart: [
          {
            korrespondanseparttype: doc.correspondent.role,
            korrespondansepartNavn: doc.correspondent.name,
            ...(doc.correspondent.orgnr ? { organisasjonsnummer: doc.correspondent.orgnr } : {}),
          },
        ],
      },
      dokumentbeskrivelse: {
        dokumenttype: doc.kind,
        tilknyttetRegistreringSom: 'hoveddokument',
        dokumentnummer: 1,
        tittel: doc.title,
      },
      dokumentobjekt: {
        versjonsnummer: 1,
        variantformat: 'produksjonsformat',
        format: 'PDF',
        mimeType: 'application/pdf',
        referanseDokumentfil: `${base}.pdf`,
        sjekksum: sha,
        sjekksumAlgoritme: 'SHA256',
        filstoerrelse: doc.pdf.length,
      },
    };
    zip.file(`${base}.pdf`, doc.pdf);
    zip.file(`${base}.json`, `${JSON.stringify(metadata, null, 2)}\n`);
    manifest.push({
      saksnummer: kase.no,
      journalpostnummer: n,
      tittel: doc.title,
      dokumentfil: `${base}.pdf`,
      metadatafil: `${base}.json`,
      sjekksum: sha,
    });
  }
  zip.file(
    'arkivuttrekk.json',
    `${JSON.stringify(
      {
        arkivskaper: county.name,
        tildelingsrunde: round.year,
        generert: generatedAt,
        antallDokumenter: manifest.length,
        dokumenter: manifest,
      },
      null,
      2,
    )}\n`,
  );
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { zip: buffer, manifest, fileName: `saksdokumenter-${round.year}.zip` };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
