package org.rasd.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the bytes of an input into text without ever guessing silently: a byte-order mark wins; then valid UTF-8;
 * then a declared charset when the bytes decode cleanly and plausibly in it; then ICU4J's detector, whose proposals
 * among the Arabic single-byte charsets (windows-1256, ISO-8859-6) are verified by strict decoding and ranked by
 * {@link ArabicPlausibility} (script coherence, then an Arabic letter-bigram model). Bytes that fit none of these are reported, never replaced with U+FFFD.
 */
public final class CharsetDetection {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    /** ICU's n-gram statistics settle within the first few pages; the rest only costs time. */
    private static final int ICU_SAMPLE = 64 * 1024;
    /** Below this share of Arabic letters among non-ASCII letters a single-byte decoding is not believed (binary). */
    static final double MIN_ARABIC_SHARE = 0.5;

    /** Decoded text and how its charset was chosen, or why the bytes could not be decoded. */
    public record Decoded(String text, String charset, String basis, String error) {
        public boolean ok() {
            return error == null;
        }

        static Decoded failed(String error) {
            return new Decoded(null, null, null, error);
        }
    }

    private CharsetDetection() {
    }

    /** Decodes {@code bytes[from..]}, honouring the charset the bytes themselves declare when it is right. */
    public static Decoded decode(byte[] bytes, int from) {
        return decode(bytes, from, DeclaredCharset.find(bytes, from), false);
    }

    /**
     * Decodes {@code bytes[from..]}.
     *
     * @param declared a charset name declared by the input or its transport, or {@code null}
     * @param markup   whether the bytes are HTML/XML (ICU then ignores tags when it counts n-grams)
     */
    public static Decoded decode(byte[] bytes, int from, String declared, boolean markup) {
        int n = bytes.length - from;
        if (n >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF) {
            return strictOrFail(bytes, from + 3, StandardCharsets.UTF_8, "byte-order mark");
        }
        if (n >= 2 && (bytes[from] & 0xFF) == 0xFE && (bytes[from + 1] & 0xFF) == 0xFF) {
            return strictOrFail(bytes, from + 2, StandardCharsets.UTF_16BE, "byte-order mark");
        }
        if (n >= 2 && (bytes[from] & 0xFF) == 0xFF && (bytes[from + 1] & 0xFF) == 0xFE) {
            return strictOrFail(bytes, from + 2, StandardCharsets.UTF_16LE, "byte-order mark");
        }
        Charset declaredCharset = DeclaredCharset.resolve(declared);
        if (declaredCharset != null && declaredCharset.name().startsWith("UTF-16")) {
            return strictOrFail(bytes, from, declaredCharset, "declared charset " + declared);
        }
        String binary = binaryContent(bytes, from);
        if (binary != null) {
            return Decoded.failed(binary);
        }
        Attempt utf8 = strict(bytes, from, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return new Decoded(utf8.text, "UTF-8", "valid UTF-8", null);
        }
        return decodeLegacy(bytes, from, declared, declaredCharset, markup, utf8.errorAt);
    }

