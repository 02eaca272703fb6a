/**
 * Administrative regions: {@link org.zhengbing.core.region.RegionCode} (GB/T 2260 and NBS codes), its derived
 * {@link org.zhengbing.core.region.AdminLevel} of the five-level responsibility system, the
 * {@link org.zhengbing.core.region.RegionScope} a rule applies in, and the
 * {@link org.zhengbing.core.region.RegionCatalog} of names and children.
 *
 * <pre>{@code
 * RegionCode jiangjin = RegionCode.of("500116");              // COUNTY
 * RegionCatalog.bundled().region(jiangjin).name();            // "江津区"
 * RegionCatalog.bundled().withTownships(Path.of("streets.csv")).children(jiangjin);   // 30 townships
 * }</pre>
 */
@NullMarked
package org.zhengbing.core.region;

import org.jspecify.annotations.NullMarked;
