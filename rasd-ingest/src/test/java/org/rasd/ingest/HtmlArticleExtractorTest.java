package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void extractsTitleDateAndBodyOfANewsPage() {
        HtmlArticle a = extractor.extract(Fixtures.text("html/news-article.html"));
        assertThat(a.title()).isEqualTo("الأردن يستضيف اجتماعا إقليميا لبحث الأوضاع الإنسانية");
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(a.url()).isEqualTo("https://example.org/news/2026/03/jordan-meeting");
        assertThat(a.site()).isEqualTo("أخبار المشرق");
        assertThat(a.text().split("\n")).containsExactly(
                "أعلن وزير الخارجية الأردني، اليوم الثلاثاء، أن بلاده ستستضيف اجتماعاً إقليمياً الشهر المقبل لبحث "
                        + "الأوضاع الإنسانية في المنطقة.",
                "وقال الوزير في مؤتمر صحفي بالعاصمة عمّان إن الاجتماع سيضم ممثلين عن عشر دول ومنظمات دولية، مضيفاً "
                        + "أن \"المساعدات يجب أن تصل إلى المدنيين دون عوائق\".",
                "ودعا الوزير جميع الأطراف إلى احترام القانون الدولي الإنساني، وإلى فتح المعابر أمام قوافل الإغاثة "
                        + "بصورة دائمة.",
                "ومن المتوقع أن يصدر عن الاجتماع بيان ختامي يحدد آليات التنسيق بين الدول المشاركة خلال الأشهر المقبلة.");
    }

    @Test
    void dropsNavigationAdsScriptsRelatedLinksCommentsAndFooter() {
        String text = extractor.extract(Fixtures.text("html/news-article.html")).text();
        assertThat(text).doesNotContain("اقتصاد", "إعلان", "اقرأ أيضا", "نظيره المصري", "الأكثر قراءة", "تعليق",
                "جميع الحقوق", "dataLayer", "font-family", "فيسبوك", "الرئيسية");
    }

    @Test
    void readsTheDateFromJsonLdAndKeepsMixedLanguageParagraphs() {
        HtmlArticle a = extractor.extract(Fixtures.text("html/jsonld-date.html"));
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(a.title()).isEqualTo("تونس: انطلاق الحملة الانتخابية للانتخابات البلدية");
        assertThat(a.text()).startsWith("انطلقت صباح اليوم في تونس").contains("Le scrutin est prévu")
                .doesNotContain("الرئيسية", "contact@");
    }

    @Test
    void findsTheBodyByTextDensityInATableLayoutAndReadsTimeDatetime() {
        HtmlArticle a = extractor.extract(Fixtures.text("html/time-date-no-article.html"));
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(a.text()).contains("استضافت العاصمة العراقية بغداد").contains("وقال رئيس الوزراء")
                .doesNotContain("العالم", "حقوق النشر");
    }

    @Test
    void keepsParagraphsWrappedOnePerDivAsSiblingsOfTheBestBlock() {
        HtmlArticle a = extractor.extract(Fixtures.text("html/wrapped-paragraphs.html"));
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 7, 4));
        String[] lines = a.text().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("أعلن الوسطاء في جدة");
        assertThat(lines[1]).startsWith("وقال بيان مشترك");
        assertThat(lines[2]).startsWith("وتأتي الهدنة");
        assertThat(a.text()).doesNotContain("اشترك", "الرئيسية", "الحقوق");
    }

    @Test
    void segmentsMapEveryRunOfExtractedTextBackToItsHtmlTextNode() {
        String html = Fixtures.text("html/news-article.html");
        HtmlArticle a = extractor.extract(html);
        assertThat(a.segments()).isNotEmpty();
        int previousEnd = 0;
        for (HtmlArticle.Segment s : a.segments()) {
            assertThat(s.textStart()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.textEnd()).isGreaterThan(s.textStart()).isLessThanOrEqualTo(a.text().length());
            previousEnd = s.textEnd();
            String extracted = a.text().substring(s.textStart(), s.textEnd()).strip();
            String source = html.substring(s.sourceStart(), s.sourceEnd()).replace("&quot;", "\"")
                    .replaceAll("\\s+", " ").strip();
            assertThat(source).isEqualTo(extracted);
        }
        // Every non-separator char of the text is covered by a segment.
        int covered = a.segments().stream().mapToInt(s -> s.textEnd() - s.textStart()).sum();
        long separators = a.text().chars().filter(c -> c == '\n').count();
        assertThat(covered + separators).isEqualTo(a.text().length());
    }

    @Test
    void survivesDeepNestingWithinTheDepthLimit() {
        HtmlArticle a = extractor.extract(Fixtures.text("hostile/deeply-nested.html"));
        assertThat(a.text()).isEqualTo("وصل الرئيس إلى العاصمة في زيارة رسمية تستمر يومين لبحث العلاقات الثنائية.");
    }

    @Test
    void reducesAFeedFragmentToParagraphLines() {
        assertThat(extractor.fragmentText("<p>الأولى <b>مهمة</b></p><p>الثانية</p><script>x()</script>"))
                .isEqualTo("الأولى مهمة\nالثانية");
    }
}
