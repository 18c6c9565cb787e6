package io.whosaid.annotate;

import io.whosaid.lexicon.Lexicons;
import io.whosaid.text.Sentence;
import io.whosaid.text.Span;
import io.whosaid.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule-based entity recogniser ({@code --ner-model rules}): runs of capitalised words, typed
 * with the bundled gazetteers (places, organisations, nationalities, organisation head words) and
 * with titles split off persons ("French President Emmanuel Macron" gives MISC "French" and
 * PERSON "Emmanuel Macron"). The default is the trained {@link PerceptronEntityRecognizer}.
 */
public final class RuleEntityRecognizer implements EntityRecognizer {
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
    private static final Set<String> INNER = Set.of("of", "de", "von", "van", "der", "den", "al", "bin", "du", "la", "le", "del", "&", "for", "and");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout", "into");

    private final Lexicons lexicons;

    public RuleEntityRecognizer(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            boolean shouting = isAllCaps(tokens);
            int i = 0;
            while (i < tokens.size()) {
                if (!isCap(tokens.get(i), shouting)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end + 1 < tokens.size()) {
                    Token next = tokens.get(end + 1);
                    if (isCap(next, shouting)) {
                        end++;
                    } else if (INNER.contains(next.lower()) && !next.lower().equals("and") && end + 2 < tokens.size()
                            && isCap(tokens.get(end + 2), shouting) && (next.lower().equals("of") || !next.lower().equals("for"))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                emit(text, sentence, tokens, i, end, mentions);
                i = end + 1;
            }
        }
        return mentions;
    }

    private void emit(String text, Sentence sentence, List<Token> tokens, int start, int end, List<EntityMention> out) {
        // a sentence-initial function word is not part of the name ("The Kremlin" -> "Kremlin")
        while (start <= end && (start == 0 || isQuoteBefore(tokens, start))
                && lexicons.sentenceStarters().contains(tokens.get(start).lower())) {
            start++;
        }
        while (start <= end && CALENDAR.contains(tokens.get(start).lower()) && (start == end || !isCapWord(tokens.get(start + 1)))) {
            start++;
        }
        if (start > end) {
            return;
        }
        String whole = span(text, tokens, start, end);
        if (classifyWhole(whole) != null) {
            add(out, sentence, text, tokens, start, end, classifyWhole(whole));
            return;
        }
        if (lexicons.orgHeads().contains(tokens.get(end).lower()) && end > start) {
            add(out, sentence, text, tokens, start, end, "ORG"); // "Baltic Shipping Company", "German Marshall Fund"
            return;
        }
        // leading nationalities and titles: "Russian President Vladimir Putin"
        int s = start;
        while (s <= end) {
            String lower = tokens.get(s).lower();
            if (lexicons.nationalities().contains(lower) && s < end) {
                add(out, sentence, text, tokens, s, s, lexicons.places().contains(lower) ? "LOC" : "MISC");
                s++;
            } else if (lexicons.titles().contains(lower) && s < end) {
                s++;
            } else if (lexicons.organisations().contains(lower) && s < end && lexicons.titles().contains(tokens.get(s + 1).lower())) {
                add(out, sentence, text, tokens, s, s, "ORG"); // "NATO Secretary General ..."
                s++;
            } else {
                break;
            }
        }
        if (s > end) {
            return;
        }
        // "U.S. State Department Spokesperson Tammy Bruce": an organisation, a title, then the name
        int lastRole = -1;
        for (int k = s; k < end; k++) {
            String lower = tokens.get(k).lower();
            if (lexicons.titles().contains(lower) || lexicons.orgHeads().contains(lower)) {
                lastRole = k;
            }
        }
        if (lastRole >= s && INNER.contains(tokens.get(lastRole + 1).lower())) {
            add(out, sentence, text, tokens, s, end, "ORG"); // "Bank of England": the head word governs the whole name
            return;
        }
        if (lastRole >= s && !lexicons.orgHeads().contains(tokens.get(end).lower())) {
            int orgEnd = -1;
            for (int k = s; k <= lastRole; k++) {
                if (lexicons.orgHeads().contains(tokens.get(k).lower())) {
                    orgEnd = k;
                }
            }
            if (orgEnd >= s) {
                add(out, sentence, text, tokens, s, orgEnd, "ORG");
            }
            s = lastRole + 1;
        }
        String rest = span(text, tokens, s, end);
        String type = classifyWhole(rest);
        if (type == null) {
            String last = tokens.get(end).lower();
            if (lexicons.orgHeads().contains(last)) {
                type = "ORG";
            } else if (CALENDAR.contains(last) || end - s >= 4) {
                type = end - s >= 4 ? "ORG" : null;
            } else if (end - s == 0 && CALENDAR.contains(tokens.get(s).lower())) {
                type = null;
            } else if (containsWord(tokens, s, end, "of")) {
                type = "ORG"; // "Bank of England", "University of Utah"
            } else if (s > 0 && PLACE_PREPOSITIONS.contains(tokens.get(s - 1).lower()) && end - s <= 2) {
                type = "LOC"; // "in Kharkiv", "near Bakhmut": people are seldom "in"
            } else if (end == s && !isTitleCase(tokens.get(s).text())) {
                type = isAllUpper(tokens.get(s).text()) && tokens.get(s).text().length() > 1 ? "ORG" : null; // "NATO"; not "UAVs"
            } else {
                type = "PERSON";
            }
        }
        if (type != null) {
            add(out, sentence, text, tokens, s, end, type);
        }
    }

    private String classifyWhole(String phrase) {
        if (lexicons.places().contains(phrase)) {
            return "LOC";
        }
        if (lexicons.organisations().contains(phrase)) {
            return "ORG";
        }
        if (lexicons.nationalities().contains(phrase)) {
            return "MISC";
        }
        return null;
    }

    private static void add(List<EntityMention> out, Sentence sentence, String text, List<Token> tokens, int s, int e, String type) {
        Span span = new Span(tokens.get(s).begin(), tokens.get(e).end());
        out.add(new EntityMention(sentence.index(), span, span.of(text), type));
    }

    private static boolean containsWord(List<Token> tokens, int s, int e, String word) {
        for (int k = s; k <= e; k++) {
            if (tokens.get(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String span(String text, List<Token> tokens, int s, int e) {
        return text.substring(tokens.get(s).begin(), tokens.get(e).end());
    }

    private static boolean isQuoteBefore(List<Token> tokens, int i) {
        String t = tokens.get(i - 1).text();
        return t.equals("\"") || t.equals("\u201c") || t.equals("(") || t.equals("\u2014") || t.equals(":");
    }

    private static boolean isCap(Token t, boolean shouting) {
        return isCapWord(t);
    }

    /** "Putin", "McCaul", "O'Brien": an upper-case letter, then lower-case words. */
    private static boolean isTitleCase(String word) {
        if (word.length() < 2 || word.contains("-") && !Character.isUpperCase(word.charAt(word.indexOf('-') + 1 < word.length() ? word.indexOf('-') + 1 : 0))) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                upper++;
            }
        }
        return upper <= 3 && !isAllUpper(word) && !(word.endsWith("s") && upper > 1 && Character.isUpperCase(word.charAt(word.length() - 2)));
    }

    private static boolean isAllUpper(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isCapWord(Token t) {
        int cp = t.text().codePointAt(0);
        return Character.isUpperCase(cp) && t.text().codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isAllCaps(List<Token> tokens) {
        int letters = 0;
        int upper = 0;
        for (Token t : tokens) {
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters > 10 && upper > letters * 0.9;
    }
}
