package org.rasd.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonDirectoryTest {
    private final PersonDirectory persons = PersonDirectory.loadDefault();

    @Test
    void linksASurnameUsedAlone() {
        assertThat(persons.lookup("ترامب")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Donald Trump");
            assertThat(a.country()).isEqualTo("USA");
            assertThat(a.sector()).containsExactly("GOV");
        });
    }

    @Test
    void linksAFullNameWhateverTheHamzaAndDiacritics() {
        assertThat(persons.lookup("رَجب طيب اردوغان")).map(a -> a.name()).hasValue("Recep Tayyip Erdogan");
        assertThat(persons.lookup("الرئيس فلاديمير بوتين")).map(a -> a.country()).hasValue("RUS");
    }

    @Test
    void doesNotLinkUnknownPeople() {
        assertThat(persons.lookup("خالد منصور")).isEmpty();
    }

    @Test
    void linksAPersonTheRecognizerFindsInASentence() {
        String text = "وقال الرئيس الأمريكي دونالد ترامب إن بلاده ستفرض عقوبات جديدة.";
        var sentences = org.rasd.text.ArabicTextAnalyzer.loadDefault().analyze(text);
        var entities = EntityRecognizer.loadDefault().find(text, sentences);
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.text()).contains("ترامب");
            assertThat(e.actor()).isNotNull();
            assertThat(e.actor().name()).isEqualTo("Donald Trump");
        });
    }

    @Test
    void commonWordSurnamesLinkOnlyInFull() {
        assertThat(persons.lookup("عبد ربه منصور هادي")).map(a -> a.country()).hasValue("YEM");
        assertThat(persons.lookup("محمد هادي")).isEmpty(); // هادي alone is a first name and an adjective
        assertThat(persons.lookup("ميركل")).map(a -> a.country()).hasValue("DEU");
        assertThat(persons.lookup("كيم")).map(a -> a.name()).hasValue("Kim Jong-un");
    }

    @Test
    void aSurnameAfterAnotherFirstNameIsAnotherPerson() {
        assertThat(persons.lookup("تشارلز كوشنر")).isEmpty();
        assertThat(persons.lookup("إيفانكا ترامب")).isEmpty();
        assertThat(persons.lookup("الرئيس ترامب")).map(a -> a.name()).hasValue("Donald Trump");
        assertThat(persons.lookup("جاريد كوشنر")).map(a -> a.name()).hasValue("Jared Kushner");
    }

    @Test
    void distinctiveSurnamesOnly() {
        assertThat(persons.distinctiveSurname("ترامب")).map(a -> a.name()).hasValue("Donald Trump");
        assertThat(persons.distinctiveSurname("الأسد")).isEmpty(); // also "the lion"
        assertThat(persons.distinctiveSurname("هنية")).isEmpty();  // too short to be sure
    }
}
