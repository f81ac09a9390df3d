package org.rasd.store;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips the article and the clitics joined to it (ال وال بال كال فال لل و) but, unlike Lucene's
 * {@code ArabicStemFilter}, no suffixes: suffix stripping makes الرياضية (sporting) and الرياض (Riyadh) one
 * term, which costs more precision than the plural conflation it buys.
 */
final class ArabicPrefixStemFilter extends TokenFilter {
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ArabicPrefixStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(stemmer.stemPrefix(term.buffer(), term.length()));
        }
        return true;
    }
}
