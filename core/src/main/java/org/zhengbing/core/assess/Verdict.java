package org.zhengbing.core.assess;

import java.util.Locale;

/** The verdict on one assessed rate against its target. */
public enum Verdict {
  /** The target is met (达标). */
  MET,
  /** The target is not met (未达标). */
  NOT_MET,
  /** No target is in force for the region and date. */
  NO_TARGET,
  /** The rate is undefined: its denominator is 0. */
  UNDEFINED;

  /**
   * Returns the key used in explanations, such as {@code not_met}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
