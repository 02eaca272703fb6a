package org.zhengbing.calendar;

/**
 * A person's sex, which selects registration windows and age limits (男兵、女兵).
 */
public enum Sex {
  /** Male (男). */
  MALE,
  /** Female (女). */
  FEMALE
}
