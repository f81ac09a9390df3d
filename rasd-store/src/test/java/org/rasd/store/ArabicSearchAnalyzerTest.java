package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.model.Document;

class ArabicSearchAnalyzerTest {
    @TempDir
    Path dir;

    private static List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (ArabicSearchAnalyzer a = new ArabicSearchAnalyzer(); TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void cliticPrepositionAndArticleDoNotMatter() throws IOException {
        assertThat(terms("بالرياض")).isEqualTo(terms("الرياض"));
        assertThat(terms("والرياض")).isEqualTo(terms("الرياض"));
    }

    @Test
    void suffixesAreKeptSoRiyadhIsNotSport() throws IOException {
        assertThat(terms("الرياضية")).isNotEqualTo(terms("الرياض"));
        assertThat(terms("الحكومة")).isEqualTo(terms("حكومة"));
    }

    @Test
    void hamzaOnAlefDoesNotMatter() throws IOException {
        assertThat(terms("أمريكا")).isEqualTo(terms("امريكا"));
        assertThat(terms("إيران")).isEqualTo(terms("ايران"));
    }

    @Test
    void diacriticsAndTatweelDoNotMatter() throws IOException {
        assertThat(terms("مُؤْتَمَر")).isEqualTo(terms("مؤتمر"));
        assertThat(terms("مــؤتمر")).isEqualTo(terms("مؤتمر"));
    }

    @Test
    void arabicIndicDigitsMatchAsciiDigits() throws IOException {
        assertThat(terms("٢٠١٨")).isEqualTo(List.of("2018"));
    }

    @Test
    void storeSearchFindsAcrossSpellings() {
        try (RasdStore store = RasdStore.open(dir)) {
            Ingestion run = store.ingestion(StubStages.pipeline(), 1, Ingestion.Listener.NONE);
            run.submit(new Document("r", "وصل الوفد إلى الرياض للمشاركة في المؤتمر.", LocalDate.of(2018, 1, 1)), "t");
            run.submit(new Document("u", "أعلنت أمريكا فرض عقوبات جديدة.", LocalDate.of(2018, 1, 2)), "t");
            run.finish();
            Paging p = new Paging(10, 0);
            assertThat(store.search("بالرياض", EventFilter.NONE, p).items()).extracting(SearchHit::id).containsExactly("r");
            assertThat(store.search("امريكا", EventFilter.NONE, p).items()).extracting(SearchHit::id).containsExactly("u");
            assertThat(store.search("المُؤتَمَر", EventFilter.NONE, p).items()).extracting(SearchHit::id).containsExactly("r");
        }
    }
}
