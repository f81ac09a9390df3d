package org.rasd.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as news sites and feeds write them: ISO-8601 ({@code 2018-05-01},
 * {@code 2018-05-01T22:30:00+03:00}), RFC-822 ({@code Tue, 01 May 2018 22:30:00 GMT}), English and Arabic month
 * names (Egyptian/Gulf {@code مايو}, Levantine/Iraqi {@code أيار}, Maghrebi {@code ماي}, also paired as
 * {@code مايو/أيار}), Arabic-Indic digits, and numeric day/month/year. The date is the calendar day as written,
 * in the writer's own time zone: a time or offset never moves it to another day.
 */
public final class PublicationDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "يناير", "كانون الثاني", "جانفي"},
            {"february", "feb", "فبراير", "شباط", "فيفري"},
            {"march", "mar", "مارس", "اذار"},
            {"april", "apr", "ابريل", "نيسان", "افريل"},
            {"may", "مايو", "ايار", "ماي"},
            {"june", "jun", "يونيو", "يونيه", "حزيران", "جوان"},
            {"july", "jul", "يوليو", "يوليه", "تموز", "جويليه", "جويلية"},
            {"august", "aug", "اغسطس", "اب", "اوت"},
            {"september", "sep", "sept", "سبتمبر", "ايلول", "شتنبر"},
            {"october", "oct", "اكتوبر", "تشرين الاول", "اكتوبر"},
            {"november", "nov", "نوفمبر", "تشرين الثاني", "نونبر"},
            {"december", "dec", "ديسمبر", "كانون الاول", "دجنبر"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ]|Z)");
    private static final Pattern YMD_SLASH = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+(?:من\\s+)?([\\p{L}][\\p{L}\\s/.]{1,30}?)\\s*[،,]?\\s+(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

    private PublicationDates() {
    }

    /** The date in {@code s}, or {@code null} when there is none or it is not a real calendar day. */
    public static LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        String t = normalize(s);
        if (t.isEmpty() || t.length() > 200) {
            return null;
        }
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = YMD_SLASH.matcher(t);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return date(year(m.group(3)), month.toString(), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        m = NUMERIC_DMY.matcher(t);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    /** A month name, or one of a pair written {@code مايو/أيار}, looked up after normalization. */
    private static Integer month(String words) {
        for (String part : words.split("/")) {
            String key = part.trim().replaceAll("\\s+", " ").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
            if (key.startsWith("شهر ")) {
                key = key.substring(4);
            }
            Integer m = MONTHS.get(key);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static String year(String y) {
        // RFC-822 allows two-digit years; read them in a window that suits news archives.
        return y.length() == 2 ? (Integer.parseInt(y) < 70 ? "20" : "19") + y : y;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Arabic-Indic and Persian digits to ASCII, alef variants to bare alef, tatweel and diacritics dropped. */
    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0671') {
                b.append('\u0627');
            } else if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670') {
                continue;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString().trim();
    }
}
