package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The seam between the public apportionment types and the arithmetic: {@link QuotaApportioner} and
 * {@link QuotaCascader} describe a problem as a {@link Request} over a slice of primitive arrays and read the places
 * and an {@link Outcome} back. {@link ExactEngine} is the one implementation.
 */
interface ApportionmentEngine {

  /**
   * Apportions {@code request.total()} places among the units of the request's slice, writing their places into
   * {@code request.out()} at the same positions. The caller has checked {@link #infeasibility}.
   *
   * @param request  the problem, not null
   * @return the bounds, the tie and the scale or threshold found, never null
   */
  Outcome apportion(Request request);

  /** Returns the exact engine; one per thread (it reuses scratch arrays). */
  static ApportionmentEngine exact() {
    return new ExactEngine();
  }

  /**
   * A problem: a method and total, and the units {@code [from, to)} of weight, floor and cap arrays (floors and caps
   * may be null for none; a cap of {@link QuotaUnit#NO_CAP} is none). Units that tie on priority and weight go in
   * {@code rank} order (smaller first), or in position order when {@code rank} is null.
   */
  record Request(ApportionmentMethod method, long total, long[] weights, int @Nullable [] floors,
      int @Nullable [] caps, int from, int to, int @Nullable [] rank, int[] out) {

    public Request {
      checkNotNull(method, "method");
      checkArgument(0 <= from && from <= to && to <= weights.length && to <= out.length, "slice [%s, %s)", from, to);
    }

    /** A problem over all of {@code weights}, without floors or caps, in position order. */
    static Request of(ApportionmentMethod method, long total, long[] weights, int[] out) {
      return new Request(method, total, weights, null, null, 0, weights.length, null, out);
    }

    Request withBounds(int @Nullable [] newFloors, int @Nullable [] newCaps) {
      return new Request(method, total, weights, newFloors, newCaps, from, to, rank, out);
    }

    Request withSlice(int newFrom, int newTo) {
      return new Request(method, total, weights, floors, caps, newFrom, newTo, rank, out);
    }

    Request withRank(int @Nullable [] newRank) {
      return new Request(method, total, weights, floors, caps, from, to, newRank, out);
    }

    Request withTotal(long newTotal) {
      return new Request(method, newTotal, weights, floors, caps, from, to, rank, out);
    }

    int floor(int i) {
      return floors == null ? 0 : floors[i];
    }

    /** The most places unit {@code i} can take: its floor at weight 0, else its cap. */
    int room(int i) {
      return weights[i] == 0 ? floor(i) : caps == null ? QuotaUnit.NO_CAP : caps[i];
    }
  }

  /**
   * What an apportionment found beyond the places, as sorted absolute positions: units held at their floor or cap,
   * and the tie for the last places (winners got one, losers did not). Largest remainder gives the scale
   * {@code P/Q}; a divisor method gives the threshold place (unit and place index, or -1 if no place was given
   * beyond the floors).
   */
  record Outcome(int[] boundFloors, int[] boundCaps, int[] tieWinners, int[] tieLosers, long scaleNumerator,
      long scaleDenominator, int thresholdUnit, int thresholdPlace) {

    boolean tied() {
      return tieWinners.length > 0;
    }
  }

  /**
   * Returns null if the request's total can be apportioned within its floors and caps, else a message that names
   * the units (through {@code name}), at most ten and then a count.
   */
  static @Nullable String infeasibility(Request r, IntFunction<String> name) {
    long floors = 0;
    long room = 0;
    for (int i = r.from(); i < r.to(); i++) {
      floors += r.floor(i);
      room += r.room(i);
    }
    boolean tooMany = floors > r.total();
    if (!tooMany && room >= r.total()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    int listed = 0;
    for (int i = r.from(); i < r.to(); i++) {
      String what = tooMany ? (r.floor(i) > 0 ? ">= " + r.floor(i) : null)
          : r.weights()[i] == 0 ? "weight 0, floor " + r.floor(i)
          : r.room(i) != QuotaUnit.NO_CAP ? "<= " + r.room(i) : null;
      if (what != null) {
        if (listed < 10) {
          s.append(listed == 0 ? "" : ", ").append(name.apply(i)).append(" ").append(what);
        }
        listed++;
      }
    }
    String more = listed > 10 ? ", and " + (listed - 10) + " more" : "";
    return tooMany
        ? "floors must not exceed the total of " + r.total() + " places, but they sum to " + floors + " (" + s
            + more + ")"
        : "caps must leave room for the total of " + r.total() + " places, but the units can take at most " + room
            + " (" + s + more + ")";
  }
}
