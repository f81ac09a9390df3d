package org.rasd.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the full-text index: insensitive to diacritics, hamza/alef variants and the common
 * clitics, so بالرياض finds الرياض and أمريكا finds امريكا.
 *
 * <p>Stage order, and why: the tokenizer splits on Unicode word boundaries; lower-casing folds Latin
 * names; Arabic-Indic digits become ASCII so ٢٠١٨ finds 2018; stop words are removed before
 * normalization because Lucene's Arabic stop list is written with hamza; the normalizer then drops
 * diacritics and tatweel and folds أ إ آ to ا, ى to ي and ة to ه; last, the article and the clitics
 * و ب ك ف ل joined to it are stripped ({@link ArabicPrefixStemFilter}). This is Lucene's
 * {@link ArabicAnalyzer} chain without its suffix stripping, kept in one class so index and queries cannot
 * drift apart.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new DecimalDigitFilter(s);
        s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
        s = new ArabicNormalizationFilter(s);
        s = new ArabicPrefixStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }
}
