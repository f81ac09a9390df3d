package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.Aux;
import org.junit.jupiter.api.Test;
import org.rasd.model.Sentence;

class DateResolverTest {
    private static final LocalDate PUB = LocalDate.of(2026, 11, 28); // a Saturday
    private static final DateResolver DATES = new DateResolver(CueLexicon.loadDefault());

    private static List<DateResolver.Found> found(String text) {
        Sentence s = Pipeline.sentences(text).get(0);
        SentenceView v = SentenceView.of(text, s, w -> false);
        return DATES.find(v, PUB);
    }

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

    @Test
    void bareYearIsOnlyAYear() {
        List<DateResolver.Found> f = found("قتل الصحفي عام 2005 في بيروت");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).yearOnly()).isTrue();
        assertThat(f.get(0).date().getYear()).isEqualTo(2005);
    }

    @Test
    void hijriYearIsConvertedNotReadAsGregorian() {
        List<DateResolver.Found> f = found("تأسست الجمعية عام 1385 هـ في الرياض");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).date().getYear()).isBetween(1965, 1966);
        // a year in the Hijri range after عام, with no era mark, is Hijri too
        assertThat(found("تأسست الجمعية عام 1385 في الرياض").get(0).date().getYear()).isBetween(1965, 1966);
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        assertThat(found("قتل 1500 شخص في المعارك")).isEmpty();
        assertThat(found("في 3 يناير 1385 وقع الحادث")).isEmpty();
    }

    @Test
    void pastYearLeavesTheDayUnknownAndMarksHistory() {
        Set<Aux> aux = EnumSet.noneOf(Aux.class);
        LocalDate d = PloverEventCoder.eventDate(found("قتل الصحفي عام 2005 في بيروت").get(0), PUB, aux);
        assertThat(d).isNull();
        assertThat(aux).containsExactly(Aux.HISTORICAL);
    }

    @Test
    void lastYearIsNotADayAndNotSurelyHistorical() {
        Set<Aux> aux = EnumSet.noneOf(Aux.class);
        LocalDate d = PloverEventCoder.eventDate(found("اعتقلت الشرطة الرجل العام الماضي").get(0), PUB, aux);
        assertThat(d).isNull();
        assertThat(aux).isEmpty();
    }

    @Test
    void visionYearDoesNotDateAPastEvent() {
        Set<Aux> aux = EnumSet.noneOf(Aux.class);
        LocalDate d = PloverEventCoder.eventDate(found("وقعت الحكومة اتفاقا ضمن رؤية عام 2030").get(0), PUB, aux);
        assertThat(d).isEqualTo(PUB);
        assertThat(aux).isEmpty();
        // nor does an explicit later day, for an event that is not future
        d = PloverEventCoder.eventDate(found("اتفق الطرفان على عقد قمة في 5 يناير 2050").get(0), PUB, aux);
        assertThat(d).isEqualTo(PUB);
    }

    @Test
    void futureEventKeepsAnExplicitLaterDay() {
        Set<Aux> aux = EnumSet.of(Aux.FUTURE);
        LocalDate d = PloverEventCoder.eventDate(found("سيزور الرئيس القاهرة في 5 يناير 2027").get(0), PUB, aux);
        assertThat(d).isEqualTo(LocalDate.of(2027, 1, 5));
        // but a future event with only a year has no day
        assertThat(PloverEventCoder.eventDate(found("ستنسحب القوات عام 2030").get(0), PUB, aux)).isNull();
    }
}
