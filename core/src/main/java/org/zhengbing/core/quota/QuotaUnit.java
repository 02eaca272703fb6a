package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A unit that receives places: its key, its weight (registered eligible youths, double-qualified candidates or any
 * weight the office chooses), and optionally a floor (at least this many places) and a cap (at most this many).
 *
 * <pre>{@code
 * QuotaUnit.of(UnitKey.of(RegionCode.of("500116001")), 320).withFloor(1).withCap(40);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class QuotaUnit {

  /** The raw cap of a unit without one: no total reaches it. */
  static final int NO_CAP = Integer.MAX_VALUE;

  private final UnitKey key;
  private final long weight;
  private final int floor;
  private final int cap;

  private QuotaUnit(UnitKey key, long weight, int floor, int cap) {
    this.key = key;
    this.weight = weight;
    this.floor = floor;
    this.cap = cap;
  }

  /**
   * Obtains a unit without floor or cap.
   *
   * @param key  the unit's key, not null
   * @param weight  the weight, {@code >= 0}
   * @return the unit, never null
   * @throws IllegalArgumentException if the weight is negative
   */
  public static QuotaUnit of(UnitKey key, long weight) {
    checkNotNull(key, "key");
    checkArgument(weight >= 0, "weight of unit %s must be >= 0, but was %s", key, weight);
    return new QuotaUnit(key, weight, 0, NO_CAP);
  }

  /**
   * Returns a copy with a floor: the unit gets at least this many places.
   *
   * @param floor  the floor, {@code >= 0} and not above the cap
   * @return the unit, never null
   * @throws IllegalArgumentException if the floor is negative or above the cap
   */
  public QuotaUnit withFloor(int floor) {
    checkArgument(floor >= 0, "floor of unit %s must be >= 0, but was %s", key, floor);
    checkArgument(floor <= cap, "floor of unit %s must not exceed its cap %s, but was %s", key, cap, floor);
    return new QuotaUnit(key, weight, floor, cap);
  }

  /**
   * Returns a copy with a cap: the unit gets at most this many places.
   *
   * @param cap  the cap, {@code >= 0} and not below the floor
   * @return the unit, never null
   * @throws IllegalArgumentException if the cap is negative or below the floor
   */
  public QuotaUnit withCap(int cap) {
    checkArgument(cap >= 0, "cap of unit %s must be >= 0, but was %s", key, cap);
    checkArgument(cap >= floor, "cap of unit %s must not be below its floor %s, but was %s", key, floor, cap);
    checkArgument(cap < NO_CAP, "cap of unit %s must be below %s, but was %s", key,
        NO_CAP, cap);
    return new QuotaUnit(key, weight, floor, cap);
  }

  /**
   * Returns the key.
   *
   * @return the key, never null
   */
  public UnitKey key() {
    return key;
  }

  /**
   * Returns the weight.
   *
   * @return the weight, {@code >= 0}
   */
  public long weight() {
    return weight;
  }

  /**
   * Returns the floor, 0 if none was set.
   *
   * @return the floor, {@code >= 0}
   */
  public int floor() {
    return floor;
  }

  /**
   * Returns the cap, if one was set.
   *
   * @return the cap, or empty
   */
  public OptionalInt cap() {
    return cap == NO_CAP ? OptionalInt.empty() : OptionalInt.of(cap);
  }

  int rawCap() {
    return cap;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof QuotaUnit)) {
      return false;
    }
    QuotaUnit o = (QuotaUnit) obj;
    return key.equals(o.key) && weight == o.weight && floor == o.floor && cap == o.cap;
  }

  @Override
  public int hashCode() {
    return ((key.hashCode() * 31 + Long.hashCode(weight)) * 31 + floor) * 31 + cap;
  }

  @Override
  public String toString() {
    return key + " weight " + weight + (floor > 0 ? " floor " + floor : "")
        + (cap != NO_CAP ? " cap " + cap : "");
  }
}
