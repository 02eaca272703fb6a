package org.zhengbing.policy.benefit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationCategory;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyLevel;

/**
 * The amounts of one {@link BenefitRules} tabulated in fen for the batch path: everything that depends only on a few
 * enumerations of the profile (category, posting, hukou type, award) is computed once, by the same functions the
 * explained calculators use, so that a profile's totals are table lookups and long arithmetic without allocation.
 * The items paid on discharge (the discharge payment, the self-employment subsidy, the waiting allowance and the
 * tuition waiver's cap) are read under the rules in force on the discharge date, so they are tabulated per number of
 * months served: the end of the term at once, any other discharge ({@code monthsServed}) when a profile first needs
 * it. A formula that needs an input the profile lacks, or a parameter value a calculator rejects, takes the explained
 * path, so that it throws the same exception.
 *
 * <p>Codes in the tables: a value {@code >= 0} is an amount in fen; {@link #NOT_PUBLISHED} means a parameter is
 * missing (the item is reported as not published, so contributes 0); {@link #EXPLAIN} means "take the explained
 * path".
 */
final class TotalsTable {

  static final long NOT_PUBLISHED = -1;
  static final long EXPLAIN = -2;

  private static final int CATEGORIES = EducationCategory.values().length;
  private static final int POSTINGS = Posting.values().length;
  private static final int HUKOU = 3; // urban, rural, not given
  private static final MeritAward[] AWARDS = MeritAward.values();

  private static final int FAMILY = BenefitKind.FAMILY_PAYMENT.ordinal();
  private static final int REWARD = BenefitKind.ENLISTMENT_REWARD.ordinal();
  private static final int TUITION = BenefitKind.TUITION.ordinal();
  private static final int ALLOWANCE = BenefitKind.ALLOWANCE.ordinal();
  private static final int DISCHARGE = BenefitKind.DISCHARGE_PAYMENT.ordinal();
  private static final int SUBSIDY = BenefitKind.SELF_EMPLOYMENT_SUBSIDY.ordinal();
  private static final int WAITING = BenefitKind.WAITING_ALLOWANCE.ordinal();
  private static final int MERIT = BenefitKind.MERIT_BONUS.ordinal();

  final BenefitRules rules;
  private final int termMonths;
  private final LocalDate termEnd;

  private final int periodMonths;
  private final int partPeriodFull;
  private final int stopsEarly;
  private final long[] familyInstalment;
  /** By entitled months (0 to the term): how many instalments are paid, or -1 to work it out (a part period). */
  private final int[] familyInstalments;

  private final long[] reward;

  private final long[] capAtApproval;
  private final int[] excluded;

  private final long @Nullable [] allowanceUpTo;

  /** The items paid on discharge at the end of the term. */
  private final Discharge atTermEnd;
  /** The same for other discharges, by months served, filled when first needed (a table serves one call). */
  private @Nullable Discharge[] byServed = new Discharge[0];

  private final long[] meritBonus;

  /** The last profile explained, and its account: a table serves one batch call on one thread. */
  private @Nullable CandidateProfile explainedProfile;
  private @Nullable EnlistmentBenefits explainedAccount;

