package org.zhengbing.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zhengbing.core.quota.ApportionmentMethod;
import org.zhengbing.core.quota.Cascade;
import org.zhengbing.core.quota.CascadeTree;
import org.zhengbing.core.quota.QuotaApportioner;
import org.zhengbing.core.quota.QuotaCascader;
import org.zhengbing.core.region.AdminLevel;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Cascades a task down a region tree read from the division CSV format, writing one CSV per level. */
@Command(name = "cascade", mixinStandardHelpOptions = true,
    header = "Cascade a task down the region tree. / "
        + "征集任务逐级分解（省、市、县、乡、村）。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing cascade --root 500116 --townships streets.csv --weights w.csv \\",
        "      --total 120 --out out",
    },
    description = {"Cascade a task down a region tree: the bundled provinces, prefectures and counties, plus "
        + "townships and villages read from files in the 2023 division CSV format (streets.csv: code,name,areaCode,"
        + "provinceCode,cityCode; villages.csv[.gz]: code,name,streetCode,provinceCode,cityCode,areaCode).",
        "Leaf weights come from a CSV file with the columns code,weight; every leaf below --root needs one (rows "
            + "outside --root are skipped, so one national table serves every root).",
        "Writes one CSV per administrative level (province.csv, prefecture.csv, county.csv, township.csv, "
            + "village.csv: code,name,parent,weight,places) into --out; shows a progress bar on standard error for "
            + "large trees."})
