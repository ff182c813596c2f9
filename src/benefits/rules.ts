/**
 * THE benefit engine (PKS Pasal 7; PP 44/2015 jo. PP 82/2019). Pure: no I/O. The caller passes
 * the terms in force on the incident date; every amount comes from those terms or from the
 * disability table, never from this file. Money is integer rupiah; products are rounded down.
 *
 * JKK (work accident / occupational disease), any outcome:
 *   medical care as needed (no cap, unless the terms set one), transport per mode up to each mode's cap (entries of one
 *   mode are summed, then capped), STMB by days (stmb.ts), orthosis/prosthesis (price + 40%),
 *   dentures, glasses and home care up to their caps.
 * plus by outcome:
 *   partial_anatomical / partial_functional  the table (disability.ts), capped at total permanent
 *   total_permanent   70% × 80 × wage + periodic benefit at once + scholarship
 *   death             60% × 80 × wage (at least the JKM lump sum when the terms say so)
 *                     + funeral + periodic benefit at once + scholarship
 * JKM (death not from work): lump sum + funeral + periodic benefit at once, and the scholarship
 * only with at least `jkmMinContributionMonths` (36) months of contributions.
 *
 * Home care recommended for longer than `homeCareMaxMonths` pays the first months only (pro rata
 * of the stated cost, at most the cap), with a warning.
 */
import { AppError } from '../core/errors.ts';
import { formatRupiah, multiplyFraction, sumRupiah, type Rupiah } from '../core/money.ts';
import { amountInWords, tr } from '../core/language.ts';
import { parseOrThrow } from '../core/validation.ts';
import { type Terms, reportedWage } from '../agreements/model.ts';
import { addPartialDisability } from './disability.ts';
import { BENEFIT_ROUNDING, QuoteBuilder, roundedDown, capFormula, capped, percentTimesWage } from './items.ts';
import { addScholarship } from './scholarship.ts';
import { addStmb } from './stmb.ts';
import {
  TRANSPORT_MODES,
  benefitQuoteRequestSchema,
  type BenefitQuote,
  type BenefitQuoteInput,
  type BenefitQuoteRequest,
  type ChildSchedule,
  type DisabilityPart,
  type ParsedBenefitQuoteRequest,
  type TransportMode,
} from './schemas.ts';

const TRANSPORT_LABEL: Record<TransportMode, () => string> = {
  land: () => tr('Biaya angkut darat/sungai/danau', 'Transport by land, river or lake'),
  sea: () => tr('Biaya angkut laut', 'Transport by sea'),
  air: () => tr('Biaya angkut udara', 'Transport by air'),
};

const fail = (message: string, details?: unknown): never => {
  throw new AppError('validation_failed', message, details);
};

/** The wage to quote with: the one given, else the reported wage of the terms. */
export function wageOrReported(wage: Rupiah | undefined, terms: Terms): Rupiah {
  return wage ?? reportedWage(terms);
}

/** A quote for a request whose wage may be absent: the terms' reported wage fills it. */
export function quoteWithReportedWage(input: BenefitQuoteInput, terms: Terms): BenefitQuote {
  return quoteBenefits({ ...input, wage: wageOrReported(input.wage, terms) }, terms);
}

/** Checks the request against itself, the terms and the outcome; returns it with defaults applied. */
function checkRequest(request: BenefitQuoteRequest, terms: Terms): ParsedBenefitQuoteRequest {
  const parsed = parseOrThrow(benefitQuoteRequestSchema, request);
  const req = { ...parsed, wage: parsed.wage ?? fail('Upah wajib diisi', { field: 'wage' }) };
  const b = terms.benefits;
  const partial = req.outcome === 'partial_anatomical' || req.outcome === 'partial_functional';

  if (partial && req.disabilities.length === 0) fail('Cacat sebagian memerlukan minimal satu bagian tubuh dari tabel cacat', { field: 'disabilities' });
  if (!partial && req.disabilities.length > 0)
    fail('Daftar cacat hanya diisi untuk cacat sebagian anatomis atau cacat sebagian fungsi', { field: 'disabilities', outcome: req.outcome });

  const maxChildren = b.scholarship.value.maxChildren;
  if (req.children.length > maxChildren)
    fail(`Beasiswa paling banyak untuk ${maxChildren} anak`, { field: 'children', count: req.children.length, maxChildren });
  req.children.forEach((child, i) => {
    if (child.birthDate > req.incidentDate) fail(`Tanggal lahir anak ke-${i + 1} tidak boleh setelah tanggal kejadian`, { field: `children.${i}.birthDate` });
  });

  if (req.program === 'JKM') {
    if (req.outcome !== 'death') fail('Program JKM hanya untuk peserta yang meninggal dunia bukan karena kecelakaan kerja', { field: 'outcome' });
    const jkkOnly = {
      medicalCost: req.medicalCost,
      transport: sumRupiah(req.transport.map((t) => t.cost)),
      incapacityDays: req.incapacityDays,
      orthosisPrice: req.orthosisPrice,
      denturesCost: req.denturesCost,
      homeCareCost: req.homeCareCost,
      glassesCost: req.glassesCost,
      hearingAidCost: req.hearingAidCost,
    };
    const given = Object.entries(jkkOnly)
      .filter(([, v]) => v > 0)
      .map(([k]) => k);
    if (given.length > 0) fail(`Manfaat ${given.join(', ')} hanya untuk program JKK`, { fields: given });
  }
  return req;
}

