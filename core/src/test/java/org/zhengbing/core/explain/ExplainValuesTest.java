package org.zhengbing.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionScope;

/** Equality, null rejection and documented errors of Citation, Provenance, LocalizedText and Datum. */
class ExplainValuesTest {

  private static final LocalDate D2023 = LocalDate.of(2023, 5, 1);

  @Test
  void citationShortForm() {
    Citation full = Citation.builder().document("征兵工作条例").issuer("国务院、中央军委").article("第三十条")
        .date(LocalDate.of(2023, 4, 1)).build();
    // Chinese: the title in book-title marks, details in full-width brackets with a full-width comma
    assertThat(full.toShortString()).isEqualTo("《征兵工作条例》第三十条（国务院、中央军委，2023-04-01）");
    assertThat(full.toShortString(Locale.SIMPLIFIED_CHINESE)).isEqualTo(full.toShortString());
    assertThat(Citation.of("兵役法").toShortString()).isEqualTo("《兵役法》");
    assertThat(Citation.builder().document("兵役法").date(LocalDate.of(2021, 8, 20)).build().toShortString())
        .isEqualTo("《兵役法》（2021-08-20）");
    // English: the English title where given (else the Chinese one), the article as "Art. N"
    Citation en = Citation.builder().document("征兵工作条例").documentEn("Regulations on Conscription Work")
        .article("第三十条").build();
    assertThat(en.toShortString(Locale.ENGLISH)).isEqualTo("Regulations on Conscription Work, Art. 30");
    assertThat(Citation.of("兵役法").toShortString(Locale.ENGLISH)).isEqualTo("兵役法");
  }

  @Test
  void onlyADocumentsTitleIsInBookTitleMarks() {
    Citation report = Citation.builder().document("新华社报道：2026年全国征兵工作视频会议").kind(CitationKind.REPORT)
        .issuer("新华社").build();
    assertThat(report.toShortString()).isEqualTo("新华社报道：2026年全国征兵工作视频会议（新华社）");
    Citation library = Citation.builder().document("本库的示例数字").documentEn("Zhengbing illustrative figures")
        .kind(CitationKind.LIBRARY).issuer("Zhengbing").build();
    assertThat(library.toShortString()).isEqualTo("本库的示例数字（本库的示例或解读，非官方文件）")
        .doesNotContain("《").doesNotContain("Zhengbing");
    assertThat(library.toShortString(Locale.ENGLISH))
        .isEqualTo("Zhengbing illustrative figures (Zhengbing's own reading, not an official document)");
  }

  @Test
  void chineseArticleNumbersReadAsArabicInEnglish() {
    // 第五条 = 5, 第十条 = 10, 第二十条 = 2 x 10, 第三十九条 = 3 x 10 + 9, 第二百零二条 = 2 x 100 + 2,
    // 第一百一十条 = 100 + 10
    assertThat(Citation.englishArticle("第五条")).isEqualTo("Art. 5");
    assertThat(Citation.englishArticle("第十条")).isEqualTo("Art. 10");
    assertThat(Citation.englishArticle("第二十条")).isEqualTo("Art. 20");
    assertThat(Citation.englishArticle("第三十九条")).isEqualTo("Art. 39");
    assertThat(Citation.englishArticle("第二百零二条")).isEqualTo("Art. 202");
    assertThat(Citation.englishArticle("第一百一十条")).isEqualTo("Art. 110");
    // a paragraph: 第四十五条第二款 = Art. 45(2)
    assertThat(Citation.englishArticle("第四十五条第二款")).isEqualTo("Art. 45(2)");
    assertThat(Citation.englishArticle("第四十五条第X款")).isEqualTo("第四十五条第X款");
    assertThat(Citation.englishArticle("第一节")).isEqualTo("第一节");
    assertThat(Citation.englishArticle("第条")).isEqualTo("第条");
  }

