package org.zhengbing.calendar;

import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.region.RegionCode;

/**
 * Thrown when the policy does not cover a conscription year for a region: a calendar parameter has no value in
 * force on 1 January of the year, and no pattern applies. Zhengbing never guesses a year's calendar.
 */
public final class UnknownYearException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The year asked for. */
  private final int year;
  /** The region asked for, as its code (kept as text so that the exception serializes). */
  private final String region;
  /** The first parameter found missing. */
  private final String key;

  UnknownYearException(int year, RegionCode region, ParameterNotFoundException cause) {
    super("no conscription calendar for " + year + " in region " + region + ": parameter '" + cause.key()
        + "' has no value in force on " + year + "-01-01 (calendar parameters of a year are those in force on "
        + "1 January); the policy does not cover " + year + ", so add the year's values to a policy file", cause);
    this.year = year;
    this.region = region.toString();
    this.key = cause.key();
  }

  /**
   * Returns the year asked for.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the region asked for.
   *
   * @return the region, never null
   */
  public RegionCode region() {
    return RegionCode.of(region);
  }

  /**
   * Returns the first parameter found missing.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }
}
