package org.zhengbing.core.param;

import java.time.LocalDate;

/**
 * Thrown when the policy has no value for a parameter in a region on a date: the key is not defined, or no value
 * of any scope covering the region is in force on the date. Zhengbing never falls back to a guess.
 */
public final class ParameterNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The parameter name asked for. */
  private final String key;
  /** The region or scope asked for, as text. */
  private final String region;
  /** The date asked for. */
  private final LocalDate date;

  ParameterNotFoundException(String key, String region, LocalDate date, String why) {
    super("no value of parameter '" + key + "' for region " + region + " on " + date + ": " + why);
    this.key = key;
    this.region = region;
    this.date = date;
  }

  /**
   * Returns the parameter key asked for.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the region asked for: a region code or {@code national}.
   *
   * @return the region, never null
   */
  public String region() {
    return region;
  }

  /**
   * Returns the date asked for.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }
}