  @Test
  void citationKindParsesItsKeys() {
    assertThat(CitationKind.parse("library")).isEqualTo(CitationKind.LIBRARY);
    assertThat(CitationKind.parse("report")).isEqualTo(CitationKind.REPORT);
    assertThat(CitationKind.parse("document")).isEqualTo(CitationKind.DOCUMENT);
    assertThatThrownBy(() -> CitationKind.parse("Library")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("citation kind must be document, report or library, but was 'Library'");
  }

  @Test
  void articleTextNeedsItsArticle() {
    assertThatThrownBy(() -> Citation.builder().document("兵役法").articleText("义务兵服现役的期限为二年。").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has an article text but no article");
    Citation c = Citation.of("兵役法").withArticle("第二十六条", java.util.Optional.of("义务兵服现役的期限为二年。"))
        .withNote("2021 revision");
    assertThat(c.article()).contains("第二十六条");
    assertThat(c.articleText()).contains("义务兵服现役的期限为二年。");
    assertThat(c.note()).contains("2021 revision");
  }

  @Test
  void citationEquality() {
    new EqualsTester()
        .addEqualityGroup(Citation.of("兵役法"), Citation.builder().document("兵役法").build())
        .addEqualityGroup(Citation.builder().document("兵役法").article("第二十条").build())
        .addEqualityGroup(Citation.builder().document("兵役法").url("https://example.org/").build())
        .addEqualityGroup(Citation.builder().document("兵役法").note("2021 revision").build())
        .addEqualityGroup(Citation.builder().document("兵役法").documentEn("Military Service Law").build())
        .addEqualityGroup(Citation.builder().document("兵役法").kind(CitationKind.REPORT).build())
        .addEqualityGroup(Citation.builder().document("兵役法").article("第二十条").articleText("年满十八周岁").build())
        .addEqualityGroup(Citation.builder().document("兵役法").issuer("全国人大常委会").build())
        .addEqualityGroup(Citation.builder().document("兵役法").date(LocalDate.of(2021, 8, 20)).build())
        .testEquals();
  }

  @Test
  void citationRejectsNullsAndBlankDocuments() {
    new NullPointerTester().testAllPublicStaticMethods(Citation.class);
    new NullPointerTester().testAllPublicInstanceMethods(Citation.of("兵役法"));
    assertThatThrownBy(() -> Citation.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("citation document must not be blank, but was ' '");
    assertThatThrownBy(() -> Citation.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("document");
  }

  private static Provenance.Builder provenance() {
    return provenance("calendar.return_window.max_days", RegionScope.NATIONAL, Confidence.LEGAL_TEXT);
  }

  private static Provenance.Builder provenance(String key, RegionScope scope, Confidence confidence) {
    return Provenance.builder().key(key).scope(scope).effectiveFrom(D2023).citation(Citation.of("征兵工作条例"))
        .confidence(confidence);
  }

  @Test
  void provenanceEffectiveRange() {
    assertThat(provenance().build().effective()).isEqualTo(Range.atLeast(D2023));
    assertThat(provenance().effectiveUntil(LocalDate.of(2024, 1, 1)).build().effective())
        .isEqualTo(Range.closedOpen(D2023, LocalDate.of(2024, 1, 1)));
  }

  @Test
  void provenanceEqualityIgnoresTheOrigin() {
    new EqualsTester()
        .addEqualityGroup(provenance().build(), provenance().origin("a.yaml:3:5").build(),
            provenance().origin("b.yaml:9:1").build())
        .addEqualityGroup(provenance().effectiveUntil(LocalDate.of(2024, 1, 1)).build())
        .addEqualityGroup(provenance("calendar.return_window.max_days", RegionScope.NATIONAL,
            Confidence.ILLUSTRATIVE).build())
        .addEqualityGroup(provenance("calendar.return_window.max_days", RegionScope.parse("510000"),
            Confidence.LEGAL_TEXT).build())
        .addEqualityGroup(provenance("calendar.public_notice.min_working_days", RegionScope.NATIONAL,
            Confidence.LEGAL_TEXT).build())
        .testEquals();
  }

  @Test
  void provenanceRejectsNullsAndAnEndNotAfterTheStart() {
    new NullPointerTester().testAllPublicStaticMethods(Provenance.class);
    new NullPointerTester().testAllPublicInstanceMethods(provenance().build());
    assertThatThrownBy(() -> provenance().effectiveUntil(D2023).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provenance of calendar.return_window.max_days: effective end must be after its start, but was "
            + "2023-05-01 until 2023-05-01");
  }

  @Test
  void localizedTextPicksTheLanguage() {
    LocalizedText t = LocalizedText.of("征兵", "Conscription");
    assertThat(t.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("征兵");
    assertThat(t.in(Locale.forLanguageTag("zh-TW"))).isEqualTo("征兵");
    assertThat(t.in(Locale.ENGLISH)).isEqualTo("Conscription");
    assertThat(t.in(Locale.FRENCH)).isEqualTo("Conscription");
    assertThat(t).hasToString("征兵 / Conscription");
  }

  @Test
  void localizedTextEqualityAndErrors() {
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("征兵", "Conscription"), LocalizedText.of("征兵", "Conscription"))
        .addEqualityGroup(LocalizedText.of("征兵", "Enlistment"))
        .addEqualityGroup(LocalizedText.of("兵役", "Conscription"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(LocalizedText.class);
    new NullPointerTester().testAllPublicInstanceMethods(LocalizedText.of("征兵", "Conscription"));
    assertThatThrownBy(() -> LocalizedText.of(" ", "Conscription"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Chinese text must not be blank, but was ' '");
    assertThatThrownBy(() -> LocalizedText.of("征兵", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("English text must not be blank, but was ''");
  }

  @Test
  void dataCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(Datum.of(new BigDecimal("2.5")), Datum.of(new BigDecimal("2.50")))
        .addEqualityGroup(Datum.of(BigDecimal.ZERO), Datum.of(new BigDecimal("0.000")))
        .addEqualityGroup(Datum.of(Cny.of("9300")), Datum.of(Cny.ofYuan(9300)))
        .addEqualityGroup(Datum.of(Rate.parse("60%")), Datum.of(Rate.parse("60.0%")))
        .addEqualityGroup(Datum.of(9300L))
        .addEqualityGroup(new Datum.OfEnum("merit", "first_class_merit"))
        .addEqualityGroup(new Datum.OfEnum("merit", "second_class_merit"))
        .testEquals();
    assertThat(Datum.of(Cny.ofYuan(9300))).hasToString("9300.00");
    assertThat(Datum.of(true).kind()).isEqualTo(Datum.Kind.BOOLEAN);
  }

  @Test
  void dataRejectWrongCurrenciesAndMixedKinds() {
    assertThatThrownBy(() -> Datum.of(Money.of(CurrencyUnit.USD, BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be in CNY, but was USD 10.00");
    assertThatThrownBy(() -> new Datum.OfTable("merit", Datum.Kind.RATE,
        ImmutableMap.of("medal", Datum.of(Rate.parse("25%")), "honorary_title", Datum.of(25L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table merit values must be of kind RATE, but honorary_title was INTEGER");
    assertThatThrownBy(() -> new Datum.OfList(Datum.Kind.INTEGER, ImmutableList.of(Datum.of(1L), Datum.of(true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("list elements must be of kind INTEGER, but one was BOOLEAN");
  }

  @Test
  void distinctTextsHaveDistinctHashCodes() {
    Set<Integer> hashes = new HashSet<>();
    for (String zh : new String[] {"甲", "乙", "丙", "丁"}) {
      for (String en : new String[] {"a", "b", "c", "d"}) {
        hashes.add(LocalizedText.of(zh, en).hashCode());
      }
    }
    assertThat(hashes).hasSize(16);
  }

  @Test
  void dataPrintTheirValues() {
    assertThat(Datum.of(true).toString()).isEqualTo("true");
    assertThat(Datum.of(-45L).toString()).isEqualTo("-45");
    assertThat(new Datum.OfList(Datum.Kind.INTEGER, ImmutableList.of(Datum.of(1L), Datum.of(2L))).toString())
        .isEqualTo("[1, 2]");
    assertThat(new Datum.OfTable("level", Datum.Kind.RATE, ImmutableMap.of("low", Datum.of(Rate.parse("5%")),
        "high", Datum.of(Rate.parse("10%")))).toString()).isEqualTo("{low: 5%, high: 10%}");
    assertThat(Datum.of(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
    assertThat(Datum.of(new BigDecimal("0.000")).toString()).isEqualTo("0");
    assertThat(Confidence.LEGAL_TEXT.chineseName()).isEqualTo("法律法规原文");
    assertThat(Confidence.ILLUSTRATIVE.chineseName()).isEqualTo("示例数据，非官方");
  }
}
