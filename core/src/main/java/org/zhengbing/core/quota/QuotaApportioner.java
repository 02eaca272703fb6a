package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Shares a whole number of places (征集任务名额) among units in proportion to their weights, by a named
 * {@link ApportionmentMethod}, within each unit's floor and cap.
 *
 * <pre>{@code
 * Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER)
 *     .apportion(120, List.of(QuotaUnit.of(UnitKey.of("A"), 5_000), QuotaUnit.of(UnitKey.of("B"), 3_100)));
 * a.places(UnitKey.of("A"));
 * }</pre>
 *
 * <p>The arithmetic is exact: weights up to {@link Long#MAX_VALUE} in sum and totals up to
 * {@link Integer#MAX_VALUE}; quotients are compared by cross-multiplication in 128 or 192 bits, never in floating
 * point. Largest remainder finds the exact scale and selects the largest remainders; the divisor methods search
 * for a divisor that brackets the total and rank exactly only the few places between the bracket's ends. A unit
 * with weight 0 gets its floor and no more.
 *
 * <p>Ties for the last places (equal remainders, or equal priorities at the divisor) are broken by the declared rule
 * of {@link TieBreaking#LARGER_WEIGHT_THEN_KEY}, recorded in the result; {@link TieBreaking#STRICT} throws
 * {@link TiedApportionmentException} instead. The result is the same whatever the order of the units.
 *
 * <p>征兵工作条例 (2023) Art 5 asks governments to allocate tasks "scientifically" but publishes no formula: the
 * method is the office's choice. This class is immutable and thread-safe.
 */
public final class QuotaApportioner {

  private final ApportionmentMethod method;
  private final TieBreaking tieBreaking;

  private QuotaApportioner(ApportionmentMethod method, TieBreaking tieBreaking) {
    this.method = method;
    this.tieBreaking = tieBreaking;
  }

  /**
   * Obtains an apportioner that breaks ties by the declared rule.
   *
   * @param method  the method, not null
   * @return the apportioner, never null
   */
  public static QuotaApportioner of(ApportionmentMethod method) {
    checkNotNull(method, "method");
    return new QuotaApportioner(method, TieBreaking.LARGER_WEIGHT_THEN_KEY);
  }

  /**
   * Returns a copy with another tie handling.
   *
   * @param tieBreaking  the tie handling, not null
   * @return the apportioner, never null
   */
  public QuotaApportioner withTieBreaking(TieBreaking tieBreaking) {
    checkNotNull(tieBreaking, "tieBreaking");
    return new QuotaApportioner(method, tieBreaking);
  }

  /**
   * Returns a copy that throws {@link TiedApportionmentException} on a tie.
   *
   * @return the apportioner, never null
   */
  public QuotaApportioner strict() {
    return withTieBreaking(TieBreaking.STRICT);
  }

  /**
   * Returns the method.
   *
   * @return the method, never null
   */
  public ApportionmentMethod method() {
    return method;
  }

  /**
   * Returns the tie handling.
   *
   * @return the tie handling, never null
   */
  public TieBreaking tieBreaking() {
    return tieBreaking;
  }

  /**
   * Shares places among units given as a collection.
   *
   * @param total  the places to share, {@code 0 <= total <= Integer.MAX_VALUE}
   * @param units  the units, with distinct keys, not null
   * @return the apportionment, never null
   * @throws IllegalArgumentException if the total is out of range, keys repeat, the floors sum above the total, or
   *     the caps (and the floors of units with weight 0) leave too little room; the message names the units
   * @throws TiedApportionmentException in strict mode, if units tie for the last places
   */
  public Apportionment apportion(long total, Collection<QuotaUnit> units) {
    return apportion(total, QuotaUnits.of(units));
  }

  /**
   * Shares places among validated units.
   *
   * @param total  the places to share, {@code 0 <= total <= Integer.MAX_VALUE}
   * @param units  the units, not null
   * @return the apportionment, never null
   * @throws IllegalArgumentException if the total is out of range, the floors sum above the total, or the caps (and
   *     the floors of units with weight 0) leave too little room; the message names the units
   * @throws TiedApportionmentException in strict mode, if units tie for the last places
   */
  public Apportionment apportion(long total, QuotaUnits units) {
    checkNotNull(units, "units");
    checkTotal(total);
    int[] places = new int[units.size()];
    ApportionmentEngine.Request request = ApportionmentEngine.Request.of(method, total, units.rawWeights(), places)
        .withBounds(units.rawFloors(), units.rawCaps()).withRank(units.keyRanks());
    UnitKey[] keys = units.rawKeys();
    String problem = ApportionmentEngine.infeasibility(request, i -> keys[i].toString());
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    ApportionmentEngine.Outcome outcome = ApportionmentEngine.exact().apportion(request);
    if (outcome.tied() && tieBreaking == TieBreaking.STRICT) {
      throw tie(outcome, keys, method);
    }
    return new Apportionment(this, total, units, places, outcome);
  }

  static void checkTotal(long total) {
    checkArgument(total >= 0, "quota total must be >= 0, but was %s", total);
    checkArgument(total <= Integer.MAX_VALUE, "quota total must be <= %s, but was %s", Integer.MAX_VALUE, total);
  }

  static TiedApportionmentException tie(ApportionmentEngine.Outcome outcome, UnitKey[] keys,
      ApportionmentMethod method) {
    List<UnitKey> tied = new ArrayList<>();
    for (int i : outcome.tieWinners()) {
      tied.add(keys[i]);
    }
    for (int i : outcome.tieLosers()) {
      tied.add(keys[i]);
    }
    String detail = method.isDivisorMethod() ? "equal priorities at the divisor under " + method.key()
        : "equal remainders under largest_remainder";
    return new TiedApportionmentException(ImmutableList.sortedCopyOf(tied), outcome.tieWinners().length, detail);
  }
}
