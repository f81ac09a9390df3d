package org.rasd.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rasd.model.EntityMention;
import org.rasd.model.EntityType;
import org.rasd.text.ArabicTextAnalyzer;

class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.loadDefault();

    static List<EntityMention> find(String text) {
        return RECOGNIZER.find(text, ArabicTextAnalyzer.loadDefault().analyze(text));
    }

    static Optional<EntityMention> mention(List<EntityMention> ms, String surface) {
        return ms.stream().filter(m -> m.text().equals(surface)).findFirst();
    }

    @Test
    void conjunctionIsNotPartOfTheSpan() {
        String text = "زار الوزير العراق وسوريا الأسبوع الماضي.";
        EntityMention syria = mention(find(text), "سوريا").orElseThrow();
        assertThat(syria.span().start()).isEqualTo(text.indexOf("سوريا"));
        assertThat(syria.actor().country()).isEqualTo("SYR");
        assertThat(syria.type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void linksCapitalsWithCoordinates() {
        String text = "وصل وفد أردني إلى بيروت قادما من عمّان، ثم توجه إلى القاهرة.";
        List<EntityMention> ms = find(text);
        EntityMention beirut = mention(ms, "بيروت").orElseThrow();
        assertThat(beirut.place().name()).isEqualTo("Beirut");
        assertThat(beirut.place().lat()).isBetween(33.0, 34.5);
        assertThat(mention(ms, "القاهرة").orElseThrow().place().country()).isEqualTo("EGY");
    }

    @Test
    void armedGroupsAndInstitutionsAreLinked() {
        String text = "قال الجيش اللبناني إن حزب الله وحركة حماس لم يعلقا على الهجوم، فيما نددت وزارة الخارجية الأمريكية بالعملية.";
        List<EntityMention> ms = find(text);
        assertThat(mention(ms, "الجيش اللبناني").orElseThrow().actor().sector()).containsExactly("MIL");
        assertThat(mention(ms, "حزب الله").orElseThrow().actor().name()).isEqualTo("Hezbollah");
        assertThat(mention(ms, "حركة حماس").orElseThrow().actor().country()).isEqualTo("PSE");
        EntityMention mfa = mention(ms, "وزارة الخارجية الأمريكية").orElseThrow();
        assertThat(mfa.actor().country()).isEqualTo("USA");
        assertThat(mfa.type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void taggerFindsUnlistedPeople() {
        String text = "التقى الرئيس الفرنسي إيمانويل ماكرون نظيره التركي رجب طيب أردوغان في باريس يوم الاثنين.";
        List<EntityMention> ms = find(text);
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.PER);
            assertThat(m.text()).contains("ماكرون");
        });
        assertThat(mention(ms, "باريس").orElseThrow().place().name()).isEqualTo("Paris");
    }

    @Test
    void spansAreExactSubstringsInOrder() {
        String text = "أعلنت قوات سوريا الديمقراطية (قسد) أنها سلمت عناصر من داعش إلى العراق، بحسب الأمم المتحدة.\n"
                + "وأكد مسؤولون في بغداد أن تنظيم الدولة الإسلامية ما زال يشكل تهديدا.";
        List<EntityMention> ms = find(text);
        int last = -1;
        for (EntityMention m : ms) {
            assertThat(m.span().of(text)).isEqualTo(m.text());
            assertThat(m.span().start()).isGreaterThanOrEqualTo(last);
            last = m.span().end();
        }
        assertThat(mention(ms, "قسد").orElseThrow().actor().name()).isEqualTo("Syrian Democratic Forces");
        assertThat(mention(ms, "داعش").orElseThrow().actor().country()).isEqualTo("IMG");
        assertThat(mention(ms, "تنظيم الدولة الإسلامية").orElseThrow().actor().name()).isEqualTo("Islamic State");
        assertThat(mention(ms, "الأمم المتحدة").orElseThrow().actor().country()).isEqualTo("UNO");
    }

    @Test
    void commonWordsThatAreSmallTownsAreNotEntities() {
        String text = "وأصدر التحالف بيانا أكد فيه احترام الكرامة الإنسانية.";
        assertThat(find(text)).extracting(EntityMention::text).doesNotContain("بيانا", "الكرامة", "التحالف");
    }

    @Test
    void aHashtagReadsAsTheWordsItJoins() {
        String text = "وحمّلت الرئاسة الفلسطينية #حركة_حماس مسؤولية التفجير في #غزة.";
        EntityMention hamas = mention(find(text), "حركة_حماس").orElseThrow();
        assertThat(hamas.actor().name()).isEqualTo("Hamas");
        assertThat(text.substring(hamas.span().start(), hamas.span().end())).isEqualTo("حركة_حماس");
        assertThat(mention(find(text), "غزة")).isPresent();
    }

    @Test
    void collocationsThatAreNotPlaces() {
        List<EntityMention> ms = find("عاد الرئيس إلى مسقط رأسه في الجنوب. وزار الوفد مدينة صور اللبنانية.");
        assertThat(ms).noneMatch(m -> m.place() != null && (m.place().name().equals("Muscat")
                || m.place().name().equals("Medina")));
        EntityMention muscat = mention(find("وصل الوزير إلى مسقط أمس."), "مسقط").orElseThrow();
        assertThat(muscat.place().name()).isEqualTo("Muscat");
        EntityMention medina = mention(find("وصل الحجاج إلى المدينة المنورة أمس."), "المدينة المنورة").orElseThrow();
        assertThat(medina.actor().country()).isEqualTo("SAU");
    }

    @Test
    void aTransliteratedCapitalWrittenInTwoWords() {
        assertThat(PlaceGazetteer.loadDefault().lookup("بيونغ يانغ")).map(p -> p.name()).hasValue("Pyongyang");
        assertThat(PlaceGazetteer.loadDefault().lookup("بيونغيانغ")).map(p -> p.name()).hasValue("Pyongyang");
    }

    @Test
    void theSdfInItsOtherSpelling() {
        EntityMention sdf = mention(find("وأعلنت قوات سوريا الديموقراطية السيطرة على البلدة."), "قوات سوريا الديموقراطية")
                .orElseThrow();
        assertThat(sdf.actor().name()).isEqualTo("Syrian Democratic Forces");
    }

    @Test
    void ammanInAStoryAboutJordanOmanOtherwise() {
        List<EntityMention> jordan = find("قالت الحكومة الأردنية إن الوزيرة وصلت إلى عمان أمس.");
        assertThat(mention(jordan, "عمان").orElseThrow().place().name()).isEqualTo("Amman");
        List<EntityMention> byAdjective = find("وعقد الوزير المصري لقاء مع نظيره الأردني في عمان.");
        assertThat(mention(byAdjective, "عمان").orElseThrow().place().name()).isEqualTo("Amman");
        List<EntityMention> oman = find("زار الوزير الأردني سلطنة عمان. وقال إن عمان شريك مهم.");
        assertThat(oman).filteredOn(m -> m.text().equals("عمان"))
                .allSatisfy(m -> assertThat(m.actor().country()).isEqualTo("OMN"));
        assertThat(mention(find("وصل الوفد إلى عمان أمس."), "عمان").orElseThrow().actor().country()).isEqualTo("OMN");
    }
}
