package org.zhengbing.policy.benefit;

import static org.zhengbing.policy.benefit.BenefitRules.need;
import static org.zhengbing.policy.benefit.Trail.constant;
import static org.zhengbing.policy.benefit.Trail.in;
import static org.zhengbing.policy.benefit.Trail.money;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationCategory;
import org.zhengbing.policy.profile.Posting;

/**
 * Calculates the one-time enlistment reward (一次性奖励金) some regions pay recruits, by education category and
 * posting.
 *
 * <p>The amount is the row of {@code enlistment_reward.by_category} for the recruit's education category; where the
 * region also has {@code enlistment_reward.by_posting} (such as Changsha 2017's higher reward for Tibet and
 * Xinjiang) and its row for the recruit's posting is higher, that amount replaces it, for categories that are
 * rewarded at all. A category without a row is not rewarded; a region without the table publishes no reward. The
 * reward is due from the approval date; the tables are read on the approval date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnlistmentRewardCalculator {

  private static final String KIND = BenefitKind.ENLISTMENT_REWARD.key();

  private final PolicyBook book;

  private EnlistmentRewardCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static EnlistmentRewardCalculator of(PolicyBook book) {
    return new EnlistmentRewardCalculator(Calculators.checkBook(book));
  }

  /**
   * Calculates the enlistment reward for a profile, resolving the rules for its region and term.
   *
   * @param profile  the profile, not null
   * @return the result, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term
   */
  public EnlistmentReward calculate(CandidateProfile profile) {
    return calculate(profile, BenefitRules.forProfile(book, profile));
  }

  /**
   * Calculates the enlistment reward for a profile with rules resolved once for its region and term.
   *
   * @param profile  the profile, not null
   * @param rules  the rules for the profile's region, term and approval date, from this calculator's policy
   * @return the result, never null
   * @throws IllegalArgumentException if the rules are for another region, term or policy
   */
  public EnlistmentReward calculate(CandidateProfile profile, BenefitRules rules) {
    Calculators.check(book, profile, rules);
    return compute(profile, rules, Trail.explaining());
  }

  static EnlistmentReward compute(CandidateProfile p, BenefitRules r, Trail t) {
    t.add(r.dates().approvalStep());
    try {
      Money amount = amount(r, p.educationCategory(), p.posting(), t);
      if (amount == null) {
        return EnlistmentReward.of(BenefitStatus.NOT_APPLICABLE, BenefitReason.NO_ROW_FOR_CATEGORY,
            ImmutableList.of(), t.explanation());
      }
      return EnlistmentReward.of(BenefitStatus.PAYABLE, BenefitReason.REWARDED_CATEGORY,
          ImmutableList.of(Payment.of(KIND + ".payment", r.dates().approvalDate(), amount)), t.explanation());
    } catch (BenefitRules.Missing m) {
      t.notPublished(KIND, m, r.region());
      return EnlistmentReward.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE, ImmutableList.of(),
          t.explanation());
    }
  }

  /**
   * The reward for a category and posting, or null if the category is not rewarded.
   *
   * @throws BenefitRules.Missing if the region has no reward table
   */
  static @Nullable Money amount(BenefitRules r, EducationCategory category, Posting posting, Trail t) {
    Resolved<ParameterTable<Money>> table = need(r.rewardByCategory, BenefitKeys.REWARD_BY_CATEGORY,
        r.dates().approvalDate());
    Optional<Money> row = table.value().get(category.key());
    if (row.isEmpty() || row.get().isZero()) {
      t.add(KIND + ".not_applicable", money(Cny.ZERO), in("category", constant("education_category", category.key())),
          table.asInput("by_category"));
      return null;
    }
    t.add(KIND + ".by_category", money(row.get()), in("category", constant("education_category", category.key())),
        table.asInput("by_category"));
    Money amount = row.get();
    if (r.rewardByPosting.isPresent()) {
      Resolved<ParameterTable<Money>> postings = r.rewardByPosting.get();
      Optional<Money> postingRow = postings.value().get(posting.key());
      if (postingRow.isPresent() && postingRow.get().isGreaterThan(amount)) {
        amount = postingRow.get();
      }
      t.add(KIND + ".by_posting", money(amount), in("posting", constant("posting", posting.key())),
          in("category_amount", money(row.get())), postings.asInput("by_posting"));
    }
    t.add(KIND + ".total", money(amount), in("amount", money(amount)));
    return amount;
  }
}
