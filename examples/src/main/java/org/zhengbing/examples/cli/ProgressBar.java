package org.zhengbing.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;

/**
 * A text progress bar on standard error, redrawn in place ({@code \r}) only when the whole percentage changes, and
 * silent for small jobs. Integer arithmetic only. Not thread-safe.
 */
public final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean shown;
  private final boolean terminal;
  private long done;
  private int lastPercent = -1;

  /**
   * Creates a bar.
   *
   * @param err  where to draw, not null
   * @param label  what is being counted, not null
   * @param total  the number of items, {@code >= 0}
   * @param threshold  the bar is drawn only if {@code total >= threshold}
   */
  public ProgressBar(PrintWriter err, String label, long total, long threshold) {
    this(err, label, total, threshold, true);
  }

  /**
   * Creates a bar that redraws itself only on a terminal; elsewhere (a pipe, a log file) it prints one plain line
   * when its phase ends.
   *
   * @param err  where to draw, not null
   * @param label  what is being counted, not null
   * @param total  the number of items, {@code >= 0}
   * @param threshold  the bar is drawn only if {@code total >= threshold}
   * @param terminal  whether standard error is a terminal
   */
  public ProgressBar(PrintWriter err, String label, long total, long threshold, boolean terminal) {
    this.terminal = terminal;
    checkArgument(total >= 0, "total must be >= 0, but was %s", total);
    this.err = checkNotNull(err, "err");
    this.label = checkNotNull(label, "label");
    this.total = total;
    this.shown = total >= threshold && total > 0;
  }

  /**
   * Returns true if the bar draws anything.
   *
   * @return whether it is shown
   */
  public boolean isShown() {
    return shown;
  }

  /**
   * Advances the bar.
   *
   * @param items  items done since the last call, {@code >= 0}
   */
  public void advance(long items) {
    done = Math.min(total, done + items);
    if (!shown || !terminal) {
      return;
    }
    int percent = (int) (done * 100 / total);
    if (percent != lastPercent) {
      lastPercent = percent;
      int filled = (int) (done * WIDTH / total);
      err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "% "
          + done + "/" + total);
      err.flush();
    }
  }

  /** Completes the bar and ends its line. */
  public void finish() {
    advance(total - done);
    if (shown && !terminal) {
      err.println(label + ": " + total + "/" + total + " done");
      err.flush();
    } else if (shown) {
      err.println();
      err.flush();
    }
  }
}