function addTransport(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): void {
  for (const mode of TRANSPORT_MODES) {
    const costs = req.transport.filter((t) => t.mode === mode && t.cost > 0).map((t) => t.cost);
    if (costs.length === 0) continue;
    const cost = sumRupiah(costs);
    const cited = terms.benefits.transportCap[mode];
    const paid = capped(cost, cited.value);
    const sum = costs.length > 1 ? `${costs.map(formatRupiah).join(' + ')} = ` : '';
    q.add(
      {
        code: `transport_${mode}`,
        label: TRANSPORT_LABEL[mode](),
        amount: paid.amount,
        cap: cited.value,
        capped: paid.capped,
        formula: sum + capFormula(cost, cited.value),
      },
      [cited],
    );
  }
}

/** A reimbursement up to a cap from the terms, when a cost is given. */
function addCapped(q: QuoteBuilder, code: string, label: string, cost: Rupiah, cited: { value: Rupiah; basis: string; note?: string | undefined }): void {
  if (cost <= 0) return;
  const paid = capped(cost, cited.value);
  q.add({ code, label, amount: paid.amount, cap: cited.value, capped: paid.capped, formula: capFormula(cost, cited.value) }, [cited]);
}

/** Medical care as medically needed: no cap when the terms say none (null), else up to their cap. */
function addMedical(q: QuoteBuilder, cost: Rupiah, cited: Terms['benefits']['medicalCareCap']): void {
  if (cost <= 0) return;
  const label = tr('Pelayanan kesehatan sesuai kebutuhan medis', 'Medical care as medically needed');
  if (cited.value === null) {
    q.add(
      {
        code: 'medical',
        label,
        amount: cost,
        formula: tr(`Sesuai kebutuhan medis, tanpa batas: ${formatRupiah(cost)}`, `As medically needed, no cap: ${formatRupiah(cost)}`),
      },
      [cited],
    );
    return;
  }
  const paid = capped(cost, cited.value);
  q.add({ code: 'medical', label, amount: paid.amount, cap: cited.value, capped: paid.capped, formula: capFormula(cost, cited.value) }, [cited]);
}

/** What every JKK case may claim, whatever the outcome. */
function addJkkCare(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): void {
  const b = terms.benefits;
  addMedical(q, req.medicalCost, b.medicalCareCap);
  addTransport(q, req, terms);
  addStmb(q, req.incapacityDays, req.wage, terms);
  if (req.orthosisPrice > 0) {
    const surcharge = b.orthosisSurchargePercent;
    const amount = multiplyFraction(req.orthosisPrice, 100 + surcharge.value, 100, BENEFIT_ROUNDING);
    const formula = `${formatRupiah(req.orthosisPrice)} + ${surcharge.value}% × ${formatRupiah(req.orthosisPrice)} = ${formatRupiah(amount)} (${roundedDown()})`;
    q.add({ code: 'orthosis', label: tr('Alat bantu (orthese) / alat ganti (prothese)', 'Orthosis / prosthesis'), amount, formula }, [surcharge]);
  }
  addCapped(q, 'dentures', tr('Penggantian gigi tiruan', 'Dentures'), req.denturesCost, b.denturesCap);
  addCapped(q, 'glasses', tr('Penggantian kacamata', 'Glasses'), req.glassesCost, b.glassesCap);
  addCapped(q, 'hearing_aid', tr('Penggantian alat bantu dengar', 'Hearing aid'), req.hearingAidCost, b.hearingAidCap);
  addHomeCare(q, req, terms);
}

