package org.zhengbing.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zhengbing.core.io.CsvFile;
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
    ProgressBar bar = new ProgressBar(err, "writing", tree.size(), progressThreshold, System.console() != null);
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
    Map<String, Integer> tiesByLevel = new LinkedHashMap<>();
    for (Optional<RegionCode> r : cascade.tiedRegions()) {
      tiesByLevel.merge(r.map(c -> c.level().name().toLowerCase(Locale.ROOT)).orElse("root"), 1, Integer::sum);
    }
    stdout.println("  ties broken by the declared rule (larger weight, then code) among the children of "
        + cascade.tiedRegions().size() + " regions" + (tiesByLevel.isEmpty() ? "" : " " + tiesByLevel.toString()
        .replace("=", " ").replace("{", "(").replace("}", ")")) + " -> " + out.resolve(TIES_FILE));
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
    try (CsvFile csv = CsvFile.open(weights, List.of("code", "weight"), List.of("name"), true)) {
      while (csv.next()) {
        RegionCode code;
        try {
          code = RegionCode.of(csv.get(0));
        } catch (IllegalArgumentException e) {
          csv.reject(0, e.getMessage());
          continue;
        }
        long weight = csv.getLong(1, 0, Long.MAX_VALUE);
        Integer first = lines.putIfAbsent(code, csv.line());
        if (first != null) {
          csv.reject(0, "must appear once, but appeared already on line " + first);
        } else if (root != null && !root.contains(code)) {
          continue; // another part of a larger table
        } else if (code.equals(root) || !catalog.contains(code) || !catalog.children(code).isEmpty()) {
          csv.reject(0, "must be a leaf region of the catalogue below " + rootName());
        } else if (weight >= 0) {
          out.put(code, weight);
        }
      }
      csv.finish();
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

  /** The name of the file that lists the regions whose children tied. */
  static final String TIES_FILE = "ties.csv";

  /**
   * Writes the output directory whole or not at all: every level file and the ties file go into a new directory
   * beside the target, which then takes the target's place (an earlier run's directory is removed, so no stale level
   * file survives). Files get the permissions the umask gives. The new directory is removed if anything fails or the
   * run is interrupted.
   */
  private void write(RegionCatalog catalog, CascadeTree tree, Cascade cascade, ProgressBar bar) {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    String suffix = Long.toString(ProcessHandle.current().pid());
    Path staging = parent.resolve("." + target.getFileName() + ".new-" + suffix);
    Path old = parent.resolve("." + target.getFileName() + ".old-" + suffix);
    Thread cleanup = new Thread(() -> deleteQuietly(staging));
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Files.createDirectories(parent);
      checkOnlyOurs(target, tree);
      Files.createDirectory(staging);
      for (Map.Entry<AdminLevel, List<RegionCode>> e : levels(tree).entrySet()) {
        List<RegionCode> level = e.getValue();
        try (Writer w = Files.newBufferedWriter(staging.resolve(fileName(e.getKey())), StandardCharsets.UTF_8)) {
          w.write("code,name,parent,weight,places\n");
          for (RegionCode c : level) {
            w.write(c + "," + QuotaCommand.csv(catalog.region(c).name()) + "," + c.parent().map(
                RegionCode::toString).orElse("") + "," + tree.weight(c) + "," + cascade.places(c) + "\n");
          }
        }
        bar.advance(level.size());
      }
      try (Writer w = Files.newBufferedWriter(staging.resolve(TIES_FILE), StandardCharsets.UTF_8)) {
        w.write("code,name,level,places_for_children\n");
        for (Optional<RegionCode> r : cascade.tiedRegions()) {
          w.write(r.map(c -> c + "," + QuotaCommand.csv(catalog.region(c).name()) + ","
              + c.level().name().toLowerCase(Locale.ROOT) + "," + cascade.placesForChildren(c))
              .orElse(",(root),root," + total) + "\n");
        }
      }
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      deleteQuietly(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + out + ": " + e, e);
    } finally {
      deleteQuietly(staging);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException ignored) {
        // the JVM is shutting down: the hook runs
      }
    }
  }

  /** Refuses to replace a directory that holds anything but the files a cascade writes. */
  private void checkOnlyOurs(Path target, CascadeTree tree) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IllegalArgumentException("--out must be a directory, but " + out + " is a file");
    }
    List<String> ours = new ArrayList<>(List.of(TIES_FILE));
    for (AdminLevel l : AdminLevel.values()) {
      ours.add(fileName(l));
    }
    try (var files = Files.list(target)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!ours.contains(f.getFileName().toString()) || Files.isDirectory(f)) {
          throw new IllegalArgumentException("--out must be a new directory or one a cascade wrote, but " + out
              + " also holds " + f.getFileName() + "; nothing was written");
        }
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // best effort: the original error matters more
    }
  }
}
