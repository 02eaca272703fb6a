package org.zhengbing.policy.accounts;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;

/**
 * The economic account set beside an alternative: what the person would earn by working instead over the same
 * months, from wages the caller expects or from the region's average-wage parameter. It makes checkable the seeds'
 * claim that a recruit's income "is comparable to working away from home" (seeds/001).
 *
 * <p>The explanation's last step gives {@link #alternativeIncome()} (checked when the value is built).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IncomeComparison {

  IncomeComparison() {}

  /** Where the alternative income comes from. */
  public enum Basis {
    /** A monthly wage the caller expects the person would earn instead. */
    EXPECTED_WAGE("expected_wage"),
    /** The region's average annual wage parameter ({@code local_economy.urban_average_wage}). */
    REGION_AVERAGE_WAGE("region_average_wage");

    private final String key;

    Basis(String key) {
      this.key = key;
    }

    /**
     * Returns the key for JSON and resource bundles, such as {@code expected_wage}.
     *
     * @return the key, never null
     */
    public String key() {
      return key;
    }
  }

  /**
   * Returns where the alternative income comes from.
   *
   * @return the basis, never null
   */
  public abstract Basis basis();

  /**
   * Returns the months compared: the conscript term.
   *
   * @return the months, at least 1
   */
  public abstract int months();

  /**
   * Returns the total of the economic account over the term.
   *
   * @return the total in CNY, never null
   */
  public abstract Money enlistmentIncome();

  /**
   * Returns the income of the alternative over the same months.
   *
   * @return the income in CNY, never null
   */
  public abstract Money alternativeIncome();

  /**
   * Returns the explanation, whose last step gives {@link #alternativeIncome()}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the enlistment income minus the alternative income: positive when enlisting pays more.
   *
   * @return the difference in CNY, never null
   */
  public Money difference() {
    return enlistmentIncome().minus(alternativeIncome());
  }

  /**
   * Returns true if the alternative rests on an ILLUSTRATIVE value.
   *
   * @return whether the comparison is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  @Value.Check
  void check() {
    if (months() < 1) {
      throw new IllegalArgumentException("comparison months must be >= 1, but was " + months());
    }
    explanation().requireResult(new Datum.OfMoney(alternativeIncome()));
  }

  static IncomeComparison of(Basis basis, int months, Money enlistmentIncome, Money alternativeIncome,
      Explanation explanation) {
    return ImmutableIncomeComparison.builder().basis(basis).months(months).enlistmentIncome(enlistmentIncome)
        .alternativeIncome(alternativeIncome).explanation(explanation).build();
  }
}