  TotalsTable(BenefitRules r) {
    this.rules = r;
    ServiceDates d = r.dates();
    this.termMonths = d.termMonths();
    this.termEnd = d.termEnd();
    LocalDate approval = d.approvalDate();

    periodMonths = r.familyPeriodMonths.map(x -> x.value().intValue()).orElse(-1);
    partPeriodFull = r.familyPartPeriodFull.map(x -> x.value() ? 1 : 0).orElse(-1);
    stopsEarly = r.familyStopsEarly.map(x -> x.value() ? 1 : 0).orElse(-1);
    familyInstalments = new int[termMonths + 1];
    for (int m = 0; m <= termMonths; m++) {
      int full = periodMonths > 0 ? m / periodMonths : 0;
      boolean part = periodMonths > 0 && m % periodMonths > 0;
      familyInstalments[m] = periodMonths <= 0 || (part && partPeriodFull != 1) ? -1 : full + (part ? 1 : 0);
    }
    familyInstalment = new long[CATEGORIES * POSTINGS * HUKOU];
    for (EducationCategory c : EducationCategory.values()) {
      for (Posting p : Posting.values()) {
        for (int h = 0; h < HUKOU; h++) {
          familyInstalment[(c.ordinal() * POSTINGS + p.ordinal()) * HUKOU + h] = instalment(r, c, p, hukou(h));
        }
      }
    }

    reward = new long[CATEGORIES * POSTINGS];
    for (EducationCategory c : EducationCategory.values()) {
      for (Posting p : Posting.values()) {
        long fen;
        try {
          Money m = EnlistmentRewardCalculator.amount(r, c, p, Trail.SILENT);
          fen = m == null ? 0 : m.getAmountMinorLong();
        } catch (BenefitRules.Missing e) {
          fen = NOT_PUBLISHED;
        }
        reward[c.ordinal() * POSTINGS + p.ordinal()] = fen;
      }
    }

    capAtApproval = caps(r.tuitionCap);
    StudentFundingStatus[] fundings = StudentFundingStatus.values();
    excluded = new int[fundings.length];
    for (StudentFundingStatus f : fundings) {
      int code;
      try {
        code = TuitionCalculator.excluded(r, f, Trail.SILENT) ? 1 : 0;
      } catch (BenefitRules.Missing e) {
        code = -1;
      }
      excluded[f.ordinal()] = code;
    }

    long[] upTo = null;
    try {
      Resolved<ImmutableList<Datum>> list = AllowanceCalculator.monthly(r);
      upTo = new long[termMonths + 1];
      for (int m = 0; m < termMonths; m++) {
        upTo[m + 1] = upTo[m] + AllowanceCalculator.monthlyAmount(list.value(), m / 12).getAmountMinorLong();
      }
    } catch (BenefitRules.Missing e) {
      upTo = null;
    }
    allowanceUpTo = upTo;

    atTermEnd = new Discharge(r, r.atTermEnd, termMonths);

    meritBonus = new long[AWARDS.length];
    for (MeritAward m : AWARDS) {
      meritBonus[m.ordinal()] = r.meritBonus.isEmpty() ? NOT_PUBLISHED
          : r.meritBonus.get().value().get(m.key()).map(Money::getAmountMinorLong).orElse(0L);
    }
  }

  private static @Nullable HukouType hukou(int index) {
    return index == 2 ? null : HukouType.values()[index];
  }

  private static int hukouIndex(CandidateProfile p) {
    return p.hukouType().isPresent() ? p.hukouType().get().ordinal() : 2;
  }

  private static long instalment(BenefitRules r, EducationCategory c, Posting p, @Nullable HukouType h) {
    if (r.familyPeriodMonths.isEmpty()) {
      return NOT_PUBLISHED;
    }
    try {
      Money annual = FamilyPaymentCalculator.annual(r, c, p, h, Trail.SILENT);
      return Trail.roundFen(Trail.fraction(annual.getAmount(), r.familyPeriodMonths.get().value(), 12))
          .getAmountMinorLong();
    } catch (BenefitRules.Missing e) {
      return NOT_PUBLISHED;
    } catch (IllegalArgumentException e) {
      return EXPLAIN;
    }
  }

  private static long[] caps(java.util.Optional<Resolved<ParameterTable<Money>>> table) {
    long[] out = new long[StudyLevel.values().length];
    for (StudyLevel l : StudyLevel.values()) {
      out[l.ordinal()] = table.flatMap(t -> t.value().get(l.key())).map(Money::getAmountMinorLong)
          .orElse(NOT_PUBLISHED);
    }
    return out;
  }

  /** The items paid on a discharge after some months of service, under the rules in force on its date. */
  private static final class Discharge {
    final long noMerit;
    final long[] withMerit;
    final long[] subsidy;
    final long waitingMonthly;
    final long[] capAtReturn;

