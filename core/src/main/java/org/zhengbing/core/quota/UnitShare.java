package org.zhengbing.core.quota;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One unit's part of an {@link Apportionment}: its weight, its exact quota, the places it got and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitShare {

  UnitShare() {}

  /**
   * Returns the unit's key.
   *
   * @return the key, never null
   */
  public abstract UnitKey key();

  /**
   * Returns the unit's weight.
   *
   * @return the weight, {@code >= 0}
   */
  public abstract long weight();

  /**
   * Returns the unit's floor, 0 if none.
   *
   * @return the floor
   */
  public abstract int floor();

  /**
   * Returns the unit's cap, if it has one.
   *
   * @return the cap, or empty
   */
  public abstract OptionalInt cap();

  /**
   * Returns the standard quota {@code total × weight / weight sum}, exactly.
   *
   * @return the quota, never null
   */
  public abstract Fraction standardQuota();

  /**
   * Returns the quota the method rounded: for largest remainder the quota at the scale where floors and caps hold
   * (the standard quota when none binds; a unit held at a bound has its bound); for D'Hondt, Sainte-Laguë and
   * Adams {@code weight / divisor}. Empty for Huntington-Hill (whose rounding compares the square of this quota,
   * see {@link Apportionment#divisorSquared()}) and where no place was given beyond the floors.
   *
   * @return the quota, if rational and defined
   */
  public abstract Optional<Fraction> roundedQuota();

  /**
   * Returns the places the unit got.
   *
   * @return the places, {@code >= 0}
   */
  public abstract int places();

  /**
   * Returns why the unit got its places.
   *
   * @return the reason, never null
   */
  public abstract PlaceReason reason();

  static UnitShare of(UnitKey key, long weight, int floor, OptionalInt cap, Fraction standardQuota,
      Optional<Fraction> roundedQuota, int places, PlaceReason reason) {
    return ImmutableUnitShare.builder().key(key).weight(weight).floor(floor).cap(cap).standardQuota(standardQuota)
        .roundedQuota(roundedQuota).places(places).reason(reason).build();
  }
}
