package org.zhengbing.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file into the Markdown table of {@code benchmarks/RESULTS.md}: one row per figure, with its
 * value, unit, the target an issue set and whether it is met, and lines naming the JDK and the machine. Run by
 * {@code benchmarks/run.sh}; a figure whose benchmark was not run says so.
 *
 * <p>Arguments: the JMH JSON file, the Markdown file to write, the run's JMH settings (text), and the load average
 * when the run started (text).
 */
public final class Report {

  private static final String[] METHODS = {"LARGEST_REMAINDER", "D_HONDT", "SAINTE_LAGUE", "HUNTINGTON_HILL", "ADAMS"};
  private static final String[] UNITS = {"1000", "41352", "620573"};

  /** Scores by "Class.method" plus sorted parameters, in nanoseconds per operation. */
  private final Map<String, double[]> nanos = new TreeMap<>();
  private final List<String> rows = new ArrayList<>();
  private String jdk = "unknown";

  private Report(JsonNode results) {
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText().replace("org.zhengbing.benchmarks.", "");
      StringBuilder key = new StringBuilder(name);
      toStrings(r.path("params")).forEach((k, v) -> key.append(' ').append(k).append('=').append(v));
      JsonNode m = r.path("primaryMetric");
      double factor = toNanos(m.path("scoreUnit").asText());
      nanos.put(key.toString(), new double[] {m.path("score").asDouble() * factor,
          m.path("scoreError").asDouble() * factor});
      jdk = r.path("vmName").asText() + " " + r.path("vmVersion").asText() + " (JDK " + r.path("jdkVersion").asText()
          + ")";
    }
  }

  private static Map<String, String> toStrings(JsonNode params) {
    Map<String, String> out = new TreeMap<>();
    params.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static double toNanos(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException("score unit must be a time per operation, but was " + unit);
    }
  }

  /** The score of a benchmark in nanoseconds, or null if it was not run. */
  private double[] score(String key) {
    return nanos.get(key);
  }

  private void row(String figure, double[] ns, double unitNanos, String unit, String target, Boolean met) {
    String value = ns == null ? "not run"
        : format(ns[0] / unitNanos) + (Double.isNaN(ns[1]) || ns[1] == 0 ? "" : " ± " + format(ns[1] / unitNanos));
    String ok = ns == null || met == null ? "—" : met ? "yes" : "**no**";
    rows.add("| " + figure + " | " + value + " | " + unit + " | " + target + " | " + ok + " |");
  }

  private void ratio(String figure, double[] num, double[] den, String target, boolean atLeast, double bound) {
    if (num == null || den == null) {
      rows.add("| " + figure + " | not run | × | " + target + " | — |");
      return;
    }
    double r = num[0] / den[0];
    String ok = bound <= 0 ? "—" : (atLeast ? r >= bound : r <= bound) ? "yes" : "**no**";
    rows.add("| " + figure + " | " + format(r) + " | × | " + target + " | " + ok + " |");
  }

  static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    double a = Math.abs(v);
    int scale = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    BigDecimal d = new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN);
    return String.format(Locale.ROOT, scale == 0 ? "%,.0f" : "%,." + scale + "f", d);
  }

  private void build() {
    double us = 1e3;
    double ms = 1e6;
    row("parameter resolution, a district's own value (warm book)", score("ResolveBenchmark.regionalValue"), 1, "ns",
        "—", null);
    row("parameter resolution, a national value asked for by a district", score("ResolveBenchmark.nationalValue"),
        1, "ns", "—", null);
    for (String method : METHODS) {
      for (String units : UNITS) {
        double[] s = score("ApportionBenchmark.apportion method=" + method + " units=" + units);
        boolean largest = units.equals("620573");
        double limit = 50;
        row("apportion " + String.format(Locale.ROOT, "%,d", Integer.parseInt(units)) + " units, " + method,
            s, ms, "ms", largest ? "< " + (int) limit + " ms" : "—", largest && s != null ? s[0] / ms < limit : null);
      }
    }
    for (String method : METHODS) {
      double[] s = score("CascadeBenchmark.cascade method=" + method);
      row("five-level cascade of a 450,000-place national task, " + method, s, ms, "ms", "< 200 ms",
          s == null ? null : s[0] / ms < 200);
    }
    row("a district's conscription calendar for a year (both seasons)", score("CalendarBenchmark.regionYear"), us,
        "µs", "—", null);
    double[] account = score("BenefitsBenchmark.explainedAccount");
    row("economic account of one candidate, all eight payments with explanations", account, us, "µs", "< 20 µs",
        account == null ? null : account[0] / us < 20);
    double[] reused = score("BenefitsBenchmark.explainedAccountReusedRules");
    row("the same, the region's rules resolved once", reused, us, "µs", "< 20 µs",
        reused == null ? null : reused[0] / us < 20);
    double[] batch = score("BenefitsBenchmark.batchTotalsOfOneMillion");
    row("batch totals of 1,000,000 profiles, all eight payments, no explanations", batch, ms, "ms",
        "≤ 1,000 ms (≥ 1M profiles/s)", batch == null ? null : batch[0] / ms <= 1000);
    double[] zb = score("FamilyPaymentPeerBenchmark.zhengbing");
    double[] zbReused = score("FamilyPaymentPeerBenchmark.zhengbingReusedRules");
    double[] dmn = score("FamilyPaymentPeerBenchmark.dmn");
    row("family payment of one conscript, Zhengbing with explanation", zb, us, "µs", "—", null);
    row("the same, the region's rules resolved once", zbReused, us, "µs", "—", null);
    row("the same rule as a DMN decision model, Drools kie-dmn-core", dmn, us, "µs", "—", null);
    ratio("DMN (Drools) ÷ Zhengbing, per evaluation", dmn, zb, "≥ 20×", true, 20);
    ratio("DMN (Drools) ÷ Zhengbing with the rules resolved once", dmn, zbReused, "≥ 20×", true, 20);
    double[] loop = score("FamilyPaymentLimitBenchmark.primitiveLoop");
    double[] family = score("FamilyPaymentLimitBenchmark.zhengbingBatch");
    double[] all = score("FamilyPaymentLimitBenchmark.zhengbingBatchAllPayments");
    row("family-payment total of 1,000,000 conscripts, hand-written loop over primitive fen", loop, ms, "ms", "—",
        null);
    row("the same by Zhengbing's batch path, the family payment only", family, ms, "ms", "—", null);
    row("the same by Zhengbing's batch path working out all eight payments", all, ms, "ms", "—", null);
    ratio("Zhengbing's batch path (family payment) ÷ the primitive loop", family, loop, "≤ 5×", false, 5);
    ratio("Zhengbing's batch path (all eight payments) ÷ the primitive loop", all, loop, "—", false, 0);
    row("three accounts of one candidate, worked out with explanations", score("AccountsBenchmark.calculate"), us,
        "µs", "—", null);
    row("rendering that statement as plain text, Chinese", score("AccountsBenchmark.textZh"), us, "µs", "—", null);
    row("rendering that statement as plain text, English", score("AccountsBenchmark.textEn"), us, "µs", "—", null);
    row("rendering that statement as JSON", score("AccountsBenchmark.json"), us, "µs", "—", null);
  }

  /**
   * Writes the report.
   *
   * @param args  the JSON file, the Markdown file, the settings, and the load average at the start
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("arguments must be: results.json RESULTS.md settings load-at-start, but were "
          + args.length);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Report report = new Report(results);
    report.build();
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Written by `benchmarks/run.sh` from one JMH run (").append(args[2]).append(", average time per ")
        .append("operation; ± is JMH's 99.9% error, shown where it could be computed). The targets are those the ")
        .append("issues set; a ratio is the mean of one figure over the other's.\n\n");
    out.append("| figure | value | unit | target | met? |\n|---|---:|---|---|---|\n");
    for (String r : report.rows) {
      out.append(r).append('\n');
    }
    out.append('\n');
    out.append("- JDK: ").append(report.jdk).append('\n');
    out.append("- Machine: ").append(machine()).append('\n');
    out.append("- Load average (1, 5, 15 min) at the start: ").append(args[3]).append("; at the end: ")
        .append(load()).append(". The machine is shared with other builds, so figures and error bars vary between ")
        .append("runs; the ratios, measured in the same run, vary less.\n");
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
  }

  private static String machine() {
    String cpu = "unknown CPU";
    String memory = "";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("MemTotal")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          memory = ", " + (kb + 512 * 1024) / (1024 * 1024) + " GiB memory";
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the processor count and OS below still say something
    }
    return cpu + ", " + Runtime.getRuntime().availableProcessors() + " processors available" + memory + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
