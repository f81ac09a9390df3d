package org.rasd.events;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the date expressions of a sentence and resolves them against the publication date: relative
 * days (أمس، اليوم، أول أمس، غدا), weekdays (الثلاثاء، الثلاثاء الماضي، الخميس المقبل), relative
 * weeks, months and years (الشهر المقبل، العام الماضي), explicit Gregorian dates in both month-name
 * series (27 ديسمبر 2025، 3 كانون الثاني) and Hijri dates (15 رمضان 1447) via {@link HijrahDate}.
 */
final class DateResolver {
    /**
     * A date expression at a token. {@code yearOnly}: the text gives only a year (عام 2005، 1385 هـ), and
     * {@code date} is then January 1st of that (Gregorian) year — a marker, never an event's day.
     */
    record Found(int token, LocalDate date, boolean explicitYear, boolean yearOnly) {
        Found(int token, LocalDate date, boolean explicitYear) {
            this(token, date, explicitYear, false);
        }
    }

    /** Years before this are not read as Gregorian event years (Hijri years 13xx/14xx look like them). */
    static final int MIN_YEAR = 1900;

    private final CueLexicon cues;

    DateResolver(CueLexicon cues) {
        this.cues = cues;
    }

    List<Found> find(SentenceView v, LocalDate published) {
        List<Found> out = new ArrayList<>();
        Object[] hit = new Object[1];
        for (int i = 0; i < v.n; i++) {
            if (v.number[i]) {
                Found f = explicit(v, i, published, hit);
                if (f != null) {
                    out.add(f);
                    continue;
                }
                Found y = bareYear(v, i);
                if (y != null) {
                    out.add(y);
                }
                continue;
            }
            if (published == null) {
                continue;
            }
            int len = cues.section("day").match(v.key, i, v.n, hit);
            if (len > 0) {
                out.add(new Found(i, published.plusDays(Integer.parseInt((String) hit[0])), false));
                i += len - 1;
                continue;
            }
            len = cues.section("weekday").match(v.key, i, v.n, hit);
            if (len > 0) {
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt((String) hit[0]));
                int dir = direction(v, i + len);
                LocalDate d = dir > 0 ? published.with(TemporalAdjusters.next(dow))
                        : dir < 0 ? published.with(TemporalAdjusters.previous(dow))
                        : published.with(TemporalAdjusters.previousOrSame(dow));
                out.add(new Found(i, d, false));
                continue;
            }
            len = cues.section("unit").match(v.key, i, v.n, hit);
            if (len > 0) {
                int dir = direction(v, i + len);
                if (dir != 0) {
                    String unit = (String) hit[0];
                    LocalDate d = switch (unit) {
                        case "week" -> published.plusWeeks(dir);
                        case "month" -> published.plusMonths(dir).withDayOfMonth(1);
                        default -> published.plusYears(dir).withDayOfYear(1);
                    };
                    out.add(new Found(i, d, false, unit.equals("year")));
                }
            }
        }
        return out;
    }

    /** The date nearest to token {@code at}, or {@code null}. */
    static Found nearest(List<Found> found, int at) {
        Found best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Found f : found) {
            int d = Math.abs(f.token() - at);
            if (d < bestDist) {
                best = f;
                bestDist = d;
            }
        }
        return best;
    }

    private int direction(SentenceView v, int i) {
        if (i >= v.n) {
            return 0;
        }
        if (cues.is("past", v.key[i])) {
            return -1;
        }
        if (cues.is("next", v.key[i])) {
            return 1;
        }
        return 0;
    }

    /** "27 ديسمبر [(كانون الأول)] [2025]" or "15 رمضان [1447] [هـ]". */
    private Found explicit(SentenceView v, int i, LocalDate published, Object[] hit) {
        int day = intAt(v, i);
        if (day < 1 || day > 31 || i + 1 >= v.n) {
            return null;
        }
        int j = i + 1;
        int len = cues.section("month").match(v.key, j, v.n, hit);
        boolean hijri = false;
        if (len == 0) {
            len = cues.section("hijri").match(v.key, j, v.n, hit);
            hijri = len > 0;
        }
        if (len == 0) {
            return null;
        }
        int month = Integer.parseInt((String) hit[0]);
        j += len;
        // skip a parenthesised second month name: ديسمبر (كانون الأول)
        if (j < v.n && v.punct[j] && v.stem[j].equals("(")) {
            int k = j + 1;
            while (k < v.n && k < j + 5 && !(v.punct[k] && v.stem[k].equals(")"))) {
                k++;
            }
            j = k + 1;
        }
        int year = j < v.n ? yearAt(v, j) : -1;
        try {
            if (hijri) {
                int hy = year > 0 ? year : (published != null
                        ? HijrahDate.from(published).get(ChronoField.YEAR) : -1);
                if (hy < 0) {
                    return null;
                }
                return new Found(i, LocalDate.from(HijrahDate.of(hy, month, day)), year > 0);
            }
            int y = year > 0 ? year : (published != null ? published.getYear() : -1);
            if (y < MIN_YEAR) { // no year known, or a Hijri year next to a Gregorian month: no reliable reading
                return null;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (year < 0 && published != null && d.isAfter(published.plusDays(45))) {
                d = d.minusYears(1); // "27 ديسمبر" read in January is last December
            }
            return new Found(i, d, year > 0);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * "عام 2005" / "سنة 1385 هـ" / "2005 م": a year alone. A Hijri year (marked هـ، or in 1300–1500 after
     * عام with no م) is converted to the Gregorian year it mostly falls in; other years before 1900 are
     * ignored (no reliable reading).
     */
    private static Found bareYear(SentenceView v, int i) {
        int y = yearAt(v, i);
        if (y < 0) {
            return null;
        }
        boolean afterYearWord = i > 0 && (v.key[i - 1].equals("عام") || v.key[i - 1].equals("سنه")
                || v.key[i - 1].equals("العام") || v.key[i - 1].equals("السنه"));
        String next = i + 1 < v.n ? v.stem[i + 1] : "";
        boolean hijriMark = next.equals("ه") || next.equals("هـ") || next.startsWith("هجر");
        boolean gregorianMark = next.equals("م") || next.startsWith("ميلاد");
        if (!afterYearWord && !hijriMark && !gregorianMark) {
            return null;
        }
        if (hijriMark || !gregorianMark && y >= 1300 && y <= 1500) {
            try {
                // the Gregorian year holding the middle of the Hijri year
                y = LocalDate.from(HijrahDate.of(y, 6, 15)).getYear();
            } catch (DateTimeException e) {
                return null;
            }
        }
        return y < MIN_YEAR ? null : new Found(i, LocalDate.of(y, 1, 1), true, true);
    }

    private static int yearAt(SentenceView v, int i) {
        int y = intAt(v, i);
        return y >= 1300 && y <= 2200 ? y : -1;
    }

    private static int intAt(SentenceView v, int i) {
        if (!v.number[i]) {
            return -1;
        }
        String s = v.stem[i];
        int val = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9' || k > 5) {
                return -1;
            }
            val = val * 10 + (c - '0');
        }
        return s.isEmpty() ? -1 : val;
    }

}
