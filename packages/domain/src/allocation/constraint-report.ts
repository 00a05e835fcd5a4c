import { compareIds } from '../common/canonical-json.js';
import type { LocalizedText } from '../common/localized-text.js';
import { mulDivFloor, percentOf } from '../money/integer-math.js';
import { toBasisPoints } from '../plan/plan-consistency.js';
import { SECTOR_LABELS } from '../plan/sector.js';
import type { ConstraintReport, StatementAllocation } from './allocation.types.js';
import type { CapacityLedger } from './capacity-ledger.js';
import type { PreparedRound } from './prepared-round.js';
import { percentEn, percentNb } from '../common/percent.js';
import { formatKroner } from '../money/kroner.js';
import type { AssumptionId, PlanRules } from '../plan/plan.schema.js';

const isAssumed = (rules: PlanRules, id: AssumptionId) =>
  rules.assumptions.some((a) => a.id === id);

/** How the scenario sits against every band and cap of the plan, and why funds are left over. */
export function buildConstraintReport(
  round: PreparedRound,
  ledger: CapacityLedger,
  statements: StatementAllocation[],
): ConstraintReport {
  const { rules, frame, year } = round;
  const usedOf = (id: string) => {
    const k = round.rows.findIndex((r) => r.id === id);
    return k < 0 ? 0 : (ledger.used[k] ?? 0);
  };
  const sectors = round.bands.map((band) => {
    const grantedNew = ledger.used[band.rowIndex] ?? 0;
    const total = band.committed + grantedNew;
    const notes: LocalizedText[] = [...band.notes];
    const moved = band.effectiveLower !== band.lower || band.effectiveUpper !== band.upper;
    if (moved) {
      // Rule 1: a sector with too little demand leaves its rest to the others; judged so, not
      // against the nominal band.
      notes.push({
        nb: `Sektoren vurderes mot den justerte grensen ${formatKroner(band.effectiveLower)}–${formatKroner(band.effectiveUpper)} (planens bånd er ${formatKroner(band.lower)}–${formatKroner(band.upper)}).`,
        en: `The sector is judged against the adjusted band ${formatKroner(band.effectiveLower)}–${formatKroner(band.effectiveUpper)} (the plan's band is ${formatKroner(band.lower)}–${formatKroner(band.upper)}).`,
      });
    }
    if (total < band.effectiveLower) {
      notes.push({
        nb: `Nedre grense ikke nådd: søknadene i sektoren er bundet av tak eller minste andel (se behovsmeldingene).`,
        en: `Lower bound not reached: the sector's requests are held back by caps or the smallest share (see the statements).`,
      });
    }
    return {
      sector: band.sector,
      targetPercent: band.targetPercent,
      target: band.target,
      band: { lower: band.lower, upper: band.upper },
      effectiveBand: { lower: band.effectiveLower, upper: band.effectiveUpper },
      committed: band.committed,
      grantedNew,
      total,
      sharePercent: percentOf(total, frame),
      withinBand: total >= band.effectiveLower && total <= band.effectiveUpper,
      withinNominalBand: total >= band.lower && total <= band.upper,
      bandMoved: moved,
      toleranceIsAssumption: isAssumed(rules, 'sector-tolerance'),
      notes,
      clause: rules.sectorSplit.clause,
    };
  });

  const locks = [...rules.lockCaps.caps]
    .sort((a, b) => a.durationYears - b.durationYears)
    .flatMap((cap) =>
      Array.from({ length: cap.durationYears }, (_, k) => {
        const y = year + k;
        const committed = round.committed.byDurationYear.get(`${cap.durationYears}:${y}`) ?? 0;
        const grantedNew = usedOf(`LOCK:${cap.durationYears}:${y}`);
        const limit = mulDivFloor(frame, toBasisPoints(cap.maxPercent), 10_000);
        return {
          durationYears: cap.durationYears,
          year: y,
          capPercent: cap.maxPercent,
          cap: limit,
          committed,
          grantedNew,
          total: committed + grantedNew,
          withinCap: committed + grantedNew <= limit,
          clause: rules.lockCaps.clause,
        };
      }),
    );

  const laterYears = Array.from({ length: Math.max(0, rules.durations.maxYears - 1) }, (_, k) => {
    const y = year + k + 1;
    const committed = round.committed.byYear.get(y) ?? 0;
    const grantedNew = usedOf(`FRAME:${y}`);
    return {
      year: y,
      assumedFrame: frame,
      committed,
      grantedNew,
      total: committed + grantedNew,
      frameIsAssumption: isAssumed(rules, 'future-frame'),
      pastPlanPeriod: y > round.plan.period.toYear,
      clause: rules.lockCaps.appropriationClause,
    };
  });

  const coordinatorCap = mulDivFloor(
    frame,
    toBasisPoints(rules.coordinator.maxSharePercent),
    10_000,
  );
  const coordinatorNew = usedOf(`COORDINATOR:${year}`);
  const coordinator = {
    capPercent: rules.coordinator.maxSharePercent,
    capIsAssumption: rules.coordinator.maxShareIsAssumption,
    cap: coordinatorCap,
    committed: round.committed.coordinatorThisYear,
    grantedNew: coordinatorNew,
    total: round.committed.coordinatorThisYear + coordinatorNew,
    withinCap: round.committed.coordinatorThisYear + coordinatorNew <= coordinatorCap,
    clause: rules.coordinator.clause,
  };

  const target = rules.lockCaps.oneYearTargetPercent;
  let oneYearGranted = 0;
  for (const st of statements) if (st.durationYears === 1) oneYearGranted += st.granted.thisYear;
  const oneYear =
    target === undefined
      ? null
      : {
          targetPercent: target,
          amount: oneYearGranted,
          sharePercent: percentOf(oneYearGranted, frame),
          clause: rules.lockCaps.clause,
        };

  return {
    sectors,
    locks,
    oneYear,
    laterYears,
    coordinator,
    institutionShare: institutionShare(round, statements),
    fundingRates: fundingRates(round, statements),
    institutionsInSeveralPartnerships: institutionsInSeveral(round, statements),
    leftover: leftover(round, statements),
  };
}

