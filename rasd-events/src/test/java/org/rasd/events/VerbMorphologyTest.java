package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasd.events.internal.ArabicFold;
import org.rasd.events.internal.VerbMorphology;

class VerbMorphologyTest {
    private static Map<String, VerbMorphology.Form> forms(String past, String imperfect, String passive) {
        return VerbMorphology.inflect(ArabicFold.fold(past), ArabicFold.fold(imperfect),
                passive == null ? null : ArabicFold.fold(passive));
    }

    @Test
    void soundVerbInEveryPersonAndTense() {
        Map<String, VerbMorphology.Form> f = forms("رحب", "يرحب", null);
        assertThat(f).containsKeys("رحب", "رحبت", "رحبوا", "رحبنا", "يرحب", "ترحب", "يرحبون", "نرحب");
        assertThat(VerbMorphology.inflect("صادر", "يصادر", null, false)).doesNotContainKey("مصادر");
        assertThat(forms("طالب", "يطالب", null)).containsKeys("مطالبين", "مطالبا", "طالبوا", "يطالبون");
        assertThat(f.get("رحبوا").plural()).isTrue();
        assertThat(f.get("يرحبون").tense()).isEqualTo(VerbMorphology.Tense.IMPERFECT);
    }

    @Test
    void defectiveVerbs() {
        assertThat(forms("دعا", "يدعو", null)).containsKeys("دعت", "دعوا", "يدعون", "تدعو");
        assertThat(forms("التقى", "يلتقي", null)).containsKeys("التقت", "التقوا", "يلتقون", "التقيا");
    }

    @Test
    void passiveStemWhereTheLettersShowIt() {
        Map<String, VerbMorphology.Form> f = forms("اغتال", "يغتال", "اغتيل");
        assertThat(f.get("اغتيل").passive()).isTrue();
        assertThat(f.get("اغتيلت").passive()).isTrue();
        assertThat(f.get("اغتالت").passive()).isFalse();
    }

    @Test
    void foldingUnifiesSpellings() {
        assertThat(ArabicFold.fold("إشادَة")).isEqualTo("اشاده");
        assertThat(ArabicFold.fold("يؤيّد")).isEqualTo("يويد");
    }
}
