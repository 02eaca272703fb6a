package org.zhengbing.core.assess;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Units ranked by score over one period (考评排名). Higher scores rank first. The tie rule: units with equal
 * scores share the better rank and the next rank is skipped (1, 2, 2, 4); within a tie, units are listed by name in
 * Unicode code point order, so the order does not depend on the order of the input.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ranking {

  Ranking() {}

  /** One place in a ranking. */
  @Value.Immutable
  public abstract static class Place {
    Place() {}

    /** @return the 1-based position in the list, unique */
    public abstract int position();

    /** @return the rank, shared by equal scores */
    public abstract int rank();

    /** @return the unit's score with its items */
    public abstract UnitScore score();

    /** @return true if another unit has the same score */
    public abstract boolean tied();

    static Place of(int position, int rank, UnitScore score, boolean tied) {
      return ImmutablePlace.builder().position(position).rank(rank).score(score).tied(tied).build();
    }
  }

  /** @return the places, best first */
  public abstract ImmutableList<Place> places();

  /**
   * Returns a unit's place.
   *
   * @param unit  the unit, not null
   * @return the place, or empty if the unit is not ranked
   */
  public Optional<Place> place(String unit) {
    return places().stream().filter(p -> p.score().unit().equals(unit)).findFirst();
  }

  static Ranking of(Iterable<Place> places) {
    return ImmutableRanking.builder().addAllPlaces(places).build();
  }
}
