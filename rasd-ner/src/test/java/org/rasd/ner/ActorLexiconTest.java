package org.rasd.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Sentence;
import org.rasd.model.Span;

class ActorLexiconTest {
    private final ActorLexicon lexicon = ActorLexicon.loadDefault();

    private Actor actor(String phrase) {
        return lexicon.lookup(phrase).orElseThrow(() -> new AssertionError("not found: " + phrase));
    }

    @Test
    void countriesByFullAndShortName() {
        assertThat(actor("المملكة العربية السعودية").country()).isEqualTo("SAU");
        assertThat(actor("السعودية").country()).isEqualTo("SAU");
        assertThat(actor("سوريا").country()).isEqualTo("SYR");
        assertThat(actor("سورية").country()).isEqualTo("SYR");
        assertThat(actor("العراق").country()).isEqualTo("IRQ");
        assertThat(actor("الولايات المتحدة").country()).isEqualTo("USA");
        assertThat(lexicon.lookup("المملكة")).isEmpty();
    }

    @Test
    void adjectivesInEveryInflectionNameTheirCountry() {
        assertThat(actor("سعودي").country()).isEqualTo("SAU");
        assertThat(actor("أميركي").country()).isEqualTo("USA");
        assertThat(actor("الأمريكية").country()).isEqualTo("USA");
        assertThat(actor("العراقيين").country()).isEqualTo("IRQ");
        assertThat(actor("أممية").country()).isEqualTo("UNO");
    }

    @Test
    void everyNameOfIslamicStateIsOneActor() {
        Actor a = actor("داعش");
        assertThat(a.country()).isEqualTo("IMG");
        assertThat(actor("تنظيم الدولة")).isEqualTo(a);
        assertThat(actor("الدولة الإسلامية")).isEqualTo(a);
        assertThat(actor("تنظيم الدولة الإسلامية")).isEqualTo(a);
    }

    @Test
    void institutionsTakeTheirCountryAndSector() {
        assertThat(actor("الحكومة السورية")).isEqualTo(new Actor("Syria", "SYR", List.of("GOV")));
        assertThat(actor("الجيش العراقي").sector()).containsExactly("MIL");
        assertThat(actor("الجيش العراقي").country()).isEqualTo("IRQ");
        Actor mfa = actor("وزارة الخارجية الأمريكية");
        assertThat(mfa.country()).isEqualTo("USA");
        assertThat(mfa.sector()).containsExactly("GOV");
        assertThat(actor("حكومة دمشق").country()).isEqualTo("SYR");
        assertThat(actor("قوات سوريا الديمقراطية").name()).isEqualTo("Syrian Democratic Forces");
        assertThat(actor("قسد").name()).isEqualTo("Syrian Democratic Forces");
    }

    @Test
    void findsLongestMatchesWithoutTheirClitics() {
        String text = "التقى وفد من الأمم المتحدة بممثلين عن وسوريا وللمملكة العربية السعودية في بغداد.";
        List<ActorMatch> ms = lexicon.findAll(new Sentence(0, new Span(0, text.length()), List.of()), text);
        assertThat(ms).extracting(ActorMatch::text)
                .containsExactly("الأمم المتحدة", "سوريا", "لمملكة العربية السعودية", "بغداد");
        assertThat(ms.get(2).actor().country()).isEqualTo("SAU");
        assertThat(ms.get(3).place().name()).isEqualTo("Baghdad");
    }
}
