package org.zhengbing.core.region;

import org.zhengbing.core.io.MalformedFileException;

/**
 * Thrown when a division table (the province, prefecture, county, township or village CSV) is malformed.
 *
 * <p>The message starts with {@code file:line:column:} and names the offending value.
 */
public final class DivisionFileException extends MalformedFileException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param file  the file or resource name, not null
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param problem  what is wrong, naming the offending value, not null
   */
  public DivisionFileException(String file, int line, int column, String problem) {
    super(file, line, column, problem);
  }
}
