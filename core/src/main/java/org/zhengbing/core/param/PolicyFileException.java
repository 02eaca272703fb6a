package org.zhengbing.core.param;

import org.zhengbing.core.io.MalformedFileException;

/**
 * Thrown when a policy file is malformed: a syntax error, an unknown or duplicate key, a wrong type, a missing
 * citation, a bad region code or date, or overlapping effective ranges.
 *
 * <p>The message starts with {@code file:line:column:} and names the offending value.
 */
public final class PolicyFileException extends MalformedFileException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param file  the file or resource name, not null
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param problem  what is wrong, naming the offending value, not null
   */
  public PolicyFileException(String file, int line, int column, String problem) {
    super(file, line, column, problem);
  }
}