/**
 * Home care up to the cap, for at most `homeCareMaxMonths` (12) months. A recommendation for
 * longer pays the first 12 months: the stated cost pro rata (cost × 12 / months, rounded down),
 * then at most the cap.
 */
function addHomeCare(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): void {
  if (req.homeCareCost <= 0) return;
  const b = terms.benefits;
  const max = b.homeCareMaxMonths.value;
  const months = req.homeCareMonths > 0 ? tr(` selama ${req.homeCareMonths} bulan`, ` for ${req.homeCareMonths} months`) : '';
  if (req.homeCareMonths <= max) {
    addCapped(q, 'home_care', `${tr('Perawatan di rumah (home care)', 'Home care')}${months}`, req.homeCareCost, b.homeCareCap);
    return;
  }
  const firstYear = multiplyFraction(req.homeCareCost, max, req.homeCareMonths, BENEFIT_ROUNDING);
  const paid = capped(firstYear, b.homeCareCap.value);
  const proRata = `${formatRupiah(req.homeCareCost)} × ${max}/${req.homeCareMonths} ${tr('bulan', 'months')} = ${formatRupiah(firstYear)} (${roundedDown()})`;
  const cap = paid.capped
    ? tr(
        `, dibatasi maks. ${formatRupiah(b.homeCareCap.value)}, dibayar ${formatRupiah(paid.amount)}`,
        `, capped at max. ${formatRupiah(b.homeCareCap.value)}, paid ${formatRupiah(paid.amount)}`,
      )
    : tr(
        ` (maks. ${formatRupiah(b.homeCareCap.value)}) = ${formatRupiah(paid.amount)}`,
        ` (max. ${formatRupiah(b.homeCareCap.value)}) = ${formatRupiah(paid.amount)}`,
      );
  q.add(
    {
      code: 'home_care',
      label: tr(
        `Perawatan di rumah (home care) ${max} bulan pertama dari ${req.homeCareMonths} bulan`,
        `Home care, the first ${max} of ${req.homeCareMonths} months`,
      ),
      amount: paid.amount,
      cap: b.homeCareCap.value,
      capped: paid.capped,
      formula: proRata + cap,
    },
    [b.homeCareCap, b.homeCareMaxMonths],
  );
  q.warnings.add(
    tr(
      `Perawatan di rumah direkomendasikan ${req.homeCareMonths} bulan; dibayar paling lama ${max} bulan (${b.homeCareMaxMonths.basis}), yaitu ${max} bulan pertama secara pro rata.`,
      `Home care is recommended for ${req.homeCareMonths} months; at most ${max} months are paid (${b.homeCareMaxMonths.basis}): the first ${max} months, pro rata.`,
    ),
  );
}

function addWorkDeath(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): void {
  const b = terms.benefits;
  const m = b.disabilityWageMultiplier.value;
  const base = percentTimesWage(req.wage, b.workDeathPercent.value, m);
  const floor = b.workDeathFloorIsJkmLumpSum.value ? b.jkmDeathLumpSum.value : 0;
  const raised = base < floor;
  const formula =
    `${b.workDeathPercent.value}% × ${m} × ${formatRupiah(req.wage)} = ${formatRupiah(base)}` +
    (raised
      ? tr(
          `; kurang dari santunan kematian JKM, dibayar paling sedikit ${formatRupiah(floor)}`,
          `; less than the JKM death benefit, at least ${formatRupiah(floor)} is paid`,
        )
      : '');
  const cited = raised ? [b.workDeathPercent, b.workDeathFloorIsJkmLumpSum, b.jkmDeathLumpSum] : [b.workDeathPercent];
  q.add(
    {
      code: 'work_death',
      label: tr('Santunan kematian akibat kecelakaan kerja', 'Death benefit (work accident)'),
      amount: raised ? floor : base,
      formula: `${formula} (${roundedDown()})`,
    },
    cited,
  );
  q.add({ code: 'funeral', label: tr('Biaya pemakaman', 'Funeral costs'), amount: b.funeral.value, formula: formatRupiah(b.funeral.value) }, [b.funeral]);
}

function addTotalPermanent(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): void {
  const b = terms.benefits;
  const m = b.disabilityWageMultiplier.value;
  const amount = percentTimesWage(req.wage, b.totalPermanentPercent.value, m);
  const formula = `${b.totalPermanentPercent.value}% × ${m} × ${formatRupiah(req.wage)} = ${formatRupiah(amount)} (${roundedDown()})`;
  q.add({ code: 'total_permanent_disability', label: tr('Santunan cacat total tetap', 'Total permanent disability benefit'), amount, formula }, [
    b.totalPermanentPercent,
  ]);
}

