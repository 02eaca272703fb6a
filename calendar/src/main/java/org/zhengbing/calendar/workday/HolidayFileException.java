package org.zhengbing.calendar.workday;

import org.zhengbing.core.io.MalformedFileException;

/**
 * Thrown when a holiday data file is malformed: a syntax error, an unknown or missing key, a bad date, a holiday
 * outside its notice's year, overlapping holidays, or an adjusted working day that is not a Saturday or Sunday.
 *
 * <p>The message starts with {@code file:line:column:} and names the offending value.
 */
public final class HolidayFileException extends MalformedFileException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param file  the file or resource name, not null
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param problem  what is wrong, naming the offending value, not null
   */
  HolidayFileException(String file, int line, int column, String problem) {
    super(file, line, column, problem);
  }
}
