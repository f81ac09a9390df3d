package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Sentence;

class DateResolverTest {
    private static final LocalDate PUB = LocalDate.of(2026, 11, 28); // a Saturday
    private static final DateResolver DATES = new DateResolver(CueLexicon.loadDefault());

    private static List<LocalDate> dates(String text) {
        Sentence s = Pipeline.sentences(text).get(0);
        SentenceView v = SentenceView.of(text, s, w -> false);
        return DATES.find(v, PUB).stream().map(DateResolver.Found::date).toList();
    }

    @Test
    void yesterdayAndToday() {
        assertThat(dates("وصل الوزير أمس")).containsExactly(LocalDate.of(2026, 11, 27));
        assertThat(dates("يصل الوزير اليوم")).containsExactly(PUB);
    }

    @Test
    void lastTuesdayAndNextMonth() {
        assertThat(dates("وقع الانفجار الثلاثاء الماضي")).containsExactly(LocalDate.of(2026, 11, 24));
        assertThat(dates("يزور الرئيس القاهرة الشهر المقبل")).containsExactly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void bothMonthNameSeries() {
        assertThat(dates("في 3 كانون الثاني 2025")).containsExactly(LocalDate.of(2025, 1, 3));
        assertThat(dates("في 27 ديسمبر (كانون الأول) 2025")).containsExactly(LocalDate.of(2025, 12, 27));
    }

    @Test
    void hijriDate() {
        assertThat(dates("في 1 رمضان 1447")).containsExactly(
                LocalDate.from(java.time.chrono.HijrahDate.of(1447, 9, 1)));
    }
}