function addPeriodic(q: QuoteBuilder, code: string, cited: Terms['benefits']['periodicLumpSum']): void {
  q.add(
    {
      code,
      label: tr('Santunan berkala 24 bulan dibayar sekaligus', 'Periodic benefit for 24 months, paid at once'),
      amount: cited.value,
      formula: formatRupiah(cited.value),
    },
    [cited],
  );
}

function addJkm(q: QuoteBuilder, terms: Terms): void {
  const b = terms.benefits;
  q.add(
    {
      code: 'jkm_death',
      label: tr('Santunan kematian (JKM)', 'Death benefit (JKM)'),
      amount: b.jkmDeathLumpSum.value,
      formula: formatRupiah(b.jkmDeathLumpSum.value),
    },
    [b.jkmDeathLumpSum],
  );
  q.add(
    { code: 'jkm_funeral', label: tr('Biaya pemakaman (JKM)', 'Funeral costs (JKM)'), amount: b.jkmFuneral.value, formula: formatRupiah(b.jkmFuneral.value) },
    [b.jkmFuneral],
  );
  addPeriodic(q, 'jkm_periodic', b.jkmPeriodicLumpSum);
}

/** Whether the case earns the scholarship; when children are named but it does not, a note says why. */
function scholarshipEligible(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): boolean {
  if (req.children.length === 0) return false;
  if (req.program === 'JKK') {
    const ok = req.outcome === 'death' || req.outcome === 'total_permanent';
    if (!ok)
      q.notes.add(
        tr(
          'Beasiswa JKK hanya untuk peserta yang meninggal dunia atau cacat total tetap akibat kecelakaan kerja.',
          'The JKK scholarship is only for a participant who died or became totally and permanently disabled from a work accident.',
        ),
      );
    return ok;
  }
  if (!terms.benefits.jkmScholarship.value) {
    q.notes.add(
      tr(
        `Beasiswa JKM tidak diberikan menurut ketentuan perjanjian ini (${terms.benefits.jkmScholarship.basis}).`,
        `The terms of this agreement give no JKM scholarship (${terms.benefits.jkmScholarship.basis}).`,
      ),
    );
    return false;
  }
  const min = terms.benefits.scholarship.value.jkmMinContributionMonths;
  const ok = req.contributionMonths >= min;
  if (!ok)
    q.notes.add(
      tr(
        `Beasiswa JKM memerlukan masa iur paling sedikit ${min} bulan; masa iur ${req.contributionMonths} bulan.`,
        `The JKM scholarship needs at least ${min} months of contributions; contributions were paid for ${req.contributionMonths} months.`,
      ),
    );
  return ok;
}

/**
 * The benefits a case is entitled to under `terms` (the terms in force on the incident date).
 * Throws AppError('validation_failed') on bad input.
 */
export function quoteBenefits(request: BenefitQuoteRequest, terms: Terms): BenefitQuote {
  const req = checkRequest(request, terms);
  const q = new QuoteBuilder();
  const b = terms.benefits;
  let disabilityParts: DisabilityPart[] = [];
  let scholarshipSchedule: ChildSchedule[] = [];

  if (req.program === 'JKK') {
    addJkkCare(q, req, terms);
    if (req.outcome === 'partial_anatomical' || req.outcome === 'partial_functional') disabilityParts = addPartialDisability(q, req, terms);
    if (req.outcome === 'total_permanent') addTotalPermanent(q, req, terms);
    if (req.outcome === 'death') addWorkDeath(q, req, terms);
    if (req.outcome === 'death' || req.outcome === 'total_permanent') addPeriodic(q, 'periodic', b.periodicLumpSum);
  } else {
    addJkm(q, terms);
  }
  if (scholarshipEligible(q, req, terms)) scholarshipSchedule = addScholarship(q, req, terms);

  const total = sumRupiah(q.items.map((i) => i.amount));
  return {
    program: req.program,
    outcome: req.outcome,
    wage: req.wage,
    incidentDate: req.incidentDate,
    items: q.items,
    total,
    totalInWords: amountInWords(total),
    disabilityParts,
    scholarshipSchedule,
    notes: [...q.notes],
    warnings: [...q.warnings],
  };
}
