package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.CitationKind;
import org.zhengbing.core.region.RegionCode;

/** How a policy file gives a citation's titles, kind and the text of a value's article. */
class CitationReadingTest {

  private static final String HEAD = "format: zhengbing-policy/1\nregion: national\nsources:\n"
      + "  law:\n"
      + "    document: 兵役法\n"
      + "    document_en: Military Service Law\n"
      + "    articles:\n"
      + "      第二十六条: \"义务兵服现役的期限为二年。\"\n"
      + "  relay:\n"
      + "    document: 新华社报道\n"
      + "    kind: report\n"
      + "parameters:\n"
      + "  test.years:\n"
      + "    type: integer\n"
      + "    label: {zh: 年限, en: years}\n"
      + "    values:\n";

  private static PolicyBook read(String values) {
    return PolicyBook.empty().withYaml(HEAD + values, "c.yaml");
  }

  private static Citation citation(PolicyBook book) {
    return book.resolve(ParameterKey.integer("test.years"), RegionCode.of("500116"), LocalDate.of(2022, 1, 1))
        .provenance().citation();
  }

  @Test
  void aValuesArticleTakesItsTextFromTheSource() {
    Citation c = citation(read("      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: law, "
        + "article: 第二十六条, note: the 2021 revision}\n"));
    assertThat(c.document()).isEqualTo("兵役法");
    assertThat(c.documentEn()).contains("Military Service Law");
    assertThat(c.kind()).isEqualTo(CitationKind.DOCUMENT);
    assertThat(c.article()).contains("第二十六条");
    assertThat(c.articleText()).contains("义务兵服现役的期限为二年。");
    assertThat(c.note()).contains("the 2021 revision");
    assertThat(c.toShortString()).isEqualTo("《兵役法》第二十六条");
    assertThat(c.toShortString(Locale.ENGLISH)).isEqualTo("Military Service Law, Art. 26");
  }

  @Test
  void aParagraphOfABundledArticleTakesTheArticlesText() {
    Citation c = citation(read("      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: law, "
        + "article: 第二十六条第一款}\n"));
    assertThat(c.article()).contains("第二十六条第一款");
    assertThat(c.articleText()).contains("义务兵服现役的期限为二年。");
  }

  @Test
  void aSourceWithoutArticlesTakesAnyWellFormedArticleWithoutText() {
    Citation c = citation(read("      - {from: 2021-01-01, value: 2, confidence: OFFICIAL_NOTICE, citation: relay, "
        + "article: 第三条}\n"));
    assertThat(c.kind()).isEqualTo(CitationKind.REPORT);
    assertThat(c.article()).contains("第三条");
    assertThat(c.articleText()).isEmpty();
    assertThat(c.toShortString()).isEqualTo("新华社报道第三条").doesNotContain("《");
  }

  @Test
  void anInlineCitationMayBundleItsArticle() {
    Citation c = citation(read("      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: {document: 条例, "
        + "article: 第五条, articles: {第五条: 第五条的文字}}}\n"));
    assertThat(c.articleText()).contains("第五条的文字");
  }

  // line 17 is the first value; column 86 is the first character after "article: " (85 characters before it);
  // line 11 is the relay's "kind:" line, whose value starts in column 11

  @Test
  void anArticleTheSourceDoesNotBundleIsAnError() {
    assertThatThrownBy(() -> read("      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: law, "
        + "article: 第二十七条}\n"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("c.yaml:17:86: article '第二十七条' must be one of the articles bundled with its citation "
            + "[第二十六条], but is not");
  }

  @Test
  void anArticleNotWrittenAsInTheTextIsAnError() {
    assertThatThrownBy(() -> read("      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: law, "
        + "article: Art 26}\n"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("c.yaml:17:86: article must be written as in the text, such as 第三十条 or "
            + "第四十五条第二款, but was 'Art 26'");
  }

  @Test
  void anUnknownKindIsAnError() {
    assertThatThrownBy(() -> PolicyBook.empty().withYaml(HEAD.replace("kind: report", "kind: rumour")
        + "      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: law}\n", "c.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("c.yaml:11:11: citation kind must be document, report or library, but was 'rumour'");
  }

  @Test
  void anArticleKeyNotWrittenAsInTheTextIsAnError() {
    assertThatThrownBy(() -> PolicyBook.empty().withYaml(HEAD.replace("      第二十六条:", "      Art26:")
        + "      - {from: 2021-01-01, value: 2, confidence: LEGAL_TEXT, citation: law}\n", "c.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("an article key must be written as in the text, such as 第三十条, but was 'Art26'");
  }
}
