package org.zhengbing.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when an input file (a policy file, a division table, a holiday notice file, a CSV of units or counts) is
 * malformed. Every loader in Zhengbing reports the first problem it finds as a subclass of this exception, so an
 * application can catch one type and show one line.
 *
 * <p>The message is {@code file:line:column: problem}; the problem names the offending value. A line or column of 0
 * means the position is unknown (a problem with the file as a whole, or a column in a format without columns).
 */
public class MalformedFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file name as given to the reader. */
  private final String file;
  /** The 1-based line, or 0 if unknown. */
  private final int line;
  /** The 1-based column, or 0 if unknown. */
  private final int column;
  /** The problem, naming the offending value. */
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param file  the file or resource name, not null
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param problem  what is wrong, naming the offending value, not null
   * @throws IllegalArgumentException if the line or column is negative
   */
  public MalformedFileException(String file, int line, int column, String problem) {
    super(checkNotNull(file, "file") + ":" + line + ":" + column + ": " + checkNotNull(problem, "problem"));
    checkArgument(line >= 0, "line must be >= 0, but was %s", line);
    checkArgument(column >= 0, "column must be >= 0, but was %s", column);
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
  public final String file() {
    return file;
  }

  /**
   * Returns the 1-based line, or 0 if unknown.
   *
   * @return the line
   */
  public final int line() {
    return line;
  }

  /**
   * Returns the 1-based column, or 0 if unknown.
   *
   * @return the column
   */
  public final int column() {
    return column;
  }

  /**
   * Returns the problem without the location prefix.
   *
   * @return the problem, never null
   */
  public final String problem() {
    return problem;
  }
}