function institutionShare(round: PreparedRound, statements: StatementAllocation[]) {
  const rule = round.rules.institutionSplit;
  let owner = 0;
  let institution = 0;
  for (const s of statements) {
    const first = s.granted.perYear[0];
    if (first) {
      owner += first.owner;
      institution += first.institution;
    }
  }
  for (const c of round.input.commitments) {
    if (c.year !== round.year) continue;
    owner += c.owner;
    institution += c.institution;
  }
  const share = percentOf(institution, owner + institution);
  const previousEntry = [...(round.input.institutionShareHistory ?? [])]
    .filter((h) => h.year < round.year)
    .sort((a, b) => b.year - a.year)[0];
  const previous = previousEntry
    ? {
        year: previousEntry.year,
        institutionSharePercent: percentOf(
          previousEntry.institution,
          previousEntry.owner + previousEntry.institution,
        ),
      }
    : null;
  const falling =
    rule.warnWhenShareFalls && previous !== null && share < previous.institutionSharePercent;
  const belowMinimum =
    rule.minInstitutionSharePercent !== undefined && share < rule.minInstitutionSharePercent;
  const warnings: LocalizedText[] = [];
  if (falling && previous) {
    warnings.push({
      nb: `Kompetansemiljøenes andel faller fra ${percentNb(previous.institutionSharePercent)} (${previous.year}) til ${percentNb(share)}; tildelingen til kompetansemiljøene skal sikres over tid.`,
      en: `The institutions' share falls from ${percentEn(previous.institutionSharePercent)} (${previous.year}) to ${percentEn(share)}; their funding must be secured over time.`,
    });
  }
  const minimum = rule.minInstitutionSharePercent;
  if (belowMinimum && minimum !== undefined) {
    warnings.push({
      nb: `Kompetansemiljøenes andel (${percentNb(share)}) er under planens minimum på ${percentNb(minimum)}.`,
      en: `The institutions' share (${percentEn(share)}) is below the plan's minimum of ${percentEn(minimum)}.`,
    });
  }
  return {
    owner,
    institution,
    institutionSharePercent: share,
    previous,
    falling,
    belowMinimum,
    warnings,
    clause: rule.clause,
  };
}

function fundingRates(round: PreparedRound, statements: StatementAllocation[]) {
  const groups = (['PUBLIC', 'PRIVATE', 'MIXED'] as const).map((group) => ({
    group,
    statements: 0,
    requested: 0,
    granted: 0,
    ratePercent: 0,
  }));
  for (let k = 0; k < statements.length; k++) {
    const c = round.candidates[k];
    if (!c?.eligible) continue;
    const at = c.ownershipGroup === 'PUBLIC' ? 0 : c.ownershipGroup === 'PRIVATE' ? 1 : 2;
    const g = groups[at];
    const s = statements[k] as StatementAllocation;
    if (!g) continue;
    g.statements += 1;
    g.requested += s.requested.thisYear;
    g.granted += s.granted.thisYear;
  }
  for (const g of groups) g.ratePercent = percentOf(g.granted, g.requested);
  return groups.filter((g) => g.statements > 0);
}

