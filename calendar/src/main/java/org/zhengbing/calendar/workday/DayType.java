package org.zhengbing.calendar.workday;

import org.zhengbing.core.explain.LocalizedText;

/**
 * The kind of a day in China's working-day calendar.
 */
public enum DayType {
  /** A Monday to Friday that is worked (工作日). */
  WORKDAY("工作日", "working day", true),
  /** A Saturday or Sunday that is not worked (休息日). */
  WEEKEND("休息日", "weekend", false),
  /** A day off of a statutory holiday arrangement (节假日放假). */
  HOLIDAY("节假日", "holiday", false),
  /** A Saturday or Sunday worked in exchange for a holiday day off (调休上班). */
  ADJUSTED_WORKDAY("调休上班日", "adjusted working day", true);

  private final LocalizedText label;
  private final boolean working;

  DayType(String zh, String en, boolean working) {
    this.label = LocalizedText.of(zh, en);
    this.working = working;
  }

  /**
   * Returns the label in Chinese and English.
   *
   * @return the label, never null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns true for the two kinds of day that are worked.
   *
   * @return whether such a day is a working day
   */
  public boolean isWorkingDay() {
    return working;
  }
}
