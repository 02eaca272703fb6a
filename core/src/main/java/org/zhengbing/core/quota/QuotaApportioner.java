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
 * point. When {@code total × weight sum} fits in 63 bits (nearly every real input) a {@code long} fast path gives
 * the same result, and from 2,048 units without floors or caps the search counts in vector lanes: 620,573 units
 * take about two milliseconds. A unit with weight 0 gets its floor and no more.
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
  private final boolean generalOnly;
  private final boolean fixedPoint;

  private QuotaApportioner(ApportionmentMethod method, TieBreaking tieBreaking, boolean generalOnly,
      boolean fixedPoint) {
    this.method = method;
    this.tieBreaking = tieBreaking;
    this.generalOnly = generalOnly;
    this.fixedPoint = fixedPoint;
  }

  /**
   * Obtains an apportioner that breaks ties by the declared rule.
   *
   * @param method  the method, not null
   * @return the apportioner, never null
   */
  public static QuotaApportioner of(ApportionmentMethod method) {
    checkNotNull(method, "method");
    return new QuotaApportioner(method, TieBreaking.LARGER_WEIGHT_THEN_KEY, false, true);
  }

  /**
   * Returns a copy with another tie handling.
   *
   * @param tieBreaking  the tie handling, not null
   * @return the apportioner, never null
   */
  public QuotaApportioner withTieBreaking(TieBreaking tieBreaking) {
    checkNotNull(tieBreaking, "tieBreaking");
    return new QuotaApportioner(method, tieBreaking, generalOnly, fixedPoint);
  }

  /**
   * Returns a copy that always takes the general exact path (heap stepping and 128-bit or BigInteger arithmetic),
   * never the {@code long} fast paths; for tests that compare the two.
   */
  QuotaApportioner generalPathOnly() {
    return new QuotaApportioner(method, tieBreaking, true, false);
  }

  /**
   * Returns a copy that takes the scalar {@code long} fast paths but never the fixed-point (vector-lane) ones; for
   * tests that keep the scalar paths covered on inputs the fixed-point paths would take.
   */
  QuotaApportioner scalarPathsOnly() {
    return new QuotaApportioner(method, tieBreaking, false, false);
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
    int n = units.size();
    UnitKey[] keys = units.rawKeys();
    // without floors or caps only an all-zero weight vector can be infeasible
    if (units.hasConstraints() || units.weightSum() == 0) {
      String problem = ApportionmentKernel.infeasibility(total, units.rawWeights(), units.rawFloors(),
          units.rawCaps(), 0, n, i -> keys[i].toString());
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    ApportionmentKernel kernel = new ApportionmentKernel(n, generalOnly, fixedPoint);
    int[] places = new int[n];
    kernel.apportion(method, total, units.rawWeights(), units.rawFloors(), units.rawCaps(), 0, n, places,
        units.tieOrder(), units.weightSum(), units.maxWeight(), units.positiveCount());
    if (kernel.tied() && tieBreaking == TieBreaking.STRICT) {
      throw tie(kernel, keys, method);
    }
    byte[] states = null;
    if (units.hasConstraints() || kernel.constrained) {
      states = new byte[n];
      for (int i = 0; i < n; i++) {
        states[i] = kernel.state(i);
      }
    }
    return new Apportionment(method, tieBreaking, total, units, places, states, kernel.scaleNumerator,
        kernel.scaleDenominator, kernel.firstPlacesTied ? new int[0] : kernel.winners(),
        kernel.firstPlacesTied ? new int[0] : kernel.losers(), kernel.firstPlacesTied, kernel.thresholdUnit,
        kernel.thresholdPlace);
  }

  static void checkTotal(long total) {
    checkArgument(total >= 0, "quota total must be >= 0, but was %s", total);
    checkArgument(total <= Integer.MAX_VALUE, "quota total must be <= %s, but was %s", Integer.MAX_VALUE, total);
  }

  static TiedApportionmentException tie(ApportionmentKernel kernel, UnitKey[] keys, ApportionmentMethod method) {
    List<UnitKey> tied = new ArrayList<>();
    for (int i : kernel.winners()) {
      tied.add(keys[i]);
    }
    for (int i : kernel.losers()) {
      tied.add(keys[i]);
    }
    String detail = method.isDivisorMethod() ? "equal priorities at the divisor under " + method.key()
        : "equal remainders under largest_remainder";
    return new TiedApportionmentException(ImmutableList.sortedCopyOf(tied), kernel.winners().length, detail);
  }
}
