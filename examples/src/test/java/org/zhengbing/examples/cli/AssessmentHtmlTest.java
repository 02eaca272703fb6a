package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.assess.RecordAssessment;
import org.zhengbing.core.assess.RecordAssessor;
import org.zhengbing.core.assess.SeasonRecord;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;

/** The HTML page: self-contained, escaped, bilingual, with the three kinds of chart drawn to scale. */
class AssessmentHtmlTest {

  static final ConscriptionTerm S26 = ConscriptionTerm.parse("2026-SPRING");

  static String samplePage() {
    List<SeasonRecord> records = RecordsInput.read(AssessCommandTest.SAMPLE, RegionCode.of("370102")).stream()
        .map(RecordsInput.Row::record).toList();
    RecordAssessment a = RecordAssessor.of(PolicySets.sampleRegions()).assess(records);
    return AssessmentHtml.render(a, S26);
  }

  @Test
  void thePageIsSelfContained() {
    String html = samplePage();
    Document d = Jsoup.parse(html);
    assertThat(d.select("script, iframe, object, embed, link, img, base")).isEmpty();
    for (Element e : d.getAllElements()) {
      for (org.jsoup.nodes.Attribute at : e.attributes()) {
        assertThat(at.getKey()).as(e.tagName()).doesNotStartWith("on").isNotIn("src", "href", "xlink:href",
            "action", "srcset");
      }
    }
    // the only address is the SVG namespace name, which is never fetched
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("url(", "@import",
        "http://", "https://", "//");
    assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
  }

  @Test
  void theChartsAreDrawnToScale() {
    Document d = Jsoup.parse(samplePage());
    assertThat(d.select("svg.rates")).extracting(e -> e.attr("data-rate"))
        .containsExactly("registration", "exam_turnout", "qualification", "selection", "return");
    assertThat(d.select("svg.trend")).hasSize(8);
    // 上站率, 2026 spring: the axis runs to 1.1 × max(250%, target 200%) = 275% over 190 px from x = 90:
    // 东城镇 250% -> 190 × 2.5 / 2.75 = 172.7 px; 北湖镇 180% -> 124.4 px; the target line at 90 + 138.2
    Element exam = d.selectFirst("svg.rates[data-rate=exam_turnout]");
    assertThat(exam.select("rect")).extracting(e -> e.attr("width")).containsExactly("172.7", "124.4", "172.7",
        "172.7");
    assertThat(exam.select("rect")).extracting(e -> e.attr("fill"))
        .containsExactly("#2e7d32", "#e65100", "#2e7d32", "#2e7d32");
    assertThat(exam.selectFirst("line.target").attr("x1")).isEqualTo("228.2");
    // the ranking: score / 100 × 420 px: 东城镇 and 西城镇 100 -> 420.0, 南山镇 80 -> 336.0, 北湖镇 40 -> 168.0
    Element ranking = d.selectFirst("svg.ranking");
    assertThat(ranking.select("rect")).extracting(e -> e.attr("width"))
        .containsExactly("420.0", "420.0", "336.0", "168.0");
    assertThat(ranking.select("text")).extracting(Element::text).contains("1. 东城镇", "1. 西城镇", "3. 南山镇",
        "4. 北湖镇", "100.00 / 100 (并列 tied)", "40.00 / 100");
    // 退兵率 over the seasons: 西城镇 10% in 2025 spring, then 0%; one point per unit and season
    Element returns = d.selectFirst("svg.trend[data-rate=return]");
    assertThat(returns.select("polyline")).hasSize(4);
    assertThat(returns.select("circle title")).extracting(Element::text).contains("西城镇 2025-SPRING 10%",
        "西城镇 2025-AUTUMN 0%");
  }

  @Test
  void thePageIsInChineseAndEnglish() {
    Document d = Jsoup.parse(samplePage());
    assertThat(d.select("h2")).extracting(Element::text).contains(
        "五率与目标（2026-SPRING） The five rates against their targets, 2026-SPRING",
        "各率季度走势 Each rate over the seasons", "考评排名（2026-SPRING） Ranking, 2026-SPRING",
        "得分明细（2026-SPRING） Scores item by item, 2026-SPRING");
    assertThat(d.select("p.note").text()).contains("示例口径", "ILLUSTRATIVE");
    assertThat(d.select("table.scores tr")).hasSize(5);
    assertThat(d.select("table.streaks").text()).contains("2 季 seasons (2025-AUTUMN – 2026-SPRING)",
        "2025-AUTUMN: 1/0/0");
    assertThat(d.select("table.defs").text()).contains("山东省征兵工作量化考评标准", "ILLUSTRATIVE");
  }

  @Test
  void everyTextIsEscaped() {
    String evil = "<script>alert(\"x\")</script> & 'q' 镇";
    SeasonRecord r = ((SeasonRecord.Builder) SeasonRecord.builder().unit(evil).region(RegionCode.of("370102"))
        .season(S26).liable(10).registered(10).applicants(6).examined(3).physicalPassed(2).politicalPassed(5)
        .doubleQualified(2).approved(1).collegeApproved(1).graduatesApproved(0).task(1)).build();
    String html = AssessmentHtml.render(RecordAssessor.of(PolicySets.sampleRegions()).assess(List.of(r)), S26);
    Document d = Jsoup.parse(html);
    assertThat(d.select("script")).isEmpty();
    assertThat(html).doesNotContain(evil).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        + "&#39;q&#39; 镇");
    assertThat(d.select("table.season td.u").first().text()).isEqualTo(evil);
    assertThat(AssessmentHtml.esc("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;");
  }
}
