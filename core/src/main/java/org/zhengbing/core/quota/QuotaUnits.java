package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The units an apportionment shares places among, validated once and held in primitive arrays so that the same
 * units can be apportioned by several methods and totals without copying.
 *
 * <p>Keys are distinct; weights are {@code >= 0} and sum to at most {@link Long#MAX_VALUE}; each floor is at most
 * its cap. The order given is kept: results list units in this order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuotaUnits {

  private final UnitKey[] keys;
  private final long[] weights;
  private final int @Nullable [] floors;
  private final int @Nullable [] caps;
  private final long weightSum;
  private volatile @Nullable ImmutableMap<UnitKey, Integer> index;
  /** Each position's rank in key order, or null when the keys are given sorted (the usual case). */
  private final int @Nullable [] keyRanks;

  private QuotaUnits(UnitKey[] keys, long[] weights, int @Nullable [] floors, int @Nullable [] caps,
      long weightSum, int @Nullable [] keyRanks) {
    this.keyRanks = keyRanks;
    this.keys = keys;
    this.weights = weights;
    this.floors = floors;
    this.caps = caps;
    this.weightSum = weightSum;
  }

  /**
   * Obtains units from a collection, in its iteration order.
   *
   * @param units  the units, with distinct keys, not null
   * @return the units, never null
   * @throws IllegalArgumentException if two units have the same key, or the weights sum past {@link Long#MAX_VALUE}
   */
  public static QuotaUnits of(Collection<QuotaUnit> units) {
    checkNotNull(units, "units");
    int n = units.size();
    UnitKey[] keys = new UnitKey[n];
    long[] weights = new long[n];
    int[] floors = new int[n];
    int[] caps = new int[n];
    boolean anyFloor = false;
    boolean anyCap = false;
    int i = 0;
    for (QuotaUnit u : units) {
      checkNotNull(u, "unit");
      keys[i] = u.key();
      weights[i] = u.weight();
      floors[i] = u.floor();
      caps[i] = u.rawCap();
      anyFloor |= u.floor() > 0;
      anyCap |= u.rawCap() != QuotaUnit.NO_CAP;
      i++;
    }
    return create(keys, weights, anyFloor ? floors : null, anyCap ? caps : null);
  }

  /**
   * Obtains units from keys and weights, without floors or caps.
   *
   * @param keys  the keys, distinct, not null
   * @param weights  the weights, one per key, each {@code >= 0}, not null; copied
   * @return the units, never null
   * @throws IllegalArgumentException if the lengths differ, a weight is negative, a key repeats, or the weights sum
   *     past {@link Long#MAX_VALUE}
   */
  public static QuotaUnits ofWeights(List<UnitKey> keys, long[] weights) {
    checkNotNull(keys, "keys");
    checkNotNull(weights, "weights");
    checkArgument(keys.size() == weights.length, "weights must be given one per key, but there were %s keys and "
        + "%s weights", keys.size(), weights.length);
    UnitKey[] k = keys.toArray(new UnitKey[0]);
    for (int i = 0; i < k.length; i++) {
      checkNotNull(k[i], "key");
      checkArgument(weights[i] >= 0, "weight of unit %s must be >= 0, but was %s", k[i], weights[i]);
    }
    return create(k, weights.clone(), null, null);
  }

  private static QuotaUnits create(UnitKey[] keys, long[] weights, int @Nullable [] floors, int @Nullable [] caps) {
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      try {
        sum = Math.addExact(sum, weights[i]);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("weights must sum to at most " + Long.MAX_VALUE + ", but they overflow "
            + "at unit " + keys[i]);
      }
    }
    Map<UnitKey, Integer> seen = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      Integer old = seen.put(keys[i], i);
      if (old != null) {
        throw new IllegalArgumentException("unit keys must be distinct, but " + keys[i] + " appears at positions "
            + old + " and " + i);
      }
    }
    QuotaUnits u = new QuotaUnits(keys, weights, floors, caps, sum, keyRanks(keys));
    u.index = ImmutableMap.copyOf(seen);
    return u;
  }

  /** Each position's rank in key order; null when the keys are sorted, so that position order is key order. */
  private static int @Nullable [] keyRanks(UnitKey[] keys) {
    boolean sorted = true;
    for (int i = 1; i < keys.length && sorted; i++) {
      sorted = keys[i - 1].compareTo(keys[i]) < 0;
    }
    if (sorted) {
      return null;
    }
    Integer[] byKey = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      byKey[i] = i;
    }
    Arrays.sort(byKey, (a, b) -> keys[a].compareTo(keys[b]));
    int[] rank = new int[keys.length];
    for (int r = 0; r < keys.length; r++) {
      rank[byKey[r]] = r;
    }
    return rank;
  }

  /**
   * Returns the number of units.
   *
   * @return the size
   */
  public int size() {
    return keys.length;
  }

  /**
   * Returns the key of the unit at a position.
   *
   * @param position  the position, {@code 0 <= position < size()}
   * @return the key, never null
   */
  public UnitKey key(int position) {
    checkElementIndex(position, keys.length);
    return keys[position];
  }

  /**
   * Returns the unit at a position.
   *
   * @param position  the position, {@code 0 <= position < size()}
   * @return the unit, never null
   */
  public QuotaUnit unit(int position) {
    checkElementIndex(position, keys.length);
    QuotaUnit u = QuotaUnit.of(keys[position], weights[position]);
    if (caps != null && caps[position] != QuotaUnit.NO_CAP) {
      u = u.withCap(caps[position]);
    }
    return floors == null ? u : u.withFloor(floors[position]);
  }

  /**
   * Returns the units, in order.
   *
   * @return the units, never null
   */
  public ImmutableList<QuotaUnit> units() {
    ImmutableList.Builder<QuotaUnit> b = ImmutableList.builderWithExpectedSize(keys.length);
    for (int i = 0; i < keys.length; i++) {
      b.add(unit(i));
    }
    return b.build();
  }

  /**
   * Returns the keys, in order.
   *
   * @return the keys, never null
   */
  public ImmutableList<UnitKey> keys() {
    return ImmutableList.copyOf(keys);
  }

  /**
   * Returns the position of a unit.
   *
   * @param key  the key, not null
   * @return the position, or empty if no unit has the key
   */
  public Optional<Integer> positionOf(UnitKey key) {
    checkNotNull(key, "key");
    ImmutableMap<UnitKey, Integer> idx = index;
    return Optional.ofNullable(idx == null ? null : idx.get(key));
  }

  /**
   * Returns the sum of the weights.
   *
   * @return the sum, {@code >= 0}
   */
  public long weightSum() {
    return weightSum;
  }

  /**
   * Returns true if any unit has a floor or a cap.
   *
   * @return whether constraints are present
   */
  public boolean hasConstraints() {
    return floors != null || caps != null;
  }

  int @Nullable [] keyRanks() {
    return keyRanks;
  }

  long[] rawWeights() {
    return weights;
  }

  int @Nullable [] rawFloors() {
    return floors;
  }

  int @Nullable [] rawCaps() {
    return caps;
  }

  UnitKey[] rawKeys() {
    return keys;
  }

  @Override
  public String toString() {
    return "QuotaUnits" + (keys.length <= 10 ? Arrays.toString(keys) : "[" + keys.length + " units]");
  }
}
