package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Step;

/**
 * The result of sharing a whole number of places among units: each unit's places, its exact quota, the scale or
 * divisor used, the units that got extra places and why, the floors and caps that bound, any tie and how it was
 * broken, and an {@link Explanation} that reconciles with the places.
 *
 * <p>The places are held in a primitive array; {@link #explanation()} and the per-unit views are built on first
 * use, so apportioning 620,573 villages costs little until the details are asked for. The explanation's last step
 * ({@code quota.apportion.result}) lists every unit's places in unit order and is checked against them when built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Apportionment {

  private final ApportionmentMethod method;
  private final TieBreaking tieBreaking;
  private final long total;
  private final QuotaUnits units;
  private final int[] places;
  private final ApportionmentEngine.Outcome outcome;
  private final long scaleNumerator;
  private final long scaleDenominator;
  private final int thresholdUnit;
  private final int thresholdPlace;
  private final Supplier<Explanation> explanation = Suppliers.memoize(this::explain);

  /** The result of an apportioner's request on units: their places and what the engine found. */
  Apportionment(QuotaApportioner apportioner, long total, QuotaUnits units, int[] places,
      ApportionmentEngine.Outcome outcome) {
    this.method = apportioner.method();
    this.tieBreaking = apportioner.tieBreaking();
    this.total = total;
    this.units = units;
    this.places = places;
    this.outcome = outcome;
    this.scaleNumerator = outcome.scaleNumerator();
    this.scaleDenominator = outcome.scaleDenominator();
    this.thresholdUnit = outcome.thresholdUnit();
    this.thresholdPlace = outcome.thresholdPlace();
  }

  /**
   * Returns the method used.
   *
   * @return the method, never null
   */
  public ApportionmentMethod method() {
    return method;
  }

  /**
   * Returns how ties were to be handled.
   *
   * @return the tie handling, never null
   */
  public TieBreaking tieBreaking() {
    return tieBreaking;
  }

  /**
   * Returns the number of places shared out.
   *
   * @return the total, {@code >= 0}
   */
  public long total() {
    return total;
  }

  /**
   * Returns the units, in the order given.
   *
   * @return the units, never null
   */
  public QuotaUnits units() {
    return units;
  }

  /**
   * Returns the places of a unit.
   *
   * @param key  the unit's key, not null
   * @return the places, {@code >= 0}
   * @throws IllegalArgumentException if no unit has the key
   */
  public int places(UnitKey key) {
    return places[position(key)];
  }

  /**
   * Returns the places of the unit at a position of {@link #units()}.
   *
   * @param position  the position
   * @return the places, {@code >= 0}
   */
  public int placesAt(int position) {
    checkElementIndex(position, places.length);
    return places[position];
  }

  /**
   * Returns every unit's places, in unit order.
   *
   * @return the places by unit, never null
   */
  public ImmutableMap<UnitKey, Integer> placesByUnit() {
    ImmutableMap.Builder<UnitKey, Integer> b = ImmutableMap.builderWithExpectedSize(places.length);
    for (int i = 0; i < places.length; i++) {
      b.put(units.key(i), places[i]);
    }
    return b.build();
  }

  /**
   * Returns a copy of the places, in unit order.
   *
   * @return the places, never null
   */
  public int[] toArray() {
    return places.clone();
  }

  private int position(UnitKey key) {
    checkNotNull(key, "key");
    return units.positionOf(key).orElseThrow(
        () -> new IllegalArgumentException("unit must be one of the apportioned units, but " + key + " is not"));
  }

  /**
   * Returns the scale {@code P/Q} of a largest-remainder apportionment: each unit not held at a floor or cap has the
   * quota {@code P × weight / Q}. Without binding floors or caps it is {@code total / weight sum}.
   *
   * @return the scale, or empty for a divisor method
   */
  public Optional<Fraction> scale() {
    return method.isDivisorMethod() ? Optional.empty() : Optional.of(Fraction.of(scaleNumerator, scaleDenominator));
  }

  /**
   * Returns the divisor of a D'Hondt, Sainte-Laguë or Adams apportionment: the priority of the last place given
   * beyond the floors, such that each unit's places are its weight divided by the divisor, rounded by the method's
   * rule (and held within its floor and cap).
   *
   * @return the divisor, or empty for largest remainder, Huntington-Hill, an infinite divisor or no place given
   */
  public Optional<Fraction> divisor() {
    if (!method.isDivisorMethod() || method == ApportionmentMethod.HUNTINGTON_HILL || thresholdUnit < 0) {
      return Optional.empty();
    }
    long w = units.rawWeights()[thresholdUnit];
    long k = thresholdPlace;
    switch (method) {
      case D_HONDT:
        return Optional.of(Fraction.of(w, k + 1));
      case SAINTE_LAGUE:
        return Optional.of(Fraction.of(BigInteger.valueOf(w).shiftLeft(1), BigInteger.valueOf(2 * k + 1)));
      default:
        return k == 0 ? Optional.empty() : Optional.of(Fraction.of(w, k));
    }
  }

  /**
   * Returns the square of the divisor of a divisor-method apportionment; for Huntington-Hill the divisor itself is
   * {@code weight / sqrt(k(k+1))}, irrational in general, so its square is what the exact comparison uses.
   *
   * @return the squared divisor, or empty for largest remainder, an infinite divisor or no place given
   */
  public Optional<Fraction> divisorSquared() {
    if (!method.isDivisorMethod() || thresholdUnit < 0) {
      return Optional.empty();
    }
    if (method != ApportionmentMethod.HUNTINGTON_HILL) {
      return divisor().map(d -> Fraction.of(d.numerator().pow(2), d.denominator().pow(2)));
    }
    long k = thresholdPlace;
    if (k == 0) {
      return Optional.empty();
    }
    BigInteger w = BigInteger.valueOf(units.rawWeights()[thresholdUnit]);
    return Optional.of(Fraction.of(w.multiply(w), BigInteger.valueOf(k).multiply(BigInteger.valueOf(k + 1))));
  }

  /**
   * Returns the unit whose last place set the divisor of a divisor method.
   *
   * @return the unit, or empty for largest remainder or if no place was given beyond the floors
   */
  public Optional<UnitKey> thresholdUnit() {
    return thresholdUnit < 0 ? Optional.empty() : Optional.of(units.key(thresholdUnit));
  }

  /**
   * Returns true if a tie for the last places was broken by the declared rule.
   *
   * @return whether a tie was broken
   */
  public boolean isTieBroken() {
    return outcome.tied();
  }

  /**
   * Returns the units that tied for the last places, winners and losers, in key order.
   *
   * @return the tied units, empty if none, never null
   */
  public ImmutableList<UnitKey> tiedUnits() {
    List<UnitKey> all = new ArrayList<>();
    for (int i : outcome.tieWinners()) {
      all.add(units.key(i));
    }
    for (int i : outcome.tieLosers()) {
      all.add(units.key(i));
    }
    return ImmutableList.sortedCopyOf(all);
  }

  /**
   * Returns the tied units the declared rule gave a place to, in unit order.
   *
   * @return the winners, empty if no tie, never null
   */
  public ImmutableList<UnitKey> tieWinners() {
    ImmutableList.Builder<UnitKey> b = ImmutableList.builder();
    for (int i : outcome.tieWinners()) {
      b.add(units.key(i));
    }
    return b.build();
  }

  /**
   * Returns the units held at their floor (the method alone would have given them fewer places), in unit order.
   *
   * @return the units, never null
   */
  public ImmutableList<UnitKey> boundFloors() {
    return keys(outcome.boundFloors());
  }

  /**
   * Returns the units held at their cap (the method alone would have given them more places), in unit order.
   *
   * @return the units, never null
   */
  public ImmutableList<UnitKey> boundCaps() {
    return keys(outcome.boundCaps());
  }

  private ImmutableList<UnitKey> keys(int[] positions) {
    ImmutableList.Builder<UnitKey> b = ImmutableList.builderWithExpectedSize(positions.length);
    for (int i : positions) {
      b.add(units.key(i));
    }
    return b.build();
  }

  /**
   * Returns the standard quota of a unit, {@code total × weight / weight sum}, exactly.
   *
   * @param key  the unit's key, not null
   * @return the quota, never null
   * @throws IllegalArgumentException if no unit has the key
   */
  public Fraction standardQuota(UnitKey key) {
    return standardQuotaAt(position(key));
  }

  private Fraction standardQuotaAt(int i) {
    long sum = units.weightSum();
    return sum == 0 ? Fraction.of(0, 1) : Fraction.ofProduct(total, units.rawWeights()[i], sum);
  }

  /**
   * Returns one unit's share: weight, quotas, places and the reason.
   *
   * @param key  the unit's key, not null
   * @return the share, never null
   * @throws IllegalArgumentException if no unit has the key
   */
  public UnitShare share(UnitKey key) {
    return shareAt(position(key));
  }

  /**
   * Returns every unit's share, in unit order.
   *
   * @return the shares, never null
   */
  public ImmutableList<UnitShare> shares() {
    ImmutableList.Builder<UnitShare> b = ImmutableList.builderWithExpectedSize(places.length);
    for (int i = 0; i < places.length; i++) {
      b.add(shareAt(i));
    }
    return b.build();
  }

  private UnitShare shareAt(int i) {
    long w = units.rawWeights()[i];
    int floor = units.rawFloors() == null ? 0 : units.rawFloors()[i];
    int rawCap = units.rawCaps() == null ? QuotaUnit.NO_CAP : units.rawCaps()[i];
    OptionalInt cap = rawCap == QuotaUnit.NO_CAP ? OptionalInt.empty() : OptionalInt.of(rawCap);
    boolean atFloor = contains(outcome.boundFloors(), i);
    boolean atCap = contains(outcome.boundCaps(), i);
    Optional<Fraction> rounded;
    if (atFloor) {
      rounded = Optional.of(Fraction.of(floor, 1));
    } else if (atCap) {
      rounded = Optional.of(Fraction.of(rawCap, 1));
    } else if (!method.isDivisorMethod()) {
      rounded = Optional.of(Fraction.ofProduct(scaleNumerator, w, scaleDenominator));
    } else {
      rounded = divisor().map(d -> Fraction.of(BigInteger.valueOf(w).multiply(d.denominator()), d.numerator()));
    }
    return UnitShare.of(units.key(i), w, floor, cap, standardQuotaAt(i), rounded, places[i], reason(i, w, floor, atFloor, atCap));
  }

  private PlaceReason reason(int i, long w, int floor, boolean atFloor, boolean atCap) {
    if (w == 0 && floor == 0) {
      return PlaceReason.ZERO_WEIGHT;
    }
    if (contains(outcome.tieWinners(), i)) {
      return PlaceReason.TIE_WON;
    }
    if (contains(outcome.tieLosers(), i)) {
      return PlaceReason.TIE_LOST;
    }
    if (atFloor) {
      return PlaceReason.FLOOR;
    }
    if (atCap) {
      return PlaceReason.CAP;
    }
    if (method.isDivisorMethod()) {
      return PlaceReason.DIVISOR_ROUNDING;
    }
    BigInteger whole = BigInteger.valueOf(scaleNumerator).multiply(BigInteger.valueOf(w))
        .divide(BigInteger.valueOf(scaleDenominator));
    return places[i] > whole.longValueExact() ? PlaceReason.LARGEST_REMAINDER : PlaceReason.QUOTA_ROUNDED_DOWN;
  }

  private static boolean contains(int[] sorted, int i) {
    return java.util.Arrays.binarySearch(sorted, i) >= 0;
  }

  /**
   * Returns the explanation: the method and totals, the scale or divisor, one step per unit (weight, exact quota,
   * reason, places), the tie if any, and the places of every unit as the result. Built on first use.
   *
   * @return the explanation, never null
   */
  public Explanation explanation() {
    return explanation.get();
  }

  private static Datum text(String s) {
    return Datum.of(LocalizedText.of(s, s));
  }

  private static Datum big(BigInteger b) {
    return Datum.of(new BigDecimal(b));
  }

  private Explanation explain() {
    List<Step> steps = new ArrayList<>(places.length + 4);
    steps.add(Step.builder().rule("quota.apportion.setup")
        .addInputs(Input.of("method", new Datum.OfEnum("apportionment_method", method.key())))
        .addInputs(Input.of("total", Datum.of(total)))
        .addInputs(Input.of("units", Datum.of(places.length)))
        .addInputs(Input.of("weight_sum", Datum.of(units.weightSum())))
        .addInputs(Input.of("tie_rule", new Datum.OfEnum("tie_breaking", tieBreaking.name().toLowerCase(
            java.util.Locale.ROOT))))
        .result(Datum.of(total)).build());
    long denominator;
    if (!method.isDivisorMethod()) {
      denominator = scaleDenominator;
      steps.add(Step.builder().rule("quota.apportion.scale")
          .addInputs(Input.of("free_places", Datum.of(scaleNumerator)))
          .addInputs(Input.of("free_weight", Datum.of(scaleDenominator)))
          .addInputs(Input.of("bound_floors", Datum.of(boundFloors().size())))
          .addInputs(Input.of("bound_caps", Datum.of(boundCaps().size())))
          .result(Datum.of(scaleNumerator)).build());
    } else {
      denominator = Math.max(1, units.weightSum());
      Step.Builder d = Step.builder().rule("quota.apportion.divisor");
      if (thresholdUnit >= 0) {
        d.addInputs(Input.of("threshold_unit", text(units.key(thresholdUnit).toString())))
            .addInputs(Input.of("threshold_weight", Datum.of(units.rawWeights()[thresholdUnit])))
            .addInputs(Input.of("threshold_place", Datum.of(thresholdPlace + 1L)));
        Optional<Fraction> sq = divisorSquared();
        Optional<Fraction> div = divisor();
        if (div.isPresent()) {
          d.addInputs(Input.of("divisor_numerator", big(div.get().numerator())))
              .addInputs(Input.of("divisor_denominator", big(div.get().denominator())));
        } else if (sq.isPresent()) {
          d.addInputs(Input.of("divisor_squared_numerator", big(sq.get().numerator())))
              .addInputs(Input.of("divisor_squared_denominator", big(sq.get().denominator())));
        }
      }
      steps.add(d.result(Datum.of(total)).build());
    }
    long sum = units.weightSum();
    for (int i = 0; i < places.length; i++) {
      UnitShare s = shareAt(i);
      long w = s.weight();
      long numerator = method.isDivisorMethod() ? total : scaleNumerator;
      BigInteger[] qr = sum == 0 ? new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO}
          : BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(w))
              .divideAndRemainder(BigInteger.valueOf(denominator));
      Step.Builder b = Step.builder().rule("quota.apportion.unit")
          .addInputs(Input.of("unit", text(s.key().toString())))
          .addInputs(Input.of("weight", Datum.of(w)))
          .addInputs(Input.of("quota_whole", big(qr[0])))
          .addInputs(Input.of("quota_remainder", big(qr[1])))
          .addInputs(Input.of("quota_denominator", Datum.of(denominator)));
      if (s.floor() > 0) {
        b.addInputs(Input.of("floor", Datum.of(s.floor())));
      }
      if (s.cap().isPresent()) {
        b.addInputs(Input.of("cap", Datum.of(s.cap().getAsInt())));
      }
      b.addInputs(Input.of("reason", new Datum.OfEnum("place_reason", s.reason().key())));
      steps.add(b.result(Datum.of(s.places())).build());
    }
    if (isTieBroken()) {
      ImmutableList.Builder<Datum> tied = ImmutableList.builder();
      for (UnitKey k : tiedUnits()) {
        tied.add(text(k.toString()));
      }
      ImmutableList.Builder<Datum> won = ImmutableList.builder();
      for (UnitKey k : tieWinners()) {
        won.add(text(k.toString()));
      }
      steps.add(Step.builder().rule("quota.apportion.tie")
          .addInputs(Input.of("tied_units", new Datum.OfList(Datum.Kind.TEXT, tied.build())))
          .addInputs(Input.of("winners", new Datum.OfList(Datum.Kind.TEXT, won.build())))
          .addInputs(Input.of("tie_rule", text("larger weight, then unit key")))
          .result(Datum.of(outcome.tieWinners().length)).build());
    }
    Datum result = resultDatum();
    steps.add(Step.builder().rule("quota.apportion.result")
        .addInputs(Input.of("total", Datum.of(total)))
        .result(result).build());
    return Explanation.of(steps).requireResult(result);
  }

  private Datum resultDatum() {
    ImmutableList.Builder<Datum> b = ImmutableList.builderWithExpectedSize(places.length);
    for (int p : places) {
      b.add(Datum.of(p));
    }
    return new Datum.OfList(Datum.Kind.INTEGER, b.build());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Apportionment[").append(method.key()).append(", ").append(total)
        .append(" places");
    for (int i = 0; i < Math.min(10, places.length); i++) {
      s.append(i == 0 ? ": " : ", ").append(units.key(i)).append('=').append(places[i]);
    }
    return s.append(places.length > 10 ? ", ...]" : "]").toString();
  }
}
