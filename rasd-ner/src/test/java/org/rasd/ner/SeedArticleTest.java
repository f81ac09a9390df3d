package org.rasd.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EntityMention;

/** The seed report: every named actor and place is found and linked (one general check among many). */
class SeedArticleTest {
    private static final Path SEED = Path.of(System.getProperty("rasd.shared", "../../shared"),
            "fixtures/seed/article.txt");

    @Test
    void everyNamedActorAndPlaceIsLinked() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "seed article test skipped: ../shared/fixtures/seed absent");
        String text = Files.readString(SEED);
        List<EntityMention> ms = EntityRecognizerTest.find(text);
        assertLinked(ms, "Global Coalition to Defeat ISIS", "IGO");
        assertLinked(ms, "Islamic State", "IMG");
        assertLinked(ms, "Iraq", "IRQ");
        assertLinked(ms, "Syria", "SYR");
        assertLinked(ms, "Saudi Arabia", "SAU");
        assertLinked(ms, "Riyadh", "SAU");
        assertLinked(ms, "Damascus", "SYR");
        assertLinked(ms, "Baghdad", "IRQ");
        assertLinked(ms, "Syrian Democratic Forces", "SYR");
        assertLinked(ms, "United Nations", "UNO");
        assertLinked(ms, "al-Hol camp", "SYR");
        assertLinked(ms, "Roj camp", "SYR");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("الحكومة السورية");
            assertThat(m.actor().sector()).containsExactly("GOV");
        });
        assertThat(surfaces(ms, "Syrian Democratic Forces")).contains("قسد", "قوات سوريا الديمقراطية");
        assertThat(surfaces(ms, "Saudi Arabia")).contains("المملكة العربية السعودية", "السعودية");
        assertThat(surfaces(ms, "Islamic State")).contains("تنظيم الدولة", "تنظيم داعش");
    }

    private static List<String> surfaces(List<EntityMention> ms, String name) {
        return ms.stream().filter(m -> m.actor() != null && m.actor().name().equals(name))
                .map(EntityMention::text).toList();
    }

    private static void assertLinked(List<EntityMention> ms, String name, String country) {
        assertThat(ms).as(name).anySatisfy(m -> {
            assertThat(m.actor()).isNotNull();
            assertThat(m.actor().name()).isEqualTo(name);
            assertThat(m.actor().country()).isEqualTo(country);
        });
    }
}
