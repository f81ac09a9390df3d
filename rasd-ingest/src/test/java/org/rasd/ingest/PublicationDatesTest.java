package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2018-05-01|2018-05-01",
        "2018-05-01T23:30:00-05:00|2018-05-01",
        "2018-05-01T01:30:00Z|2018-05-01",
        "2018/5/1|2018-05-01",
        "Tue, 01 May 2018 22:30:00 GMT|2018-05-01",
        "Tue, 1 May 18 22:30:00 +0300|2018-05-01",
        "Wed, 02 Oct 2002 13:00:00 EST|2002-10-02",
        "May 1, 2018|2018-05-01",
        "1 مايو 2018|2018-05-01",
        "الثلاثاء، 1 أيار 2018|2018-05-01",
        "10 مايو/أيار 2018|2018-05-10",
        "٢٠ كانون الثاني ٢٠٢٦|2026-01-20",
        "3 تشرين الأول 2019|2019-10-03",
        "15 تشرين الثاني، 2019|2019-11-15",
        "1 كانون الأول 2019|2019-12-01",
        "5 آب 2020|2020-08-05",
        "7 يونيه 2017|2017-06-07",
        "12 جويلية 2021|2021-07-12",
        "الخميس 14 من فبراير 2019|2019-02-14",
        "01/05/2018|2018-05-01",
    })
    void parsesNewsDateFormats(String in, String expected) {
        assertThat(PublicationDates.parse(in)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2018-02-30", "31 فبراير 2018", "99 مايو 2018", "Tue, 40 Foo 2018"})
    void returnsNullForNonDates(String in) {
        assertThat(PublicationDates.parse(in)).isNull();
    }
}
