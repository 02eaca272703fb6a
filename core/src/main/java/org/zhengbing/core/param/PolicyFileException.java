package org.zhengbing.core.param;

/**
 * Thrown when a policy file is malformed: a syntax error, an unknown or duplicate key, a wrong type, a missing
 * citation, a bad region code or date, or overlapping effective ranges.
 *
 * <p>The message starts with {@code file:line:column:} and names the offending value.
 */
public final class PolicyFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param file  the file or resource name, not null
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param problem  what is wrong, naming the offending value, not null
   */
  public PolicyFileException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Returns the file or resource name.
   *
   * @return the file, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line, or 0 if unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column, or 0 if unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the problem without the location prefix.
   *
   * @return the problem, never null
   */
  public String problem() {
    return problem;
  }
}
