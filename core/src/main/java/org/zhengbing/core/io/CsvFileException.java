package org.zhengbing.core.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link CsvFile#finish} for the bad rows of a CSV file: the first of them is this exception's location
 * and problem; the message lists up to {@link CsvFile#MAX_REPORTED} of them, one a line, and counts the rest.
 */
public final class CsvFileException extends MalformedFileException {

  private static final long serialVersionUID = 1L;

  /** The bad rows listed, in file order, at most {@link CsvFile#MAX_REPORTED}. */
  private final ImmutableList<MalformedFileException> problems;
  /** How many bad rows the file has, listed or not. */
  private final long count;

  CsvFileException(List<MalformedFileException> problems, long count) {
    super(problems.get(0).file(), problems.get(0).line(), problems.get(0).column(), summary(problems, count));
    this.problems = ImmutableList.copyOf(problems);
    this.count = count;
  }

  private static String summary(List<MalformedFileException> problems, long count) {
    StringBuilder s = new StringBuilder(problems.get(0).problem());
    if (count > 1) {
      s.append(" (and ").append(count - 1).append(" more bad ").append(count == 2 ? "row" : "rows").append(')');
    }
    for (int i = 1; i < problems.size(); i++) {
      s.append(System.lineSeparator()).append(problems.get(i).getMessage());
    }
    if (count > problems.size()) {
      s.append(System.lineSeparator()).append("... and ").append(count - problems.size())
          .append(" more bad rows not listed");
    }
    return s.toString();
  }

  /**
   * Returns the bad rows listed, in file order, at most {@link CsvFile#MAX_REPORTED}.
   *
   * @return the problems, never empty
   */
  public ImmutableList<MalformedFileException> problems() {
    return problems;
  }

  /**
   * Returns the number of bad rows, listed or not.
   *
   * @return the count, at least 1
   */
  public long count() {
    return count;
  }
}
