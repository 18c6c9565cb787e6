package io.whosaid.dates;

import io.whosaid.text.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds date expressions in English news text and resolves them against the publication date:
 * "on May 11" (the May 11 on or before publication), "May 11, 2024", "on Monday" (the last
 * Monday on or before publication), "yesterday", "in February" or "last month" (month precision),
 * "in 2023" or "last year" (year precision). Without a publication date only expressions that give a year resolve.
 */
public final class DateExpressions {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9),
            Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    /** The month names the patterns know, in the order they try them ("Sept." before "Sep."). */
    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sept.", "Sep.", "Oct.", "Nov.", "Dec.");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    /** The words that name a day, lower-case: the weekdays and the days relative to publication. */
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "tomorrow");
    private static final String MONTH = alternatives(MONTH_NAMES);
    private static final String WEEKDAY = alternatives(WEEKDAYS);
    private static final String[][] MONTH_NAMES_BY_INITIAL = byInitial(MONTH_NAMES);
    private static final String[][] WEEKDAYS_BY_INITIAL = byInitial(WEEKDAYS);

    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    // the lead word may open the sentence: "In January, ..."
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]arlier in|[Ll]ater in|[Ll]ast)\\s+(?:early\\s+|late\\s+|mid-?)?"
            + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern WEEKDAY_P = Pattern.compile("\\b(?:on\\s+|last\\s+|this\\s+|late\\s+|early\\s+)?" + WEEKDAY + "\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today)\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring)\\s+((?:19|20)\\d{2})\\b");
    /** "last month", "earlier this year": month or year precision, from the publication date. */
    private static final Pattern RELATIVE_PERIOD = Pattern.compile("(?i)\\b(last|this|earlier this|later this)\\s+(month|year)\\b");

    public List<DateMention> find(String text, Span window, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        String part = window.of(text);
        int base = window.begin();
        List<Span> taken = new ArrayList<>();

        // Most sentences hold no date. A pattern runs only on a text that holds what it cannot match
        // without (a digit, a month or weekday name, a relative day word, "19" or "20" for a year);
        // scanning every sentence with all of them was most of the cost of dating statements.
        boolean digits = hasDigit(part);
        boolean months = hasMonthName(part);
        String withMonths = months ? part : "";
        String withMonthsAndDigits = digits && months ? part : "";
        Matcher m = ISO.matcher(digits && part.indexOf('-') >= 0 ? part : "");
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            add(found, taken, base, m, d, Precision.DAY);
        }
        m = MONTH_DAY.matcher(withMonthsAndDigits);
        while (m.find()) {
            add(found, taken, base, m, dayDate(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published), Precision.DAY);
        }
        m = DAY_MONTH.matcher(withMonthsAndDigits);
        while (m.find()) {
            add(found, taken, base, m, dayDate(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published), Precision.DAY);
        }
        m = MONTH_ONLY.matcher(withMonths);
        while (m.find()) {
            add(found, taken, base, m, monthDate(month(m.group(1)), m.group(2), published), Precision.MONTH);
        }
        m = MONTH_YEAR.matcher(withMonthsAndDigits);
        while (m.find()) {
            add(found, taken, base, m, monthDate(month(m.group(1)), m.group(2), published), Precision.MONTH);
        }
        m = WEEKDAY_P.matcher(containsAny(part, WEEKDAYS_BY_INITIAL) ? part : "");
        while (m.find()) {
            if (published != null) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = published;
                boolean last = m.group().toLowerCase(Locale.ROOT).startsWith("last");
                if (last) {
                    d = d.minusDays(1);
                }
                while (d.getDayOfWeek() != day) {
                    d = d.minusDays(1);
                }
                add(found, taken, base, m, d, Precision.DAY);
            }
        }
        m = RELATIVE.matcher(hasRelativeDayWord(part) ? part : "");
        while (m.find()) {
            if (published != null) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                LocalDate d = w.equals("yesterday") || w.equals("last night") ? published.minusDays(1) : published;
                add(found, taken, base, m, d, Precision.DAY);
            }
        }
        m = YEAR.matcher(part.contains("19") || part.contains("20") ? part : "");
        while (m.find()) {
            add(found, taken, base, m, safeDate(Integer.parseInt(m.group(1)), 1, 1), Precision.YEAR);
        }
        m = RELATIVE_PERIOD.matcher(published != null && hasPeriodWord(part) ? part : "");
        while (m.find()) {
            boolean last = m.group(1).equalsIgnoreCase("last");
            if (m.group(2).equalsIgnoreCase("month")) {
                YearMonth month = YearMonth.from(published).minusMonths(last ? 1 : 0);
                add(found, taken, base, m, month.atDay(1), Precision.MONTH);
            } else {
                add(found, taken, base, m, LocalDate.of(published.getYear() - (last ? 1 : 0), 1, 1), Precision.YEAR);
            }
        }
        return found;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words occurs, as written (the month and weekday patterns are case-sensitive). */
    private static boolean containsAny(String text, String[][] wordsByInitial) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < wordsByInitial.length && wordsByInitial[c] != null) {
                for (String word : wordsByInitial[c]) {
                    if (text.startsWith(word, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a word names a day, in any case: "Monday", "yesterday", "Tomorrow". */
    public static boolean isDayWord(String word) {
        return DAY_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a month name occurs as the patterns write it ("May", "Sept."): they cannot match without one. */
    static boolean hasMonthName(String text) {
        return containsAny(text, MONTH_NAMES_BY_INITIAL);
    }

    /**
     * Whether a phrase of {@link #RELATIVE} may occur, in any case: each holds "day" (yesterday, today),
     * "night" (tonight, last night) or "this" (this morning, afternoon, evening).
     */
    static boolean hasRelativeDayWord(String text) {
        return containsIgnoringAsciiCase(text, "day", "night", "this");
    }

    /** Whether "month" or "year" occurs, in any case: {@link #RELATIVE_PERIOD} cannot match without one. */
    static boolean hasPeriodWord(String text) {
        return containsIgnoringAsciiCase(text, "month", "year");
    }

    /** Whether one of the lower-case ASCII words occurs in any case, as a {@code (?i)} pattern (ASCII-only) would match it. */
    private static boolean containsIgnoringAsciiCase(String text, String... words) {
        for (int i = 0; i < text.length(); i++) {
            char lower = (char) (text.charAt(i) | 0x20);
            for (String word : words) {
                if (lower == word.charAt(0) && text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
    }

    /** The words by their first character (ASCII), for {@link #containsAny}. */
    private static String[][] byInitial(List<String> words) {
        String[][] table = new String[128][];
        for (String word : words) {
            char initial = word.charAt(0);
            if (initial >= table.length) {
                throw new IllegalArgumentException("a word for the cheap test must start with an ASCII character: " + word);
            }
            String[] current = table[initial] == null ? new String[0] : table[initial];
            String[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = word;
            table[initial] = grown;
        }
        return table;
    }

    private static void add(List<DateMention> found, List<Span> taken, int base, Matcher m, LocalDate date, Precision p) {
        if (date == null) {
            return;
        }
        Span span = new Span(base + m.start(), base + m.end());
        for (Span t : taken) {
            if (t.overlaps(span)) {
                return;
            }
        }
        taken.add(span);
        found.add(new DateMention(span, date, p));
    }

    private static int month(String word) {
        return MONTHS.get(word.replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** A day without a year is the latest such day not after publication (statements are reported after they are made). */
    private static LocalDate dayDate(int month, int day, String year, LocalDate published) {
        if (year != null) {
            return safeDate(Integer.parseInt(year), month, day);
        }
        if (published == null) {
            return null;
        }
        LocalDate d = safeDate(published.getYear(), month, day);
        if (d != null && d.isAfter(published.plusDays(1))) {
            d = safeDate(published.getYear() - 1, month, day);
        }
        return d;
    }

    private static LocalDate monthDate(int month, String year, LocalDate published) {
        if (year != null) {
            return safeDate(Integer.parseInt(year), month, 1);
        }
        if (published == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(published.getYear(), month);
        if (ym.isAfter(YearMonth.from(published))) {
            ym = ym.minusYears(1);
        }
        return ym.atDay(1);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
