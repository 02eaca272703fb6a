package org.zhengbing.policy.accounts;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.benefit.Benefit;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * The three accounts (三本账) of one young person: the political account (政治账) and the growth account (成长账),
 * each a list of cited items that apply to this person, and the economic account (经济账) of payments with their
 * dated schedules and totals, optionally set beside an alternative income.
 *
 * <pre>{@code
 * ThreeAccounts a = ThreeAccountsCalculator.of(PolicySets.sampleRegions()).calculate(profile);
 * a.political();              // honours and rights, each with why it applies and its citation
 * a.economicTotal();          // the grand total of the payable items
 * a.illustrativeItems();      // which items rest on ILLUSTRATIVE values: a statement must say so
 * }</pre>
 *
 * <p>The statement is as of the approval date (the first day of service): the political and growth texts are those
 * in force on that date. Items that would apply but whose text came into force only later are listed apart, in
 * {@link #laterItems()}, each with the date from which it is in force.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThreeAccounts {

  /** The id that {@link #illustrativeItems()} gives the income comparison. */
  public static final String COMPARISON_ID = "comparison";

  /** The prefix of the ids that {@link #illustrativeItems()} gives the economic account's payments. */
  public static final String BENEFIT_PREFIX = "benefit.";

  ThreeAccounts() {}

  /**
   * Returns the person the statement is for.
   *
   * @return the profile, never null
   */
  public abstract CandidateProfile profile();

  /**
   * Returns the political account's items that apply, in the policy's order.
   *
   * @return the items, never null
   */
  public abstract ImmutableList<AccountItem> political();

  /**
   * Returns the growth account's items that apply, in the policy's order.
   *
   * @return the items, never null
   */
  public abstract ImmutableList<AccountItem> growth();

  /**
   * Returns the items that would apply but are in force only after the statement's date, each as first in force.
   *
   * @return the items, never null
   */
  public abstract ImmutableList<AccountItem> laterItems();

  /**
   * Returns the economic account: every payment with its status, schedule, total and explanation.
   *
   * @return the account, never null
   */
  public abstract EnlistmentBenefits economic();

  /**
   * Returns the comparison with an alternative income, when the caller gave expected wages or the region has an
   * average-wage parameter for the whole term.
   *
   * @return the comparison, if any
   */
  public abstract Optional<IncomeComparison> comparison();

  /**
   * Returns the region of enlistment.
   *
   * @return the region, never null
   */
  public RegionCode region() {
    return economic().region();
  }

  /**
   * Returns the statement's date: the approval date, the first day of service.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return economic().approvalDate();
  }

  /**
   * Returns the economic account's payable items, in kind order.
   *
   * @return the items, never null
   */
  public ImmutableList<Benefit> economicItems() {
    return economic().payableItems();
  }

  /**
   * Returns the economic account's grand total over the term: the sum of its payable items.
   *
   * @return the total in CNY, never null
   */
  public Money economicTotal() {
    return economic().total();
  }

  /**
   * Returns the ids of the items that rest on an ILLUSTRATIVE value, in statement order: an account item's key
   * (such as {@code accounts.growth.postgraduate_bonus}), {@code benefit.} and a payment's kind key (such as
   * {@code benefit.family_payment}), or {@value #COMPARISON_ID}.
   *
   * @return the ids, never null
   */
  @Value.Derived
  public ImmutableList<String> illustrativeItems() {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (AccountItem i : political()) {
      if (i.isIllustrative()) {
        ids.add(i.key());
      }
    }
    for (AccountItem i : growth()) {
      if (i.isIllustrative()) {
        ids.add(i.key());
      }
    }
    for (Benefit b : economicItems()) {
      if (b.isIllustrative()) {
        ids.add(BENEFIT_PREFIX + b.kind().key());
      }
    }
    if (comparison().isPresent() && comparison().get().isIllustrative()) {
      ids.add(COMPARISON_ID);
    }
    for (AccountItem i : laterItems()) {
      if (i.isIllustrative()) {
        ids.add(i.key());
      }
    }
    return ids.build();
  }

  /**
   * Returns true if any item rests on an ILLUSTRATIVE value; a rendering then shows a notice naming them.
   *
   * @return whether the statement is illustrative
   */
  public boolean isIllustrative() {
    return !illustrativeItems().isEmpty();
  }

  @Value.Check
  void check() {
    checkAccount(political(), Account.POLITICAL);
    checkAccount(growth(), Account.GROWTH);
    if (!profile().enlistmentRegion().equals(economic().region())) {
      throw new IllegalArgumentException("economic account region must be the profile's region "
          + profile().enlistmentRegion() + ", but was " + economic().region());
    }
    if (!profile().enlistmentTerm().equals(economic().term())) {
      throw new IllegalArgumentException("economic account term must be the profile's term "
          + profile().enlistmentTerm() + ", but was " + economic().term());
    }
    if (comparison().isPresent() && !comparison().get().enlistmentIncome().equals(economicTotal())) {
      throw new IllegalArgumentException("comparison enlistment income must be the economic total "
          + economicTotal() + ", but was " + comparison().get().enlistmentIncome());
    }
    for (AccountItem i : laterItems()) {
      if (!i.effectiveFrom().isAfter(date())) {
        throw new IllegalArgumentException("later item " + i.key() + " must come into force after " + date()
            + ", but was in force from " + i.effectiveFrom());
      }
    }
  }

  private static void checkAccount(ImmutableList<AccountItem> items, Account account) {
    for (AccountItem i : items) {
      if (i.account() != account) {
        throw new IllegalArgumentException(account.key() + " account items must belong to it, but "
            + i.key() + " belongs to " + i.account().key());
      }
    }
  }

  static ThreeAccounts of(CandidateProfile profile, Iterable<AccountItem> political, Iterable<AccountItem> growth,
      Iterable<AccountItem> laterItems, EnlistmentBenefits economic, Optional<IncomeComparison> comparison) {
    return ImmutableThreeAccounts.builder().profile(profile).addAllPolitical(political).addAllGrowth(growth)
        .addAllLaterItems(laterItems).economic(economic).comparison(comparison).build();
  }
}
