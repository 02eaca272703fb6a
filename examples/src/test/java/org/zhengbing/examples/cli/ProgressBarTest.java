package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsOncePerWholePercentAndEndsTheLine() {
    StringWriter w = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(w), "rows", 200, 100);
    assertThat(bar.isShown()).isTrue();
    for (int i = 0; i < 200; i++) {
      bar.advance(1);
    }
    bar.finish();
    String s = w.toString();
    // 200 items, one redraw per whole percent: 0% (after the first item: 1 x 100 / 200 = 0), 1%, ... 100%: 101
    // redraws, each starting with \r
    assertThat(s.split("\r", -1)).hasSize(102);
    assertThat(s).contains("rows [###############...............] 50% 100/200")
        .endsWith("rows [" + "#".repeat(30) + "] 100% 200/200" + System.lineSeparator());
  }

  @Test
  void smallJobsDrawNothing() {
    StringWriter w = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(w), "rows", 99, 100);
    bar.advance(50);
    bar.finish();
    assertThat(bar.isShown()).isFalse();
    assertThat(w.toString()).isEmpty();
  }

  @Test
  void neverPassesTheTotal() {
    StringWriter w = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(w), "x", 10, 1);
    bar.advance(25);
    assertThat(w.toString()).endsWith("100% 10/10");
  }

  @Test
  void rejectsANegativeTotal() {
    assertThatThrownBy(() -> new ProgressBar(new PrintWriter(new StringWriter()), "x", -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total must be >= 0, but was -1");
  }
}