    Discharge(BenefitRules r, BenefitRules.AtDate at, int served) {
      noMerit = discharge(at, served, ImmutableList.of());
      withMerit = new long[AWARDS.length];
      for (MeritAward m : AWARDS) {
        withMerit[m.ordinal()] = discharge(at, served, ImmutableList.of(m));
      }
      subsidy = new long[2 * HUKOU];
      for (int s = 0; s < 2; s++) {
        for (int h = 0; h < HUKOU; h++) {
          long fen;
          try {
            fen = SelfEmploymentSubsidyCalculator.amount(r, at, s == 1, hukou(h), Trail.SILENT)
                .getAmountMinorLong();
          } catch (BenefitRules.Missing e) {
            fen = NOT_PUBLISHED;
          } catch (IllegalArgumentException e) {
            fen = EXPLAIN;
          }
          subsidy[s * HUKOU + h] = fen;
        }
      }
      long monthly;
      try {
        monthly = WaitingAllowanceCalculator.monthly(at, Trail.SILENT).getAmountMinorLong();
      } catch (BenefitRules.Missing e) {
        monthly = NOT_PUBLISHED;
      } catch (IllegalArgumentException e) {
        monthly = EXPLAIN;
      }
      waitingMonthly = monthly;
      capAtReturn = caps(at.tuitionCap);
    }

    private static long discharge(BenefitRules.AtDate at, int served, List<MeritAward> merits) {
      try {
        return DischargePaymentCalculator.amount(at, served, merits, Trail.SILENT).getAmountMinorLong();
      } catch (BenefitRules.Missing e) {
        return NOT_PUBLISHED;
      } catch (IllegalArgumentException e) {
        return EXPLAIN;
      }
    }
  }

  /** The discharge items for a profile: at the end of the term, or after the months it served. */
  private Discharge discharge(CandidateProfile p) {
    if (!p.monthsServed().isPresent()) {
      return atTermEnd;
    }
    int served = p.monthsServed().getAsInt();
    if (served == termMonths) {
      return atTermEnd;
    }
    if (served >= byServed.length) {
      byServed = java.util.Arrays.copyOf(byServed, Math.max(served + 1, 2 * termMonths));
    }
    Discharge d = byServed[served];
    if (d == null) {
      d = new Discharge(rules, rules.at(rules.dates().monthsAfterApproval(served)), served);
      byServed[served] = d;
    }
    return d;
  }

  /**
   * Writes the profile's amount of each kind asked for, in fen, to {@code out[offset + column[kind]]}; a kind with
   * column -1 is neither calculated nor written.
   */
  void totals(CandidateProfile p, long[] out, int offset, int[] column) {
    int c = column[FAMILY];
    if (c >= 0) {
      long family = family(p);
      out[offset + c] = family == EXPLAIN ? explained(p, BenefitKind.FAMILY_PAYMENT) : family;
    }
    c = column[REWARD];
    if (c >= 0) {
      out[offset + c] = Math.max(reward[p.educationCategory().ordinal() * POSTINGS + p.posting().ordinal()], 0);
    }
    c = column[TUITION];
    if (c >= 0) {
      // every tuition rule is a table lookup: no parameter value sends a profile to the explained path
      out[offset + c] = tuition(p);
    }
    c = column[ALLOWANCE];
    if (c >= 0) {
      out[offset + c] = allowanceUpTo == null ? 0 : allowanceUpTo[Calculators.conscriptMonths(p, termMonths)];
    }
    if (column[DISCHARGE] < 0 && column[SUBSIDY] < 0 && column[WAITING] < 0) {
      merits(p, out, offset, column);
      return;
    }
    boolean officer = p.officerOrAcademyAfterMonths().isPresent();
    Discharge at = officer ? atTermEnd : discharge(p);
    c = column[DISCHARGE];
    if (c >= 0) {
      long discharge = officer ? 0 : discharge(p, at);
      out[offset + c] = discharge == EXPLAIN ? explained(p, BenefitKind.DISCHARGE_PAYMENT) : discharge;
    }
    c = column[SUBSIDY];
    if (c >= 0) {
      long s = officer ? 0 : at.subsidy[(p.sergeantSelectedAfterMonths().isPresent() ? HUKOU : 0) + hukouIndex(p)];
      out[offset + c] = s == EXPLAIN ? explained(p, BenefitKind.SELF_EMPLOYMENT_SUBSIDY) : Math.max(s, 0);
    }
    c = column[WAITING];
    if (c >= 0) {
      int wait = officer ? 0 : p.placementWaitMonths();
      long w = wait == 0 || at.waitingMonthly == NOT_PUBLISHED ? 0 : at.waitingMonthly;
      out[offset + c] = w == EXPLAIN ? explained(p, BenefitKind.WAITING_ALLOWANCE) : w * wait;
    }
    merits(p, out, offset, column);
  }

