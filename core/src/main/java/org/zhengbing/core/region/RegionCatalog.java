package org.zhengbing.core.region;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhengbing.core.io.CsvFile;
import org.zhengbing.core.io.CsvFileException;
import org.zhengbing.core.io.MalformedFileException;

/**
 * A catalogue of named administrative regions and their children, down to as many of the five levels as were
 * loaded.
 *
 * <p>{@link #bundled()} holds the 2023 statistical division codes (统计用区划代码, cut-off 2023-06-30) of the 31
 * provinces, 342 prefectures and the county level. Townships (41,352) and villages (620,573) are not bundled: load
 * them from the same CSV format with {@link #withTownships(Path)} and {@link #withVillages(Path)}.
 *
 * <p>The three prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400) appear once, at
 * the prefecture level; their townships are their direct children.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionCatalog {

  private static final String RESOURCE_DIR = "/org/zhengbing/core/region/2023/";

  private final ImmutableMap<RegionCode, Region> regions;
  private final ImmutableListMultimap<RegionCode, Region> children;

  private RegionCatalog(ImmutableMap<RegionCode, Region> regions) {
    this.regions = regions;
    ImmutableListMultimap.Builder<RegionCode, Region> kids = ImmutableListMultimap.builder();
    for (Region r : regions.values()) {
      r.code().parent().ifPresent(p -> kids.put(p, r));
    }
    this.children = kids.orderValuesBy((a, b) -> a.code().compareTo(b.code())).build();
  }

  private static final class Bundled {
    static final RegionCatalog INSTANCE = loadBundled();
  }

  /**
   * Returns the bundled 2023 catalogue of provinces, prefectures and counties.
   *
   * @return the catalogue, never null
   */
  public static RegionCatalog bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Returns a catalogue of the given regions. Every region's parent must be among them, unless it is a province.
   *
   * @param regions  the regions, not null
   * @return the catalogue, never null
   * @throws IllegalArgumentException if a code appears twice or a parent is missing
   */
  public static RegionCatalog of(Iterable<Region> regions) {
    checkNotNull(regions, "regions");
    Map<RegionCode, Region> map = new LinkedHashMap<>();
    for (Region r : regions) {
      if (map.put(r.code(), r) != null) {
        throw new IllegalArgumentException("region code must appear once, but " + r.code() + " appears twice");
      }
    }
    for (Region r : map.values()) {
      r.code().parent().ifPresent(p -> {
        if (!map.containsKey(p)) {
          throw new IllegalArgumentException(
              "every region's parent must be in the catalogue, but " + p + " (parent of " + r + ") is missing");
        }
      });
    }
    return new RegionCatalog(ImmutableMap.copyOf(map));
  }

  /** Loads the bundled tables; {@link #bundled()} keeps the one instance. Package-private for tests. */
  static RegionCatalog loadBundled() {
    Map<RegionCode, Region> map = new LinkedHashMap<>();
    readResource("provinces.csv", List.of("code", "name"), (row, file) -> {
      RegionCode code = code(file, row, row.get(0) + "0000", AdminLevel.PROVINCE);
      put(map, Region.of(code, row.get(1)), file, row);
    });
    readResource("cities.csv", List.of("code", "name", "provinceCode"), (row, file) -> {
      RegionCode code = code(file, row, row.get(0) + "00", AdminLevel.PREFECTURE);
      requireParent(map, code, file, row);
      put(map, Region.of(code, row.get(1)), file, row);
    });
    readResource("areas.csv", List.of("code", "name", "cityCode", "provinceCode"), (row, file) -> {
      RegionCode code = RegionCode.of(row.get(0));
      if (code.level() == AdminLevel.PREFECTURE && map.containsKey(code)) {
        return; // a prefecture-level city without counties: already present as a prefecture
      }
      code = code(file, row, row.get(0), AdminLevel.COUNTY);
      requireParent(map, code, file, row);
      put(map, Region.of(code, row.get(1)), file, row);
    });
    return new RegionCatalog(ImmutableMap.copyOf(map));
  }

  private interface RowHandler {
    void accept(CsvFile row, String file);
  }

  private static void readResource(String name, List<String> header, RowHandler handler) {
    String path = RESOURCE_DIR + name;
    InputStream in = RegionCatalog.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("bundled division table is missing from the jar: " + path);
    }
    read(() -> CsvFile.of(in, name, header.toArray(new String[0])), name, handler);
  }

  /**
   * Reads every row of a division file; a row the handler rejects (with {@link DivisionFileException} or
   * {@link IllegalArgumentException}) is reported and the rest still read, so that one exception lists the file's
   * bad rows (up to {@link CsvFile#MAX_REPORTED}, then a count).
   */
  private static void read(java.util.function.Supplier<CsvFile> opener, String file, RowHandler handler) {
    try (CsvFile csv = opener.get()) {
      while (csv.next()) {
        try {
          handler.accept(csv, file);
        } catch (DivisionFileException e) {
          csv.rejectRow(e.problem());
        } catch (IllegalArgumentException e) {
          csv.rejectRow(e.getMessage());
        }
      }
      csv.finish();
    } catch (DivisionFileException e) {
      throw e;
    } catch (MalformedFileException e) {
      throw new DivisionFileException(e.file(), e.line(), e.column(), e.problem());
    }
  }

  private static RegionCode code(String file, CsvFile row, String text, AdminLevel expected) {
    RegionCode code = RegionCode.of(text);
    if (code.level() != expected) {
      throw new DivisionFileException(file, row.line(), 0,
          "code must be of level " + expected + ", but " + text + " is of level " + code.level());
    }
    return code;
  }

  private static void requireParent(Map<RegionCode, Region> map, RegionCode code, String file, CsvFile row) {
    RegionCode parent = code.parent().orElseThrow();
    if (!map.containsKey(parent)) {
      throw new DivisionFileException(file, row.line(), 0,
          "parent " + parent + " of " + code + " must be in the catalogue, but is not");
    }
  }

  private static void put(Map<RegionCode, Region> map, Region region, String file, CsvFile row) {
    if (map.putIfAbsent(region.code(), region) != null) {
      throw new DivisionFileException(file, row.line(), 0, "code " + region.code() + " appears twice");
    }
  }

  /**
   * Returns a catalogue with the townships of a township CSV file added ({@code code,name,areaCode,provinceCode,
   * cityCode}, as in the 2023 statistical division data). A file name ending in {@code .gz} is decompressed.
   *
   * @param file  the file, not null
   * @return a new catalogue, never null
   * @throws DivisionFileException if a row is malformed, duplicated or its county is not in this catalogue
   * @throws UncheckedIOException if the file cannot be read
   */
  public RegionCatalog withTownships(Path file) {
    checkNotNull(file, "file");
    return withLevel(() -> CsvFile.open(file, TOWNSHIP_COLUMNS), file.toString(), AdminLevel.TOWNSHIP);
  }

  /**
   * Returns a catalogue with the townships read from a stream (UTF-8, closed when read) added.
   *
   * @param in  the CSV bytes, not null
   * @param name  the name used in error messages, not null
   * @return a new catalogue, never null
   * @throws DivisionFileException if a row is malformed, duplicated or its county is not in this catalogue
   */
  public RegionCatalog withTownships(InputStream in, String name) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    return withLevel(() -> CsvFile.of(in, name, TOWNSHIP_COLUMNS), name, AdminLevel.TOWNSHIP);
  }

  private static final String[] TOWNSHIP_COLUMNS = {"code", "name", "areaCode", "provinceCode", "cityCode"};
  private static final String[] VILLAGE_COLUMNS = {"code", "name", "streetCode", "provinceCode", "cityCode",
      "areaCode"};

  /**
   * Returns a catalogue with the villages of a village CSV file added ({@code code,name,streetCode,provinceCode,
   * cityCode,areaCode}). A file name ending in {@code .gz} is decompressed. Load townships first.
   *
   * @param file  the file, not null
   * @return a new catalogue, never null
   * @throws DivisionFileException if a row is malformed, duplicated or its township is not in this catalogue
   * @throws UncheckedIOException if the file cannot be read
   */
  public RegionCatalog withVillages(Path file) {
    checkNotNull(file, "file");
    return withLevel(() -> CsvFile.open(file, VILLAGE_COLUMNS), file.toString(), AdminLevel.VILLAGE);
  }

  /**
   * Returns a catalogue with the villages read from a stream (UTF-8, closed when read) added.
   *
   * @param in  the CSV bytes, not null
   * @param name  the name used in error messages, not null
   * @return a new catalogue, never null
   * @throws DivisionFileException if a row is malformed, duplicated or its township is not in this catalogue
   */
  public RegionCatalog withVillages(InputStream in, String name) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    return withLevel(() -> CsvFile.of(in, name, VILLAGE_COLUMNS), name, AdminLevel.VILLAGE);
  }

  private RegionCatalog withLevel(java.util.function.Supplier<CsvFile> opener, String name, AdminLevel level) {
    Map<RegionCode, Region> added = new LinkedHashMap<>();
    int parentColumn = 2;
    String parentName = level == AdminLevel.TOWNSHIP ? "areaCode" : "streetCode";
    read(opener, name, (row, file) -> {
      RegionCode code = code(file, row, row.get(0), level);
      RegionCode parent = code.parent().orElseThrow();
      if (!row.get(parentColumn).equals(parent.toString())) {
        throw new DivisionFileException(file, row.line(), 0, parentName + " must be " + parent
            + " (the first digits of " + code + "), but was '" + row.get(parentColumn) + "'");
      }
      if (!regions.containsKey(parent) && !added.containsKey(parent)) {
        throw new DivisionFileException(file, row.line(), 0,
            "parent " + parent + " of " + code + " must be in the catalogue, but is not");
      }
      if (regions.containsKey(code) || added.putIfAbsent(code, Region.of(code, row.get(1))) != null) {
        throw new DivisionFileException(file, row.line(), 0, "code " + code + " appears twice");
      }
    });
    return new RegionCatalog(ImmutableMap.<RegionCode, Region>builderWithExpectedSize(regions.size() + added.size())
        .putAll(regions).putAll(added).build());
  }

  /**
   * Finds a region by code.
   *
   * @param code  the code, not null
   * @return the region, or empty if the catalogue does not hold it
   */
  public Optional<Region> find(RegionCode code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(regions.get(code));
  }

  /**
   * Returns a region by code.
   *
   * @param code  the code, not null
   * @return the region, never null
   * @throws IllegalArgumentException if the catalogue does not hold the code
   */
  public Region region(RegionCode code) {
    Region r = regions.get(checkNotNull(code, "code"));
    if (r == null) {
      throw new IllegalArgumentException("region code must be in the catalogue, but " + code + " is not");
    }
    return r;
  }

  /**
   * Returns true if the catalogue holds the code.
   *
   * @param code  the code, not null
   * @return whether the code is present
   */
  public boolean contains(RegionCode code) {
    return regions.containsKey(checkNotNull(code, "code"));
  }

  /**
   * Returns the direct children of a region, in code order.
   *
   * @param code  the parent, not null
   * @return the children, empty for a leaf, never null
   */
  public ImmutableList<Region> children(RegionCode code) {
    return children.get(checkNotNull(code, "code"));
  }

  /**
   * Returns the provinces, in code order.
   *
   * @return the provinces, never null
   */
  public ImmutableList<Region> provinces() {
    return regions.values().stream().filter(r -> r.level() == AdminLevel.PROVINCE)
        .sorted((a, b) -> a.code().compareTo(b.code())).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every region, in the order loaded (bundled tables in code order, then added files in file order).
   *
   * @return the regions, never null
   */
  public ImmutableList<Region> regions() {
    return regions.values().asList();
  }

  /**
   * Returns the number of regions.
   *
   * @return the size
   */
  public int size() {
    return regions.size();
  }

  /**
   * Returns the number of regions at each level.
   *
   * @return counts by level, with every level present, never null
   */
  public Map<AdminLevel, Integer> countByLevel() {
    EnumMap<AdminLevel, Integer> counts = new EnumMap<>(AdminLevel.class);
    for (AdminLevel l : AdminLevel.values()) {
      counts.put(l, 0);
    }
    for (RegionCode c : regions.keySet()) {
      counts.merge(c.level(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    return "RegionCatalog" + countByLevel();
  }
}