final class CascadeCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--root", paramLabel = "CODE",
      description = "The region whose task is cascaded, such as 500116 (a county) or 500000 (a province); "
          + "default: the nation.")
  RegionCode root;

  @Option(names = "--townships", paramLabel = "FILE", description = "Townships in the division CSV format.")
  Path townships;

  @Option(names = "--villages", paramLabel = "FILE",
      description = "Villages in the division CSV format (.gz is decompressed); needs --townships.")
  Path villages;

  @Option(names = "--weights", paramLabel = "FILE", required = true, description = "Leaf weights: code,weight.")
  Path weights;

  @Option(names = "--total", paramLabel = "N", required = true, description = "The task at the root.")
  long total;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "LARGEST_REMAINDER",
      description = "The method at every level: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ApportionmentMethod method;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The directory for the per-level CSV files (created if missing).")
  Path out;

  @Option(names = "--progress-threshold", paramLabel = "N", defaultValue = "10000", hidden = true,
      description = "Show the progress bar for trees of at least this many regions (default ${DEFAULT-VALUE}).")
  long progressThreshold;

  @Override
  public Integer call() {
    if (total < 0 || total > Integer.MAX_VALUE) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--total must be between 0 and " + Integer.MAX_VALUE + ", but was " + total);
    }
    if (villages != null && townships == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--villages needs --townships");
    }
    common.book(); // the cascade uses no parameter yet; read the --policy files so a bad one never passes silently
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RegionCatalog catalog = RegionCatalog.bundled();
    if (villages != null) {
      err.println("reading " + townships + " and " + villages + " ...");
      err.flush();
    }
    if (townships != null) {
      catalog = catalog.withTownships(readable(townships));
    }
    if (villages != null) {
      catalog = catalog.withVillages(readable(villages));
    }
    if (root != null && !catalog.contains(root)) {
      throw new IllegalArgumentException("--root must be a region of the loaded catalogue, but was " + root);
    }
    if (root != null && catalog.children(root).isEmpty()) {
      throw new IllegalArgumentException("--root must have regions below it, but " + root
          + " has none (load --townships or --villages?)");
    }
    Map<RegionCode, Long> leafWeights = readWeights(catalog);
    RegionCatalog cat = catalog;
    List<String> missing = new ArrayList<>();
    CascadeTree tree = CascadeTree.of(catalog, Optional.ofNullable(root), code -> {
      Long w = leafWeights.get(code);
      if (w == null) {
        missing.add(code + " " + cat.region(code).name());
        return 0;
      }
      return w;
    });
    if (!missing.isEmpty()) {
      throw new InputFileException(weights.toString(), 0, "every leaf region below " + rootName()
          + " must have a weight, but " + missing.size() + " have none, the first " + missing.get(0));
    }
    ProgressBar bar = new ProgressBar(err, "cascade", tree.size(), progressThreshold);
    Cascade cascade = QuotaCascader.of(QuotaApportioner.of(method)).cascade(tree, total);
    write(catalog, tree, cascade, bar);
    bar.finish();
    stdout.println("Cascaded " + total + " places from " + (root == null ? "the nation"
        : root + " " + catalog.region(root).name()) + " over "
        + tree.size() + " regions in " + tree.depth() + " levels (" + method.chineseName() + ", " + method + "):");
    for (Map.Entry<AdminLevel, List<RegionCode>> e : levels(tree).entrySet()) {
      long places = 0;
      for (RegionCode c : e.getValue()) {
        places += cascade.places(c);
      }
      stdout.println("  " + e.getKey().name().toLowerCase(Locale.ROOT) + ": " + e.getValue().size() + " regions, "
          + places + " places -> " + out.resolve(fileName(e.getKey())));
    }
    if (!cascade.tiedRegions().isEmpty()) {
      stdout.println("  ties broken by the declared rule (larger weight, then code) below: "
          + cascade.tiedRegions().stream().map(r -> r.map(RegionCode::toString).orElse("(root)")).toList());
    }
    return 0;
  }

  private String rootName() {
    return root == null ? "the nation" : root.toString();
  }

  private static Path readable(Path file) {
    if (!Files.isReadable(file)) {
      throw new InputFileException(file.toString(), 0, "cannot read the file: it does not exist or is not readable");
    }
    return file;
  }

  private Map<RegionCode, Long> readWeights(RegionCatalog catalog) {
    Map<RegionCode, Long> out = new HashMap<>();
    Map<RegionCode, Integer> lines = new HashMap<>();
    for (CsvInput.Row row : CsvInput.read(weights, List.of("code", "weight"), List.of("name"))) {
      RegionCode code = row.region("code");
      Integer first = lines.putIfAbsent(code, row.line());
      if (first != null) {
        throw row.error("code must appear once, but '" + code + "' appeared already on line " + first);
      }
      long weight = row.whole("weight");
      if (root != null && !root.contains(code)) {
        continue; // another part of a larger table
      }
      if (code.equals(root) || !catalog.contains(code) || !catalog.children(code).isEmpty()) {
        throw row.error("code must be a leaf region of the catalogue below " + rootName() + ", but was '" + code
            + "'");
      }
      out.put(code, weight);
    }
    return out;
  }

  /** The regions below the root by administrative level, each level in tree order. */
  static Map<AdminLevel, List<RegionCode>> levels(CascadeTree tree) {
    Map<AdminLevel, List<RegionCode>> levels = new EnumMap<>(AdminLevel.class);
    List<RegionCode> level = tree.topLevel();
    while (!level.isEmpty()) {
      List<RegionCode> next = new ArrayList<>();
      for (RegionCode c : level) {
        levels.computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c);
        next.addAll(tree.children(c));
      }
      level = next;
    }
    return levels;
  }

  static String fileName(AdminLevel level) {
    return level.name().toLowerCase(Locale.ROOT) + ".csv";
  }

  /** Writes every level to a temporary file first, then moves them all into place. */
  private void write(RegionCatalog catalog, CascadeTree tree, Cascade cascade, ProgressBar bar) {
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      Files.createDirectories(out);
      for (Map.Entry<AdminLevel, List<RegionCode>> e : levels(tree).entrySet()) {
        List<RegionCode> level = e.getValue();
        Path target = out.resolve(fileName(e.getKey()));
        Path tmp = Files.createTempFile(out, "." + target.getFileName(), ".tmp");
        staged.put(tmp, target);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w.write("code,name,parent,weight,places\n");
          for (RegionCode c : level) {
            w.write(c + "," + QuotaCommand.csv(catalog.region(c).name()) + "," + c.parent().map(
                RegionCode::toString).orElse("") + "," + tree.weight(c) + "," + cascade.places(c) + "\n");
          }
        }
        bar.advance(level.size());
      }
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        AtomicFiles.move(e.getKey(), e.getValue());
      }
      staged.clear();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + out + ": " + e, e);
    } finally {
      for (Path tmp : staged.keySet()) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }
}