function institutionsInSeveral(round: PreparedRound, statements: StatementAllocation[]) {
  if (!round.rules.institutionSplit.flagInstitutionInSeveralPartnerships) return [];
  const byOrgnr = new Map<string, { name: string; partnerships: Set<string>; granted: number }>();
  const add = (orgnr: string, name: string, partnershipId: string, amount: number) => {
    const entry = byOrgnr.get(orgnr) ?? { name, partnerships: new Set<string>(), granted: 0 };
    entry.partnerships.add(partnershipId);
    entry.granted += amount;
    byOrgnr.set(orgnr, entry);
  };
  statements.forEach((s, k) => {
    const c = round.candidates[k];
    if (c && s.granted.thisYear > 0)
      add(
        c.source.institution.orgnr,
        c.source.institution.name,
        s.partnershipId,
        s.granted.thisYear,
      );
  });
  for (const c of round.input.commitments) {
    if (c.year === round.year && c.amount > 0) {
      add(
        c.institutionOrgnr,
        byOrgnr.get(c.institutionOrgnr)?.name ?? c.institutionOrgnr,
        c.partnershipId,
        c.amount,
      );
    }
  }
  return [...byOrgnr.entries()]
    .filter(([, e]) => e.partnerships.size > 1)
    .sort(([a], [b]) => compareIds(a, b))
    .map(([orgnr, e]) => ({
      orgnr,
      name: e.name,
      partnershipIds: [...e.partnerships].sort(compareIds),
      grantedThisYear: e.granted,
    }));
}

function leftover(round: PreparedRound, statements: StatementAllocation[]) {
  const grantedNew = statements.reduce((sum, s) => sum + s.granted.thisYear, 0);
  const raw = round.frame - round.committed.thisYear - grantedNew;
  const reasons: { code: string; message: LocalizedText }[] = [];
  if (raw < 0) {
    reasons.push({
      code: 'COMMITMENTS_EXCEED_FRAME',
      message: {
        nb: `Låste midler fra tidligere år er ${-raw} kr over årets ramme.`,
        en: `Funds bound by earlier years exceed this year's frame by ${-raw} NOK.`,
      },
    });
    return { amount: 0, reasons };
  }
  if (raw === 0) return { amount: 0, reasons };
  const unmet = statements.filter((s) => s.rank && s.granted.thisYear < s.requested.thisYear);
  if (unmet.length === 0) {
    reasons.push({
      code: 'NO_DEMAND',
      message: {
        nb: 'Alle aktuelle behovsmeldinger har fått alt de søkte om.',
        en: 'Every eligible statement got all it asked for.',
      },
    });
    return { amount: raw, reasons };
  }
  const counts = new Map<string, { kind: string; rowId: string | undefined; count: number }>();
  for (const s of unmet) {
    for (const b of s.binding) {
      const key = `${b.kind}|${b.rowId ?? ''}`;
      const entry = counts.get(key) ?? { kind: b.kind, rowId: b.rowId, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  for (const [, entry] of [...counts.entries()].sort(([a], [b]) => compareIds(a, b))) {
    if (entry.kind === 'FRAME') continue;
    reasons.push({
      code: entry.kind,
      message: leftoverMessage(round, entry.kind, entry.rowId, entry.count),
    });
  }
  return { amount: raw, reasons };
}

function leftoverMessage(
  round: PreparedRound,
  kind: string,
  rowId: string | undefined,
  count: number,
): LocalizedText {
  const row = round.rows.find((r) => r.id === rowId);
  const where = {
    SECTOR_UPPER: row?.sector
      ? {
          nb: `øvre grense for ${SECTOR_LABELS[row.sector].nb}`,
          en: `the upper bound for ${SECTOR_LABELS[row.sector].en}`,
        }
      : { nb: 'en sektorgrense', en: 'a sector bound' },
    LOCK_CAP: {
      nb: `taket for ${row?.durationYears}-årige prosjekter i ${row?.year}`,
      en: `the cap on ${row?.durationYears}-year projects in ${row?.year}`,
    },
    FUTURE_FRAME: {
      nb: `midlene som kan bindes i ${row?.year}`,
      en: `the funds that can be bound in ${row?.year}`,
    },
    COORDINATOR_CAP: { nb: 'taket for koordinatormidler', en: 'the cap on coordinator funds' },
    MIN_SHARE: { nb: 'minste andel verdt å finansiere', en: 'the smallest share worth funding' },
    CUT_RULE: { nb: 'kuttregelen', en: 'the cut rule' },
    PRIORITY: { nb: 'prioriteringen', en: 'the priorities' },
  }[kind] ?? { nb: kind, en: kind };
  return {
    nb: `${count} behovsmelding(er) med udekket behov holdes tilbake av ${where.nb}.`,
    en: `${count} statement(s) with unmet demand are held back by ${where.en}.`,
  };
}
