package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * Calculates the whole economic account (经济账) of a candidate: every payment, each with its dated schedule, total
 * and explanation; or, for many candidates, the amounts alone.
 *
 * <pre>{@code
 * BenefitsCalculator calc = BenefitsCalculator.of(PolicySets.sampleRegions());
 * EnlistmentBenefits account = calc.calculate(profile);          // rules resolved for the profile
 * BenefitRules rules = calc.rules(region, term);                  // or resolve once ...
 * EnlistmentBenefits again = calc.calculate(profile, rules);      // ... and reuse for each candidate
 * BenefitTotals totals = calc.totals(profiles);                   // amounts only, for a whole list
 * Money family = calc.totals(profiles, EnumSet.of(BenefitKind.FAMILY_PAYMENT))   // or only some payments
 *     .sum(BenefitKind.FAMILY_PAYMENT);
 * }</pre>
 *
 * <p>The batch path {@link #totals(List)} builds no explanations: it resolves and tabulates each (region, term)
 * once per call, then works each profile out by table lookups, giving for each the same amounts as
 * {@link #calculate(CandidateProfile)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenefitsCalculator {

  private static final int KINDS = BenefitKind.values().length;
  private static final Set<BenefitKind> ALL = Collections.unmodifiableSet(EnumSet.allOf(BenefitKind.class));

  private final PolicyBook book;

  private BenefitsCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static BenefitsCalculator of(PolicyBook book) {
    return new BenefitsCalculator(Calculators.checkBook(book));
  }

  /**
   * Returns the policy this calculator reads.
   *
   * @return the policy, never null
   */
  public PolicyBook book() {
    return book;
  }

  /**
   * Resolves the rules for a region and term, to reuse across candidates.
   *
   * @param region  the region of enlistment, not null
   * @param term  the term, not null
   * @return the rules, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript term
   *     for the term
   */
  public BenefitRules rules(RegionCode region, ConscriptionTerm term) {
    return BenefitRules.resolve(book, region, term);
  }

  /**
   * Calculates every payment for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the account, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   * @throws IllegalArgumentException if a region's formula needs an input the profile lacks (the hukou type)
   */
  public EnlistmentBenefits calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates every payment for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the account, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy, or a region's formula
   *     needs an input the profile lacks (the hukou type)
   */
  public EnlistmentBenefits calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules);
  }

  static EnlistmentBenefits compute(CandidateProfile p, BenefitRules r) {
    ImmutableList<Benefit> items = ImmutableList.of(
        FamilyPaymentCalculator.compute(p, r, Trail.explaining()),
        EnlistmentRewardCalculator.compute(p, r, Trail.explaining()),
        TuitionCalculator.compute(p, r, Trail.explaining()),
        AllowanceCalculator.compute(p, r, Trail.explaining()),
        DischargePaymentCalculator.compute(p, r, Trail.explaining()),
        SelfEmploymentSubsidyCalculator.compute(p, r, Trail.explaining()),
        WaitingAllowanceCalculator.compute(p, r, Trail.explaining()),
        MeritBonusCalculator.compute(p, r, Trail.explaining()));
    ServiceDates d = r.dates();
    return EnlistmentBenefits.of(r.region(), d.term(), d.approvalDate(), d.termEnd(), items);
  }

  /**
   * Calculates the amount of each payment for a list of profiles, of any regions and terms, without explanations.
   *
   * @param profiles  the profiles, not null
   * @return the amounts, in the list's order, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript term
   *     for a profile's term
   * @throws IllegalArgumentException if a region's formula needs an input a profile lacks (the hukou type)
   */
  public BenefitTotals totals(List<CandidateProfile> profiles) {
    return batch(profiles, ALL);
  }

  /**
   * Calculates the amounts of some payments only for a list of profiles, of any regions and terms, without
   * explanations: each amount is the one {@link #totals(List)} gives, and the work and the result's size are those
   * of the payments asked for (the sum of the family payments over a million candidates, say).
   *
   * @param profiles  the profiles, not null
   * @param kinds  the payments to calculate, not empty, not null
   * @return the amounts, in the list's order, never null
   * @throws IllegalArgumentException if no payment is asked for, or a region's formula needs an input a profile lacks
   *     (the hukou type)
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript term
   *     for a profile's term
   */
  public BenefitTotals totals(List<CandidateProfile> profiles, Set<BenefitKind> kinds) {
    checkNotNull(profiles, "profiles");
    checkNotNull(kinds, "kinds");
    checkArgument(!kinds.isEmpty(), "kinds must name at least one payment, but was %s", kinds);
    return batch(profiles, EnumSet.copyOf(kinds));
  }

  private BenefitTotals batch(List<CandidateProfile> profiles, Set<BenefitKind> kinds) {
    checkNotNull(profiles, "profiles");
    int[] column = BenefitTotals.columns(kinds);
    int width = kinds.size();
    int n = profiles.size();
    long[] out = new long[Math.multiplyExact(n, width)];
    Map<RegionCode, Map<Object, TotalsTable>> tables = new HashMap<>();
    TotalsTable last = null;
    for (int i = 0; i < n; i++) {
      CandidateProfile p = checkNotNull(profiles.get(i), "profile");
      if (last == null || !last.rules.appliesTo(p)) {
        last = table(tables, p);
      }
      last.totals(p, out, i * width, column);
    }
    return new BenefitTotals(out, n, kinds);
  }

  /**
   * Calculates the amount of each payment for a list of profiles that share one region, term and approval date,
   * with rules resolved once, without explanations.
   *
   * @param profiles  the profiles, not null
   * @param rules  the rules for the profiles' region, term and approval date, from this calculator's policy
   * @return the amounts, in the list's order, never null
   * @throws IllegalArgumentException if a profile is of another region, term or approval date, the rules are from
   *     another policy, or a region's formula needs an input a profile lacks (the hukou type)
   */
  public BenefitTotals totals(List<CandidateProfile> profiles, BenefitRules rules) {
    checkNotNull(profiles, "profiles");
    checkNotNull(rules, "rules");
    checkArgument(rules.book() == book || rules.book().equals(book),
        "rules must be resolved from this calculator's policy, but were resolved from another: %s", rules);
    TotalsTable table = new TotalsTable(rules);
    int[] column = BenefitTotals.columns(ALL);
    int n = profiles.size();
    long[] out = new long[Math.multiplyExact(n, KINDS)];
    for (int i = 0; i < n; i++) {
      CandidateProfile p = checkNotNull(profiles.get(i), "profile");
      rules.checkAppliesTo(p);
      table.totals(p, out, i * KINDS, column);
    }
    return new BenefitTotals(out, n, ALL);
  }

  private TotalsTable table(Map<RegionCode, Map<Object, TotalsTable>> tables, CandidateProfile p) {
    Map<Object, TotalsTable> byTerm = tables.computeIfAbsent(p.enlistmentRegion(), k -> new HashMap<>());
    @Nullable LocalDate given = p.approvalDate().orElse(null);
    Object key = given != null ? given : p.enlistmentTerm();
    TotalsTable t = byTerm.get(key);
    if (t == null) {
      t = new TotalsTable(BenefitRules.forProfile(book, p));
      byTerm.put(key, t);
    }
    return t;
  }

  @Override
  public String toString() {
    return "BenefitsCalculator[" + book + "]";
  }
}
