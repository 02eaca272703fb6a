package org.zhengbing.testkit;

/**
 * The rules a policy must conform to. Each has a stable id that reports and the JUnit tests name.
 */
public enum ConformanceRule {
  /** Every policy file reads without error (syntax, schema, conflicts with the files below it). */
  READABLE("readable", "every policy file reads without error"),
  /**
   * Every value is cited: a citation naming a document that is not a placeholder, and an ILLUSTRATIVE value says
   * why in a note.
   */
  CITED("cited", "every value is cited; an ILLUSTRATIVE value has a note"),
  /**
   * No gaps or overlaps in the covered dates: for each key and scope, from its earliest value to its last, every
   * day has exactly one value of that scope or of a broader one.
   */
  COVERAGE("coverage", "no gaps or overlaps in the covered dates of each key and region"),
  /**
   * Amounts and schedules reconcile: no negative amounts; the family payment's instalments over a full term add up
   * to the annual amount times the term, to within each instalment's rounding; a discharge payment for whole years
   * is the one-year payment times the years.
   */
  RECONCILE("reconcile", "amounts and schedules reconcile"),
  /**
   * Monotonicity where the rule promises it: more education never lowers an education uplift or a by-category
   * amount, and more service never lowers a discharge payment.
   */
  MONOTONIC("monotonic", "more education never lowers an uplift; more service never lowers a discharge payment"),
  /** The calendar's phases are in order for each covered year and region. */
  CALENDAR("calendar", "the calendar's phases are in order for each covered year"),
  /**
   * Office work is on working days: the physical examination, political assessment, pre-service education,
   * collective approval and public notice of each covered year start and end on a working day.
   */
  WORKING_DAYS("working-days", "no phase that needs working days starts or ends on a non-working day"),
  /**
   * One urban-rural standard: where {@code family_payment.urban_rural_unified} is in force (征兵工作条例 Art 62, from
   * 2023-05-01), the family payment does not differ by hukou type ({@code income_multiple} with different urban and
   * rural reference incomes) and the local subsidy pays rural soldiers no different share
   * ({@code local_subsidy.rural_fraction} other than 100%).
   */
  UNIFIED_STANDARD("unified-standard", "the family payment is one standard for urban and rural families");

  private final String id;
  private final String description;

  ConformanceRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /**
   * Returns the stable id, such as {@code coverage}.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns a one-line description in English.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}