    private static Decoded decodeLegacy(byte[] bytes, int from, String declared, Charset declaredCharset,
                                        boolean markup, int utf8ErrorAt) {
        if (mostlyUtf8(bytes, from)) {
            // Broken UTF-8 (a truncated or spliced file) also decodes "cleanly" in windows-1256, as mojibake.
            return Decoded.failed(String.format("invalid UTF-8 (byte 0x%02X at offset %d) in otherwise UTF-8 text",
                    bytes[utf8ErrorAt] & 0xFF, utf8ErrorAt));
        }
        List<Charset> candidates = new ArrayList<>();
        // ISO-8859-6 leaves many bytes unassigned, so windows-1256 text rarely decodes in it: ICU is only asked
        // when both charsets decode the bytes and one must be preferred.
        boolean isoDecodes = strict(bytes, from, ISO_8859_6).text != null;
        String icuNote = isoDecodes ? proposeWithIcu(bytes, from, markup, candidates)
                : "only windows-1256 decodes these bytes";
        for (Charset c : List.of(WINDOWS_1256, ISO_8859_6)) {
            if (!candidates.contains(c) && (isoDecodes || c != ISO_8859_6)) {
                candidates.add(c);
            }
        }
        String bestText = null;
        Charset best = null;
        ArabicPlausibility.Score bestScore = null;
        for (Charset c : candidates) {
            Attempt a = strict(bytes, from, c);
            if (a.text == null) {
                continue;
            }
            ArabicPlausibility.Score score = ArabicPlausibility.score(a.text);
            if (bestScore == null || score.beats(bestScore)) { // strictly better: ICU's order breaks ties
                best = c;
                bestText = a.text;
                bestScore = score;
            }
        }
        if (declaredCharset != null && !declaredCharset.equals(StandardCharsets.UTF_8)) {
            Attempt a = strict(bytes, from, declaredCharset);
            if (a.text != null && (bestScore == null || !bestScore.beats(ArabicPlausibility.score(a.text))
                    || trustDeclared(ArabicPlausibility.score(a.text), bestScore))) {
                return new Decoded(a.text, declaredCharset.name(), "declared charset " + declared, null);
            }
        }
        if (best != null && bestScore.arabic() >= MIN_ARABIC_SHARE) {
            return new Decoded(bestText, best.name(), String.format("detected (%s; script-coherent: %s, mean "
                    + "bigram log-probability %.2f)", icuNote, bestScore.incoherent() == 0 ? "yes"
                    : "no, " + bestScore.incoherent() + " breaks", bestScore.logProb()), null);
        }
        return Decoded.failed(String.format("not valid UTF-8 (byte 0x%02X at offset %d)%s and not recognisable as "
                + "windows-1256 or ISO-8859-6", bytes[utf8ErrorAt] & 0xFF, utf8ErrorAt,
                declared == null ? "" : ", nor valid in its declared charset " + declared));
    }

    /**
     * A declaration is kept when its decoding is as script-coherent as the best guess and its letter pairs are
     * nearly as likely: on short texts the bigram model alone cannot overrule what the author declared.
     */
    private static boolean trustDeclared(ArabicPlausibility.Score declared, ArabicPlausibility.Score best) {
        return declared.incoherent() <= best.incoherent() && declared.logProb() >= best.logProb() - 0.5;
    }

    /** Adds ICU's Arabic single-byte proposals, best first, and says what ICU thought. */
    private static String proposeWithIcu(byte[] bytes, int from, boolean markup, List<Charset> out) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(Arrays.copyOfRange(bytes, from, (int) Math.min(bytes.length, (long) from + ICU_SAMPLE)));
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            Charset c = DeclaredCharset.resolve(m.getName());
            if ((WINDOWS_1256.equals(c) || ISO_8859_6.equals(c)) && !out.contains(c)) {
                out.add(c);
            }
        }
        return matches.length == 0 ? "ICU: no proposal"
                : "ICU: " + matches[0].getName() + " " + matches[0].getConfidence() + "%";
    }

    /**
     * Whether well-formed UTF-8 multi-byte sequences outnumber the bytes that fit none. Arabic in windows-1256 or
     * ISO-8859-6 almost never forms such sequences (a letter byte is followed by another letter byte, not by a
     * continuation byte), so this tells broken UTF-8 from a legacy charset.
     */
    static boolean mostlyUtf8(byte[] bytes, int from) {
        int valid = 0;
        int invalid = 0;
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > invalid;
    }

    record Attempt(String text, int errorAt) {
    }

    private static Decoded strictOrFail(byte[] bytes, int from, Charset charset, String basis) {
        Attempt a = strict(bytes, from, charset);
        if (a.text == null) {
            return Decoded.failed(String.format("invalid %s (byte 0x%02X at offset %d) although the %s says %s",
                    charset.name(), bytes[a.errorAt] & 0xFF, a.errorAt, basis, charset.name()));
        }
        return new Decoded(a.text, charset.name(), basis, null);
    }

    /** Decodes strictly: the text, or the offset of the first byte that is malformed or unmappable. */
    static Attempt strict(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length - from) * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return new Attempt(null, Math.min(in.position(), bytes.length - 1));
        }
        out.flip();
        return new Attempt(out.toString(), -1);
    }

    /**
     * Why the bytes look binary: a NUL anywhere (no text encoding we accept without a BOM has one), or more than 1%
     * C0 control bytes other than tab, line breaks, form feed and escape among the first 64 KiB.
     */
    static String binaryContent(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return "binary content (NUL byte at offset " + i + ")";
            }
        }
        int end = (int) Math.min(bytes.length, (long) from + ICU_SAMPLE);
        int controls = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > end - from) {
            return "binary content (" + controls + " control bytes in the first " + (end - from) + " bytes)";
        }
        return null;
    }
}
