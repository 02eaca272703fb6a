package org.zhengbing.policy.profile;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a candidate profile is impossible or malformed: a graduate born last year, negative tuition, an
 * unknown JSON field. The message names the field and the offending value; {@link #field()} gives the field's path
 * as written in profile JSON, such as {@code birthDate} or {@code academicYears[1].tuitionPaid}, so an integrator
 * can point at the input to fix.
 */
public final class InvalidProfileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The path of the offending field. */
  private final String field;

  /**
   * Creates an exception.
   *
   * @param field  the field's path, such as {@code academicYears[1].tuitionPaid}, not null
   * @param message  the message, which names the field and the value, not null
   */
  public InvalidProfileException(String field, String message) {
    super(checkNotNull(message, "message"));
    this.field = checkNotNull(field, "field");
  }

  /**
   * Returns the path of the offending field as written in profile JSON ({@code $} for the document itself).
   *
   * @return the path, never null
   */
  public String field() {
    return field;
  }
}
