package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium, where Chromium is installed (.ci/run installs the Debian package):
 * the rendered DOM holds every chart, nothing is refused or fetched, and the screenshot shows the charts' colours.
 * Without Chromium the test is skipped and says so.
 */
class AssessmentHtmlChromiumTest {

  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0");

  @TempDir
  Path dir;

  static Optional<Path> chromium() {
    String env = System.getenv("CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path c = Path.of(p, name);
        if (Files.isExecutable(c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private record Run(int code, String out, String err) {}

  private Run run(Path chromium, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString()));
    cmd.addAll(FLAGS);
    cmd.add("--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void thePageRendersInHeadlessChromium() throws Exception {
    Optional<Path> chromium = chromium();
    if (chromium.isEmpty()) {
      System.err.println("SKIPPED AssessmentHtmlChromiumTest: Chromium is not installed (no chromium, "
          + "chromium-browser or google-chrome on the PATH, no $CHROMIUM); .ci/run installs it with apt-get");
    }
    Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed: the HTML report was not rendered");
    Path page = dir.resolve("report.html");
    Files.writeString(page, AssessmentHtmlTest.samplePage(), StandardCharsets.UTF_8);

    Run dom = run(chromium.get(), "--dump-dom", page.toUri().toString());
    assertThat(dom.code()).as(dom.err()).isZero();
    Document d = Jsoup.parse(dom.out());
    assertThat(d.select("svg.rates")).hasSize(5);
    assertThat(d.select("svg.trend")).hasSize(8);
    assertThat(d.select("svg.ranking rect")).hasSize(4);
    assertThat(d.title()).isEqualTo("征兵工作考评 Conscription work assessment 2026-SPRING");
    assertThat(dom.err()).doesNotContain("Refused to", "Content Security Policy", "ERR_FILE_NOT_FOUND");

    Path png = dir.resolve("report.png");
    Run shot = run(chromium.get(), "--window-size=1200,1600", "--screenshot=" + png, page.toUri().toString());
    assertThat(shot.code()).as(shot.err()).isZero();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(1600);
    // the bars' colours are on the screen: green for targets met, orange for targets missed
    int green = 0;
    int orange = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        green += rgb == 0x2e7d32 ? 1 : 0;
        orange += rgb == 0xe65100 ? 1 : 0;
      }
    }
    assertThat(green).isGreaterThan(500);
    assertThat(orange).isGreaterThan(100);
  }
}
