package org.zhengbing.core.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Thrown for a season record whose counts cannot be; names the unit, the season and the field, as in
 * {@code unit 石门镇, season 2026-SPRING, field approved: approved must not exceed double_qualified, but was 12 > 10}.
 */
public final class InvalidRecordException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The unit of the record. */
  private final String unit;
  /** The season of the record. */
  private final ConscriptionTerm season;
  /** The field found wrong. */
  private final String field;

  /**
   * Creates an exception.
   *
   * @param unit  the unit, not null
   * @param season  the season, not null
   * @param field  the field, as in record files ({@code approved}), not null
   * @param problem  the rule broken and the offending values, not null
   */
  public InvalidRecordException(String unit, ConscriptionTerm season, String field, String problem) {
    super("unit " + checkNotNull(unit, "unit") + ", season " + checkNotNull(season, "season") + ", field "
        + checkNotNull(field, "field") + ": " + checkNotNull(problem, "problem"));
    this.unit = unit;
    this.season = season;
    this.field = field;
  }

  /**
   * Returns the unit.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the season.
   *
   * @return the season, never null
   */
  public ConscriptionTerm season() {
    return season;
  }

  /**
   * Returns the field, as named in record files.
   *
   * @return the field, never null
   */
  public String field() {
    return field;
  }
}