  private void merits(CandidateProfile p, long[] out, int offset, int[] column) {
    int c = column[MERIT];
    if (c >= 0) {
      out[offset + c] = merits(p);
    }
  }

  /** One item of the profile's explained account, for the cases the tables leave to it; the last one is kept. */
  private long explained(CandidateProfile p, BenefitKind kind) {
    EnlistmentBenefits account = explainedAccount;
    if (explainedProfile != p || account == null) {
      account = BenefitsCalculator.compute(p, rules);
      explainedAccount = account;
      explainedProfile = p;
    }
    return account.item(kind).total().getAmountMinorLong();
  }

  private long family(CandidateProfile p) {
    if (periodMonths < 0) {
      return 0;
    }
    int months = Calculators.conscriptMonths(p, termMonths);
    if (months < termMonths) {
      if (stopsEarly < 0) {
        return 0;
      }
      if (stopsEarly == 0) {
        months = termMonths;
      }
    }
    long instalment = familyInstalment[(p.educationCategory().ordinal() * POSTINGS + p.posting().ordinal()) * HUKOU
        + hukouIndex(p)];
    if (instalment < 0) {
      return instalment == EXPLAIN ? EXPLAIN : 0;
    }
    int count = familyInstalments[months];
    if (count >= 0) {
      return instalment * count;
    }
    int full = months / periodMonths;
    int rem = months % periodMonths;
    long total = instalment * full;
    if (rem > 0) {
      if (partPeriodFull < 0) {
        return 0;
      }
      total += partPeriodFull == 1 ? instalment : (2 * instalment * rem + periodMonths) / (2L * periodMonths);
    }
    return total;
  }

  private long tuition(CandidateProfile p) {
    boolean waiver = p.remainingStudyYears() > 0 && !p.officerOrAcademyAfterMonths().isPresent();
    List<AcademicYear> years = p.academicYears();
    if (years.isEmpty() && !waiver) {
      // below higher education too: a profile has study years or remaining years only at a college level
      return 0;
    }
    java.util.Optional<StudyLevel> level = p.educationLevel().studyLevel();
    int ex = excluded[p.studentFunding().ordinal()];
    if (ex != 0) {
      return 0;
    }
    long total = 0;
    if (!years.isEmpty()) {
      long cap = capAtApproval[level.get().ordinal()];
      if (cap < 0) {
        return 0;
      }
      for (int i = 0; i < years.size(); i++) {
        AcademicYear y = years.get(i);
        long basis = Math.max(y.tuitionPaid().getAmountMinorLong(),
            y.loanPrincipal().getAmountMinorLong() + y.loanInterest().getAmountMinorLong());
        total += Math.min(basis, cap);
      }
    }
    if (waiver) {
      long cap = discharge(p).capAtReturn[level.get().ordinal()];
      if (cap < 0) {
        return 0;
      }
      total += Math.min(p.annualTuitionFee().getAmountMinorLong(), cap) * p.remainingStudyYears();
    }
    return total;
  }

  private static long discharge(CandidateProfile p, Discharge at) {
    if (at.noMerit == EXPLAIN) {
      return EXPLAIN;
    }
    List<MeritAward> merits = p.merits();
    if (merits.isEmpty()) {
      return Math.max(at.noMerit, 0);
    }
    long best = at.noMerit;
    for (int i = 0; i < merits.size(); i++) {
      long v = at.withMerit[merits.get(i).ordinal()];
      if (v == EXPLAIN) {
        return EXPLAIN;
      }
      if (v < 0) {
        return 0;
      }
      best = Math.max(best, v);
    }
    return Math.max(best, 0);
  }

  private long merits(CandidateProfile p) {
    List<MeritAward> merits = p.merits();
    long total = 0;
    for (int i = 0; i < merits.size(); i++) {
      long v = meritBonus[merits.get(i).ordinal()];
      if (v < 0) {
        return 0;
      }
      total += v;
    }
    return total;
  }
}
