package org.zhengbing.policy.accounts;

import java.util.Optional;

/**
 * Why an item of the political or growth account applies to a person: one constant per rule the calculator checks
 * against the profile, for renderers to put into words (each has a resource-bundle key, {@link #key()}).
 */
public enum ItemReason {
  /** Applies to every recruit and his or her family. */
  EVERY_RECRUIT("every_recruit"),
  /** Applies to every conscript after discharge. */
  EVERY_VETERAN("every_veteran"),
  /** Stated to every candidate, neutrally: what refusing or evading service costs. */
  REFUSAL_STATED("refusal_stated"),
  /** The soldier received second-class merit (二等功) or a higher award. */
  SECOND_CLASS_MERIT_OR_HIGHER("second_class_merit_or_higher"),
  /** A college graduate whose service reaches the years the reserved posts require. */
  GRADUATE_LONG_SERVICE("graduate_long_service"),
  /** A college student, admitted or enrolled, who enlists before finishing. */
  ENROLLED_STUDENT("enrolled_student"),
  /** A bachelor's student or graduate, on the path to the postgraduate entrance exam. */
  BACHELOR_PATH("bachelor_path"),
  /** A junior-college (专科) student. */
  JUNIOR_COLLEGE_STUDENT("junior_college_student"),
  /** A local item the region of enlistment adds for everyone who enlists there. */
  LOCAL_ITEM("local_item");

  private final String key;

  ItemReason(String key) {
    this.key = key;
  }

  /**
   * Returns the key for JSON and resource bundles, such as {@code every_recruit}.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Finds the reason with a key.
   *
   * @param key  the key, not null
   * @return the reason, or empty if no reason has the key
   */
  public static Optional<ItemReason> ofKey(String key) {
    for (ItemReason r : values()) {
      if (r.key.equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
