package io.whosaid.speakers;

import io.whosaid.lexicon.Lexicons;
import io.whosaid.text.QuoteMarks;
import io.whosaid.text.Span;
import io.whosaid.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker phrase next to a cue and splits it into role and name:
 * "NATO Secretary General Jens Stoltenberg" is the role "NATO Secretary General" and the
 * person "Jens Stoltenberg"; "Ukraine's Air Force" an organisation; "U.S. officials" a group.
 */
public final class SpeakerParser {
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "their", "our", "its");
    public static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    private static final Set<String> SKIPPED_BEFORE_CUE = Set.of("also", "again", "repeatedly", "reportedly", "previously", "later", "then", "recently", "once", "publicly", "privately", "have", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "was", "were", "is", "are", "been", "be", "not", "never", "already", "further", "separately", "earlier", "still", "just", "openly", "strongly", "firmly", "sharply", "flatly", "quickly", "immediately", "angrily", "often", "frequently", "herself", "himself", "themselves", "itself", "first", "initially", "even", "allegedly", "n't", "cannot", "subsequently", "yet", "ultimately", "explicitly", "directly", "bluntly", "clearly", "simply", "jokingly", "loudly", "tersely", "only");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tonight");
    private static final Set<String> NOT_MODIFIERS = Set.of("and", "or", "but", "that", "which", "who", "is", "are",
            "was", "were", "has", "have", "had", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as",
            "than", "when", "while", "if", "because", "it", "they", "he", "she", "we", "not", "also", "said", "says",
            "after", "before", "during", "about", "over", "under", "since", "until", "into", "onto", "upon", "within",
            "without", "against", "among", "between", "through", "across", "behind", "beyond", "near", "off", "out", "up",
            "down", "per", "via", "the", "a", "an", "this", "these", "those", "hours", "days", "weeks", "months", "years");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr");
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "da", "di", "al", "el", "bin", "ibn", "la", "le", "du", "dos", "das", "ter", "ten", "zu");
    /** Tokens a clause-opening subject may run to: "The state's former campaign chairman Phil Lovas". */
    private static final int MAX_OPENING_SUBJECT = 10;
    /** Tokens a whole-phrase subject may have when all but its small words are names: "The Tax Policy Center at the Urban Institute and Brookings Institution". */
    private static final int MAX_CLAUSE_SUBJECT = 12;
    private static final Set<String> NP_CONNECTORS = Set.of("of", "for", "and", "the", "'s", "on", "in", "to", "at");
    private static final Set<String> LEFT_DETERMINERS = Set.of("the", "a", "an", "one", "two", "three", "several", "some", "many", "most", "other", "top", "senior", "both", "all", "another", "its", "his", "her", "their", "our", "local", "foreign", "western", "former");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "now", "then", "who", "former", "currently", "himself", "herself", "also");

    private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night");
    /** Words after a comma that end an appositive role: a relative clause or another clause follows. */
    private static final Set<String> APPOSITIVE_ENDS = Set.of("who", "which", "where", "and", "but", "while", "as", "said", "says");
    /** Verbs of saying whose subject may hold a relative clause: a bare "support" after one is more often a noun. */
    private static final Set<String> RELATIVE_CLAUSE_CUES = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "stated", "explained", "noted", "argued", "warned", "insisted", "claimed", "wrote", "writes", "believes",
            "believe", "believed", "thinks", "think", "thought", "predicted", "estimated", "expects", "expect", "expected");
    /** Words that end a relative clause's look-back: what comes before them is another clause. */
    private static final Set<String> RELATIVE_CLAUSE_STOPS = Set.of("but", "because", "while", "although", "if", "said",
            "says", "say", "told", "tells");
    /** How a document came out: "a report released last year found". */
    private static final Set<String> PUBLISHED = Set.of("released", "published", "issued", "conducted", "commissioned", "compiled");
    /** Units of a time before now: "Five years ago the mayor said". */
    private static final Set<String> AGO_PERIODS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries");
    private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "early", "late", "earlier", "in");
    /** Words that end a subject phrase on their left: a new clause begins after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "while", "as", "because", "when", "if", "although",
            "though", "since", "whereas", "so", "yet", "whether", "where", "then", "meanwhile", "however");
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "so", "yet", "even", "still", "now", "meanwhile");
    /** Words that cannot stand inside a subject noun phrase. */
    private static final Set<String> SUBJECT_BREAKERS = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "who",
            "which", "that", "what", "when", "where", "if", "to", "not", "n't", "there", "here", "this", "it", "said",
            "says", "say", "told", "also", "than", "like", "said.", "how", "why");
    private static final Set<String> PREPOSITION_LEADS = Set.of("in", "on", "at", "for", "with", "from", "by", "during",
            "after", "before", "about", "of", "over", "under", "since", "until", "without", "through", "into", "against",
            "among", "between", "across", "behind", "to", "as", "despite", "amid", "following", "per", "via");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> PHRASE_CONNECTORS = Set.of("of", "for", "and", ",", "'s", "&");
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "assembly", "rally", "supply", "monopoly",
            "anomaly", "homily", "belly", "bully", "jelly", "lily", "folly", "tally", "daily", "weekly", "monthly", "quarterly");
    /** Participles that belong to a role before a name, where a participle would otherwise end the phrase. */
    private static final Set<String> ROLE_MODIFIERS = Set.of("retired", "acting", "interim", "outgoing", "incoming",
            "ousted", "jailed", "exiled", "embattled", "deposed", "detained");
    private static final Set<String> SPOKESPERSONS = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "and", "&", "the", "a", "an", "on");
    /** Words after which an article stays inside an organisation's name: "Committee for a Responsible Federal Budget". */
    private static final Set<String> ORG_NAME_LINKS = Set.of("for", "of", "on");
    private static final Set<String> SPOKESPERSON_PREPOSITIONS = Set.of("for", "of", "at", "from", "by");
    /** Documents that speak for whoever issued them: "a statement from the World Bank", "data from Eurostat". */
    private static final Set<String> SOURCE_DOCUMENTS = Set.of("statement", "report", "study", "survey", "poll",
            "analysis", "data", "figures", "memo", "letter", "filing", "release", "estimates", "forecast");
    private static final Set<String> ORG_NAME_PREPOSITIONS = Set.of("of", "for");
    /** Prepositions that attach a modifier to the head noun before them: "a lawyer for ...", "Tom Smith of ...". */
    private static final Set<String> POST_MODIFIERS = Set.of("of", "for", "to", "at", "from", "in", "with", "on", "among", "near");
    /** Prepositions that give a named person's organisation or place: "Tom Smith of the Heritage Foundation". */
    private static final Set<String> AFFILIATIONS = Set.of("of", "from", "at", "with");
    /** Prepositions inside organisation names ("Bank of England"), which an organisation's head cannot be cut at. */
    private static final Set<String> INSIDE_ORG_NAMES = Set.of("of", "for", "on");
    /** "His surrogates": capitalised at the start of a sentence, and no name. */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "your");
    /** Heads of a place's name: "the city of Phoenix" is Phoenix. */
    private static final Set<String> PLACE_HEADS = Set.of("city", "state", "town", "county", "village", "province", "country");
    /** Group words written with a capital wherever they stand: "Democrats", "the Senate". */
    private static final Set<String> PROPER_GROUPS = Set.of("democrats", "republicans", "conservatives", "liberals", "tories",
            "senate", "house", "congress", "parliament", "kremlin", "pentagon", "white", "labour", "state");
    /** Those who speak for the organisation they are of: "officials at the White House", "a member of the Board". */
    private static final Set<String> MEMBERS = Set.of("official", "officials", "member", "members");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** A subject pronoun the tokenizer keeps whole with its auxiliary: "I've", "we'd", "they’ll". */
    private static final Pattern CONTRACTED_PRONOUN = Pattern.compile("(?i)(i|we|you|they|he|she)['\u2019](ve|d|ll|m|re)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\d[\\d/-]*");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("\\s+(of|for|at|with)(\\s+(the|a|an))?$");

    private final Lexicons lexicons;

    public SpeakerParser(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The speaker that ends right before token {@code cue} (subject of the cue verb), or null. */
    public SpeakerPhrase leftOf(String text, List<Token> tokens, int cue, int limit) {
        int j = cue - 1;
        int parenthesisEnd = -1;
        while (j >= limit) {
            Token t = tokens.get(j);
            if (SKIPPED_BEFORE_CUE.contains(t.text()) || isMannerAdverb(tokens, j, limit)) {
                j--; // "has also said", "cynically dismissed"; not "Theresa May said"
            } else if ((CALENDAR.contains(t.lower()) || PERIODS.contains(t.lower())) && j - 1 >= limit
                    && TIME_LEADS.contains(tokens.get(j - 1).lower())) {
                j -= 2; // "Sanders on Tuesday said", "Wells Fargo this month announced"
            } else if (YEAR.matcher(t.text()).matches() && j - 1 >= limit && tokens.get(j - 1).lower().equals("in")) {
                j -= 2; // "McConnell, who in 2010 said"
            } else if (CALENDAR.contains(t.lower()) && j - 1 >= limit && PUBLISHED.contains(tokens.get(j - 1).text())) {
                j--; // "The latest poll released Friday shows"
            } else if (PUBLISHED.contains(t.text()) && j - 1 >= limit && SOURCE_DOCUMENTS.contains(tokens.get(j - 1).lower())) {
                j--; // "A GAO report released last year found"
            } else if (SOURCE_DOCUMENTS.contains(t.lower()) && j - 2 > limit && tokens.get(j - 2).lower().equals("in")
                    && (ARTICLES.contains(tokens.get(j - 1).lower()) || POSSESSIVE_DETERMINERS.contains(tokens.get(j - 1).lower()))) {
                j -= 3; // "The Finance Ministry in a report issued in February predicted": the ministry
            } else if (t.is(")")) {
                int open = openingParenthesis(tokens, j, limit);
                if (open < 0) {
                    return null;
                }
                parenthesisEnd = j;
                j = open - 1; // "Rep. John Mica (R-Fla.) said"
            } else {
                break;
            }
        }
        if (j < limit) {
            return null;
        }
        Token t = tokens.get(j);
        if (PRONOUNS.contains(t.lower())) {
            return pronoun(t);
        }
        Matcher contracted = CONTRACTED_PRONOUN.matcher(t.text());
        if (contracted.matches()) {
            return pronoun(new Token(contracted.group(1), t.begin(), t.begin() + contracted.group(1).length()));
        }
        if (t.lower().equals("who") && j - 1 >= limit && tokens.get(j - 1).is(",")) {
            return leftOf(text, tokens, j - 1, limit);
        }
        if (t.lower().equals("who") && j - 1 >= limit) {
            int start = scanLeft(tokens, j - 1, limit); // "callers to the program who said"
            SpeakerPhrase named = start < 0 ? null : parse(text, tokens, start, j - 1, null);
            return named != null ? named : commonNounBefore(text, tokens, j - 1, limit);
        }
        int who = t.isWord() && RELATIVE_CLAUSE_CUES.contains(tokens.get(cue).lower()) ? relativePronounBefore(tokens, j, limit) : -1;
        if (who >= 0) {
            SpeakerPhrase antecedent = leftOf(text, tokens, who + 1, limit);
            if (antecedent != null && opensClause(tokens, antecedent, limit)) {
                return antecedent; // "The senator who chairs the banking committee said": the senator
            }
        }
        if (t.is(",")) {
            SpeakerPhrase appositive = appositiveSpeaker(text, tokens, j, limit);
            return appositive != null ? appositive : clauseInitialSpeaker(text, tokens, j, limit);
        }
        int start = scanLeft(tokens, j, limit);
        SpeakerPhrase phrase = start < 0 ? null : parse(text, tokens, start, j, null);
        if (phrase != null && parenthesisEnd > j && phrase.kind() == MentionKind.NAME) {
            phrase = phrase.writtenTo(tokens.get(parenthesisEnd).end(), text);
        }
        boolean afterPreposition = start > limit && POST_MODIFIERS.contains(tokens.get(start - 1).lower())
                && !tokens.get(cue).lower().endsWith("ing"); // "footage of Hillary Clinton saying" is hers
        if (phrase == null || afterPreposition
                || (start > limit && !isClauseStart(tokens, start, limit) && phrase.kind() != MentionKind.NAME)) {
            // afterPreposition: "an adviser to Hillary Clinton said" is the adviser, when the whole phrase is the subject
            SpeakerPhrase subject = clauseSubject(text, tokens, j, limit);
            if (subject != null) {
                return subject;
            }
        }
        return phrase;
    }

    /**
     * The whole noun phrase from the start of the clause up to the cue, when it reads as one:
     * "Several cast members said", "Experts on North Korea and nuclear nonproliferation said",
     * "RT and its defenders say", "Another 19 percent said". No verb, clause word or pronoun
     * inside, at most ten words (twelve when all but the small words are names), and it does not open with a preposition.
     */
    SpeakerPhrase clauseSubject(String text, List<Token> tokens, int end, int limit) {
        int start = end;
        while (start - 1 >= limit && !isPhraseBoundary(tokens.get(start - 1))) {
            start--;
        }
        while (start <= end && CLAUSE_LINKS.contains(tokens.get(start).lower())) {
            start++;
        }
        start = afterTimeAgo(tokens, start, end);
        if (start > end || end - start + 1 > MAX_CLAUSE_SUBJECT
                || (end - start + 1 > MAX_OPENING_SUBJECT && !onlyNamesAndLinks(tokens, start, end)) || SUBJECT_BREAKERS.contains(tokens.get(start).lower())
                || PREPOSITION_LEADS.contains(tokens.get(start).lower())) {
            return null;
        }
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            String lower = t.lower();
            boolean last = k == end;
            boolean prepositionTo = lower.equals("to") && !last && (isNameToken(tokens.get(k + 1))
                    || ARTICLES.contains(tokens.get(k + 1).lower())); // "advisers to Mr. Obama", not "to be named"
            if ((SUBJECT_BREAKERS.contains(lower) && !prepositionTo) || (PRONOUNS.contains(lower) && !(k == start && last))
                    || QuoteMarks.isQuote(t.text()) || (!t.isWord() && !t.is("'s") && !t.is("\u2019s") && !t.is("&") && !t.is("-"))) {
                return null;
            }
            if (k > start && isLyAdverb(t)) {
                return null; // "Prices rose sharply and analysts": an adverb, so a verb before it; not "Nearly half of voters"
            }
            boolean verbLike = t.text().equals(lower) && (lower.endsWith("ed") || lower.endsWith("ing"));
            if (verbLike && (last || PREPOSITION_LEADS.contains(tokens.get(k + 1).lower()) || !tokens.get(k + 1).isWord())) {
                return null; // "supporters interviewed by the AP", "the people watching"
            }
            if (last && (CALENDAR.contains(lower) || lower.endsWith("ly") || NOT_MODIFIERS.contains(lower))) {
                return null;
            }
        }
        if (end == start && PRONOUNS.contains(tokens.get(end).lower())) {
            return pronoun(tokens.get(end));
        }
        SpeakerPhrase parsed = parse(text, tokens, start, end, null);
        if (parsed != null && parsed.span().begin() == tokens.get(start).begin()) {
            return parsed;
        }
        int from = start;
        while (from < end && ARTICLES.contains(tokens.get(from).lower())) {
            from++;
        }
        Span span = new Span(tokens.get(from).begin(), tokens.get(end).end());
        if (parsed != null && parsed.span().begin() == span.begin() && parsed.kind() == MentionKind.NAME
                && (isSpokespersonRole(parsed.role()) || (parsed.span().equals(span) && !parsed.name().equals(parsed.text())))) {
            return parsed; // "A spokesman for Siemens": the organisation it speaks for; "The Tax Policy Center at ...": the centre
        }
        return new SpeakerPhrase(span, span.of(text), span.of(text), null, ActorType.OTHER, MentionKind.GROUP);
    }

    /**
     * The "who" that opens a relative clause ending at token {@code end} ("who chairs the banking committee"),
     * at most {@link #MAX_CLAUSE_SUBJECT} tokens back, with a lower-case verb after it and a noun before it;
     * else -1. A pronoun, a clause word, another cue or a comma between them ends the search: "who" is then no
     * part of the cue's subject ("workers who could leak details, a source said").
     */
    private static int relativePronounBefore(List<Token> tokens, int end, int limit) {
        for (int k = end; k > limit && k >= end - MAX_CLAUSE_SUBJECT; k--) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (lower.equals("who")) {
                Token verb = tokens.get(k + 1);
                return verb.isWord() && verb.text().equals(verb.lower()) && tokens.get(k - 1).isWord() ? k : -1;
            }
            if (PRONOUNS.contains(lower) || RELATIVE_CLAUSE_STOPS.contains(lower) || isPhraseBoundary(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a phrase opens its clause, after at most its determiners and adjectives ("The senator", "Residents");
     * the noun before a "who" deep inside a longer subject ("A House staff member involved in drafting the 1986
     * immigration law who ...") is no subject.
     */
    private static boolean opensClause(List<Token> tokens, SpeakerPhrase phrase, int limit) {
        int k = limit;
        while (k < tokens.size() && tokens.get(k).begin() < phrase.span().begin()) {
            k++;
        }
        int first = k;
        while (first - 1 >= limit && LEFT_DETERMINERS.contains(tokens.get(first - 1).lower())) {
            first--;
        }
        return isClauseStart(tokens, first, limit);
    }

    /** The index after an opening "two years ago" or "weeks ago" within [start, end]; else {@code start}. */
    private static int afterTimeAgo(List<Token> tokens, int start, int end) {
        for (int unit = start; unit <= Math.min(start + 1, end - 1); unit++) {
            if (AGO_PERIODS.contains(tokens.get(unit).lower()) && tokens.get(unit + 1).lower().equals("ago")) {
                return unit + 2;
            }
        }
        return start;
    }

    /** Whether tokens [start, end] hold only capitalised words, articles and prepositions. */
    private static boolean onlyNamesAndLinks(List<Token> tokens, int start, int end) {
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalized() && !ARTICLES.contains(t.lower()) && !POST_MODIFIERS.contains(t.lower()) && !t.lower().equals("and")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseStart(List<Token> tokens, int start, int limit) {
        int k = start - 1;
        while (k >= limit && CLAUSE_LINKS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k < limit || isPhraseBoundary(tokens.get(k));
    }

    private static boolean isPhraseBoundary(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")") || s.equals("\u2014")
                || s.equals("\u2013") || s.equals("--") || s.equals("\u2015") || QuoteMarks.isQuote(s) || s.equals(".")
                || CLAUSE_OPENERS.contains(t.lower());
    }

    /** "according to a new Reuters poll of likely voters": the rest of the clause names the source. */
    public SpeakerPhrase sourceAfter(String text, List<Token> tokens, int cue, int limit) {
        int start = cue + 1;
        int end = start - 1;
        while (end + 1 < limit && !isClauseBreak(tokens.get(end + 1)) && !tokens.get(end + 1).is(",")) {
            end++;
        }
        if (end < start) {
            return null;
        }
        SpeakerPhrase named = rightOf(text, tokens, cue, limit);
        if (named != null && named.span().end() == tokens.get(end).end()) {
            return named;
        }
        int from = start;
        while (from <= end && ARTICLES.contains(tokens.get(from).lower())) {
            from++;
        }
        if (from > end) {
            return null;
        }
        Span span = new Span(tokens.get(from).begin(), tokens.get(end).end());
        SpeakerPhrase principal = principalOfSpokesperson(text, tokens, from, end, span, span.of(text), null);
        if (principal != null) {
            return principal; // "according to a statement from the World Bank"
        }
        return new SpeakerPhrase(span, span.of(text), span.of(text), null, ActorType.OTHER, MentionKind.GROUP);
    }

    /** The noun phrase that opens the clause at {@code start}: the subject of its verbs. */
    private SpeakerPhrase subjectAt(String text, List<Token> tokens, int start) {
        if (start >= tokens.size()) {
            return null;
        }
        if (PRONOUNS.contains(tokens.get(start).lower())) {
            return pronoun(tokens.get(start));
        }
        SpeakerPhrase phrase = rightOf(text, tokens, start - 1, tokens.size());
        return phrase != null && phrase.span().begin() == tokens.get(start).begin() ? phrase : null;
    }

    /**
     * The subject that opens a clause at {@code start} when it reads as a speaker, named or not ("Apple",
     * "The minister", "The Gannett newspaper chain"), or null: for a participle cue that shares the subject of
     * the clause before it ("The company cut 500 jobs, saying ...").
     */
    public SpeakerPhrase clauseOpeningSubject(String text, List<Token> tokens, int start) {
        if (start >= tokens.size()) {
            return null;
        }
        String first = tokens.get(start).lower();
        if (lexicons.sentenceStarters().contains(first) && !PRONOUNS.contains(first) && !LEFT_DETERMINERS.contains(first)) {
            return null; // "In a statement, ...": no subject opens the clause
        }
        if (PRONOUNS.contains(first)) {
            return pronoun(tokens.get(start));
        }
        // the longest phrase from the clause's start that reads as a speaker: "Democratic presidential nominee
        // Hillary Clinton", not "Democratic"; the phrase may leave out the opening determiner ("The minister")
        int opening = LEFT_DETERMINERS.contains(first) ? start + 1 : start;
        SpeakerPhrase longest = null;
        for (int end = start + 1; end < Math.min(tokens.size(), start + MAX_OPENING_SUBJECT); end++) {
            Token last = tokens.get(end - 1);
            if (last.is(",") || last.is("(")) {
                break;
            }
            int begin = scanLeft(tokens, end - 1, start);
            SpeakerPhrase phrase = begin == start || begin == opening ? parse(text, tokens, begin, end - 1, null) : null;
            if (phrase == null && isNameToken(last) && last.isCapitalized()) {
                // a name after its description, which the scan alone does not join: "... nominee Hillary Clinton"
                SpeakerPhrase named = leftOf(text, tokens, end, start);
                phrase = named != null && named.kind() == MentionKind.NAME
                        && onlyModifiersBetween(tokens, start, named.span().begin()) ? named : null;
            }
            if (phrase != null && phrase.span().end() == last.end()) {
                longest = phrase;
            }
        }
        return longest;
    }

    /**
     * Whether the tokens from {@code start} up to offset {@code begin} only describe the name after them
     * ("Democratic presidential"), so that no verb separates the clause's start from the name.
     */
    private boolean onlyModifiersBetween(List<Token> tokens, int start, int begin) {
        for (int i = start; i < tokens.size() && tokens.get(i).begin() < begin; i++) {
            Token t = tokens.get(i);
            String lower = t.lower();
            boolean modifier = (isNameToken(t) && t.isCapitalized()) || LEFT_DETERMINERS.contains(lower)
                    || lexicons.titles().contains(lower) || lexicons.nationalities().contains(lower)
                    || lower.equals("'s") || lower.equals("\u2019s") || (t.text().equals(lower) && lower.endsWith("al"));
            if (!modifier) {
                return false;
            }
        }
        return true;
    }

    /**
     * An adverb of manner between the speaker and the cue ("Gingrich cynically dismissed", "the experts generally
     * praised"): a lower-case word in -ly after a name, pronoun or group noun, and no noun in -ly ("the family said").
     */
    private boolean isMannerAdverb(List<Token> tokens, int j, int limit) {
        if (j - 1 < limit || !isLyAdverb(tokens.get(j))) {
            return false;
        }
        Token before = tokens.get(j - 1);
        String b = before.lower();
        return (isNameToken(before) && before.isCapitalized()) || PRONOUNS.contains(b) || lexicons.groupNouns().contains(b)
                || lexicons.titles().contains(b);
    }

    /** A lower-case word in -ing: "speaking", "writing", the participle of an adjunct. */
    private static boolean isParticiple(Token t) {
        return t.text().equals(t.lower()) && t.lower().length() > 4 && t.lower().endsWith("ing");
    }

    /** A lower-case word in -ly that is no noun in -ly ("sharply", "generally"; not "family", "rally"). */
    public static boolean isLyAdverb(Token t) {
        String lower = t.lower();
        return t.text().equals(lower) && lower.length() >= 5 && lower.endsWith("ly") && !LY_NOUNS.contains(lower);
    }

    /** Index of the "(" that the ")" at {@code close} closes, at most 12 tokens back and not before {@code limit}; else -1. */
    private static int openingParenthesis(List<Token> tokens, int close, int limit) {
        for (int open = close - 1; open >= limit && close - open < 12; open--) {
            if (tokens.get(open).is("(")) {
                return open;
            }
        }
        return -1;
    }

    /** The speaker right after token {@code cue} ("said Stoltenberg", "said one official"), or null. */
    public SpeakerPhrase rightOf(String text, List<Token> tokens, int cue, int limit) {
        int i = cue + 1;
        if (i >= limit) {
            return null;
        }
        Token t = tokens.get(i);
        if (PRONOUNS.contains(t.lower()) && !t.lower().equals("it") && !t.lower().equals("you")) {
            return pronoun(t);
        }
        int end = i - 1 + descriptorBeforeName(tokens, i, limit);
        while (end + 1 < limit) {
            Token next = tokens.get(end + 1);
            String lower = next.lower();
            if (isNameToken(next) || lexicons.titles().contains(lower) || lexicons.groupNouns().contains(lower)
                    || lexicons.nationalities().contains(lower) || (end + 1 == i && LEFT_DETERMINERS.contains(lower))
                    || (end + 1 > i && NP_CONNECTORS.contains(lower) && end + 2 < limit && isNameToken(tokens.get(end + 2)))
                    || (end + 1 > i && end + 2 < limit && isDescriptorBetweenNames(tokens, end + 1))) {
                end++; // isDescriptorBetweenNames: "said CNN anchor Jake Tapper"
            } else {
                break;
            }
        }
        if (end < i) {
            return null;
        }
        SpeakerPhrase phrase = parse(text, tokens, i, end, null);
        if (phrase == null) {
            return null;
        }
        // "said Michael McFaul, former U.S. ambassador to Russia."
        if (end + 2 < limit && tokens.get(end + 1).is(",") && phrase.type() == ActorType.PERSON) {
            int roleStart = end + 2;
            int roleEnd = roleStart;
            while (roleEnd + 1 < limit && !isClauseBreak(tokens.get(roleEnd + 1)) && !endsAppositive(tokens, roleEnd + 1, limit)) {
                roleEnd++;
            }
            if (startsAppositive(tokens.get(roleStart)) && !isParticiple(tokens.get(roleStart))) {
                return phrase.withRole(join(phrase.role(), text.substring(tokens.get(roleStart).begin(), tokens.get(roleEnd).end())));
            }
        }
        return phrase;
    }

    private SpeakerPhrase appositiveSpeaker(String text, List<Token> tokens, int closingComma, int limit) {
        int k = closingComma - 1;
        int steps = 0;
        while (k >= limit && !tokens.get(k).is(",") && steps < 14) {
            if (isClauseBreak(tokens.get(k))) {
                return null;
            }
            k--;
            steps++;
        }
        if (k < limit || !tokens.get(k).is(",") || k + 1 >= closingComma) {
            return null;
        }
        Token first = tokens.get(k + 1);
        if (!startsAppositive(first)) {
            return null;
        }
        int nameEnd = k - 1;
        int parenthesisEnd = -1;
        int open = nameEnd > limit && tokens.get(nameEnd).is(")") ? openingParenthesis(tokens, nameEnd, limit) : -1;
        if (open >= 0) {
            parenthesisEnd = nameEnd;
            nameEnd = open - 1; // "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said"
        }
        int start = nameEnd < limit ? -1 : scanLeft(tokens, nameEnd, limit);
        if (start < 0 || (start > limit && POST_MODIFIERS.contains(tokens.get(start - 1).lower()))) {
            return null; // "Ines Corbett, the harbour master of Talland, a ...": the place is not the speaker
        }
        String appositive = withoutArticle(text.substring(first.begin(), tokens.get(closingComma - 1).end()));
        if (AGE.matcher(appositive).matches() || isParticiple(first)) {
            appositive = null; // "Biden, 81, said", "Trump, speaking to veterans, said": an age or an adjunct, not a role
        }
        SpeakerPhrase phrase = parse(text, tokens, start, nameEnd, appositive);
        if (phrase != null && parenthesisEnd > 0 && phrase.kind() == MentionKind.NAME) {
            phrase = phrase.writtenTo(tokens.get(parenthesisEnd).end(), text);
        }
        int beforeRole = start - 1;
        while (beforeRole >= limit && ARTICLES.contains(tokens.get(beforeRole).lower())) {
            beforeRole--;
        }
        if (phrase != null && phrase.kind() == MentionKind.ROLE && beforeRole >= limit && tokens.get(beforeRole).is(",")) {
            return null; // "Jean-Marc Ayrault, the foreign minister of France, a member of ..., said": the role is his
        }
        return phrase != null && phrase.type() == ActorType.PERSON ? phrase : null;
    }

    /**
     * "Angelique Brunner, a developer and spokeswoman for the coalition, which is made up of
     * investors, said": a name that opens the clause, followed by a comma, whatever stands between.
     */
    private SpeakerPhrase clauseInitialSpeaker(String text, List<Token> tokens, int closingComma, int limit) {
        if (closingComma - limit > 50) {
            return null;
        }
        if (limit < closingComma && (PREPOSITION_LEADS.contains(tokens.get(limit).lower()) || CALENDAR.contains(tokens.get(limit).lower()))) {
            // "On Tuesday, the chancellor, Olaf Scholz, said": the clause begins after its lead phrase
            for (int k = limit + 1; k < closingComma && !isClauseBreak(tokens.get(k)); k++) {
                if (tokens.get(k).is(",")) {
                    return clauseInitialSpeaker(text, tokens, closingComma, k + 1);
                }
            }
        }
        int firstComma = -1;
        for (int k = limit; k < closingComma; k++) {
            if (tokens.get(k).is(",")) {
                firstComma = k;
                break;
            }
            if (isClauseBreak(tokens.get(k))) {
                return null;
            }
        }
        if (firstComma <= limit || firstComma + 1 >= closingComma) {
            return null;
        }
        int opening = limit;
        while (opening < firstComma && CLAUSE_LINKS.contains(tokens.get(opening).lower())) {
            opening++;
        }
        String appositive = text.substring(tokens.get(firstComma + 1).begin(), tokens.get(closingComma - 1).end());
        // "A lawyer for the news outlets, David Schulz, said": a role, then the name between the commas
        SpeakerPhrase between = parse(text, tokens, firstComma + 1, closingComma - 1, null);
        boolean onlyName = between != null && between.kind() == MentionKind.NAME && between.type() == ActorType.PERSON
                && between.role() == null && closingComma - firstComma <= 5;
        int start = scanLeft(tokens, firstComma - 1, limit);
        if (start == opening) {
            SpeakerPhrase phrase = parse(text, tokens, start, firstComma - 1, appositive);
            // "Her deputy, Tom Baker, said", "Britain's foreign secretary, David Lammy, said": the person named
            // between the commas speaks, and what opens the clause is their role
            if (phrase != null && onlyName && phrase.type() != ActorType.PERSON) {
                return nameAfterRole(text, tokens, between, opening, firstComma);
            }
            if (phrase != null && phrase.kind() != MentionKind.PRONOUN && phrase.kind() != MentionKind.ROLE) {
                return phrase;
            }
        }
        SpeakerPhrase role = clauseSubject(text, tokens, firstComma - 1, opening);
        boolean roleOpensClause = role != null && role.span().begin() <= tokens.get(Math.min(opening + 1, firstComma - 1)).begin();
        if (onlyName && roleOpensClause) {
            return nameAfterRole(text, tokens, between, opening, firstComma);
        }
        // "United States Citizenship and Immigration Services, the agency that oversees the program, said"
        return roleOpensClause && role.kind() != MentionKind.PRONOUN && startsAppositive(tokens.get(firstComma + 1))
                ? role.withRole(join(role.role(), withoutArticle(appositive))) : null;
    }

    /** The name between the commas speaks; what opens the clause is its role, and the speaker as written holds both. */
    private static SpeakerPhrase nameAfterRole(String text, List<Token> tokens, SpeakerPhrase name, int opening, int firstComma) {
        int roleBegin = tokens.get(opening).begin();
        return name.withRole(withoutArticle(text.substring(roleBegin, tokens.get(firstComma - 1).end()))).writtenFrom(roleBegin, text);
    }

    private boolean startsAppositive(Token first) {
        String lower = first.lower();
        return !first.isCapitalized() || APPOSITIVE_OPENERS.contains(lower) || lexicons.titles().contains(lower)
                || lexicons.nationalities().contains(lower);
    }

    /** Walks left from {@code end} over the words of a noun phrase; returns its first token or -1. */
    private int scanLeft(List<Token> tokens, int end, int limit) {
        int i = end;
        boolean coordinated = false;
        while (i >= limit) {
            Token t = tokens.get(i);
            String lower = t.lower();
            if (isNameToken(t) && !(lexicons.sentenceStarters().contains(lower) && t.isCapitalized())) {
                i--;
                continue;
            }
            if (i < end && i > limit && isDescriptorBetweenNames(tokens, i)) {
                i--; // a descriptor between a modifier and the name: "MSNBC host Chris Matthews"
                continue;
            }
            if (lexicons.titles().contains(lower) || lexicons.groupNouns().contains(lower)
                    || lexicons.nationalities().contains(lower) || lexicons.orgHeads().contains(lower)
                    || (i < end && ROLE_MODIFIERS.contains(lower))) {
                i--; // ROLE_MODIFIERS: "retired Air Force general Lloyd Newton", "acting director Ann Lee"
                continue;
            }
            int descriptor = openingDescriptor(tokens, i, end, limit);
            if (descriptor > 0) {
                i -= descriptor; // "...," harbour master Ines Corbett told reporters
                continue;
            }
            int modifiers = groupModifiers(tokens, i, end, limit);
            if (modifiers > 0) {
                i -= modifiers; // "top black lawmakers", "foreign policy analysts"
                continue;
            }
            if (NAME_PARTICLES.contains(lower) && i < end && isNameToken(tokens.get(nextNonParticle(tokens, i, end)))) {
                i--; // "Ursula von der Leyen"
                continue;
            }
            if (ARTICLES.contains(lower) && i < end && i > limit && tokens.get(i + 1).isCapitalized()
                    && ORG_NAME_LINKS.contains(tokens.get(i - 1).lower())) {
                i--; // "Committee for a Responsible Federal Budget"
                continue;
            }
            if (lower.equals("on") && i < end && i > limit && tokens.get(i - 1).isCapitalized()
                    && lexicons.orgHeads().contains(tokens.get(i - 1).lower())) {
                i--; // "Commission on Presidential Debates"
                continue;
            }
            if ((lower.equals("of") || lower.equals("for") || lower.equals("and") || lower.equals("&")) && i < end && i > limit) {
                coordinated |= lower.equals("and");
                i--;
                continue;
            }
            if (t.is(",") && coordinated && i > limit && isNameToken(tokens.get(i - 1))) {
                i--;
                continue;
            }
            if (LEFT_DETERMINERS.contains(lower) && i < end) {
                boolean insideList = i > limit && ((coordinated && tokens.get(i - 1).is(","))
                        || tokens.get(i - 1).lower().equals("of"));
                i--;
                if (insideList) {
                    continue; // "the leaders of Ukraine, the U.K., France and Poland"
                }
                break; // take the determiner and stop: "one Western official", "the Kremlin"
            }
            break;
        }
        int start = i + 1;
        // a phrase does not begin with a connector
        while (start <= end && PHRASE_CONNECTORS.contains(tokens.get(start).lower())) {
            start++;
        }
        return start <= end ? start : -1;
    }

    /**
     * How many lower-case words or numbers (up to four tokens) from {@code i} describe a name that follows them and
     * ends the clause: "said 9/11 widow Terry Strada.", "said cafe owner Tomas Reyes, ..."; else 0.
     */
    private int descriptorBeforeName(List<Token> tokens, int i, int limit) {
        int k = i;
        while (k < limit && k - i < 4) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (NUMBER_LIKE.matcher(lower).matches()) {
                k++; // "9/11 widow"
                continue;
            }
            boolean word = t.text().equals(lower) && Character.isLetter(lower.charAt(0)) && !NOT_MODIFIERS.contains(lower)
                    && !SKIPPED_BEFORE_CUE.contains(lower) && !lower.endsWith("ly") && !lower.endsWith("ed")
                    && !lower.endsWith("ing") && !ARTICLES.contains(lower) && !PRONOUNS.contains(lower);
            if (!word || lexicons.titles().contains(lower) || lexicons.groupNouns().contains(lower) || LEFT_DETERMINERS.contains(lower)) {
                break; // titles and determiners are taken by the loop that follows
            }
            k++;
        }
        if (k == i || k >= limit || !isNameToken(tokens.get(k))) {
            return 0;
        }
        int nameEnd = k;
        while (nameEnd + 1 < limit && isNameToken(tokens.get(nameEnd + 1))) {
            nameEnd++;
        }
        boolean endsClause = nameEnd + 1 >= limit || isClauseBreak(tokens.get(nameEnd + 1)) || tokens.get(nameEnd + 1).is(",");
        return nameEnd > k && endsClause ? k - i : 0; // a full name: not "said recent polls showed Trump ahead"
    }

    /** A lower-case noun between two names, which describes the second: "host" in "MSNBC host Chris Matthews". */
    private boolean isDescriptorBetweenNames(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lower = t.lower();
        return t.text().equals(lower) && Character.isLetter(lower.charAt(0))
                && isNameToken(tokens.get(i + 1)) && isNameToken(tokens.get(i - 1)) && !NP_CONNECTORS.contains(lower)
                && !SKIPPED_BEFORE_CUE.contains(lower) && !NOT_MODIFIERS.contains(lower) && !lower.endsWith("ed")
                && !(lower.endsWith("s") && !lower.endsWith("ss") && !lexicons.groupNouns().contains(lower));
    }

    /**
     * How many lower-case words from {@code i} leftwards modify a group noun that ends the
     * phrase, when they reach a comma, a determiner or the clause start; else 0.
     */
    private int groupModifiers(List<Token> tokens, int i, int end, int limit) {
        Token head = tokens.get(end);
        boolean groupHead = lexicons.groupNouns().contains(head.lower()) || lexicons.orgHeads().contains(head.lower());
        if (!groupHead || !head.text().equals(head.lower()) || i >= end) {
            return 0;
        }
        int k = i;
        while (k >= limit && i - k < 3) {
            Token t = tokens.get(k);
            if (!t.text().equals(t.lower()) || !Character.isLetter(t.text().charAt(0)) || NOT_MODIFIERS.contains(t.lower())) {
                break;
            }
            if (isLyAdverb(t)) {
                return 0; // "Prices rose sharply and analysts": an adverb modifies a verb, not the group
            }
            k--;
        }
        if (k == i) {
            return 0;
        }
        boolean boundary = k < limit || tokens.get(k).is(",") || LEFT_DETERMINERS.contains(tokens.get(k).lower())
                || isNameToken(tokens.get(k)) || QuoteMarks.isQuote(tokens.get(k).text());
        return boundary ? i - k : 0;
    }

    /**
     * How many lower-case words (one or two) from {@code i} leftwards describe the name that
     * follows them and open the clause (nothing but a comma between them and {@code limit});
     * else 0. "harbour master Ines Corbett", "cafe owner Tomas Reyes".
     */
    private int openingDescriptor(List<Token> tokens, int i, int end, int limit) {
        if (i >= end || !isNameToken(tokens.get(i + 1)) || limit == 0) {
            return 0; // at the very start of a sentence a descriptor would be capitalised
        }
        int k = i;
        while (k >= limit && i - k < 2) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (!t.text().equals(lower) || !lower.chars().allMatch(Character::isLetter) || NOT_MODIFIERS.contains(lower)
                    || SKIPPED_BEFORE_CUE.contains(lower) || lower.endsWith("ly") || lower.endsWith("ed")
                    || LEFT_DETERMINERS.contains(lower)) {
                break;
            }
            k--;
        }
        boolean opensClause = k < limit || (k == limit && tokens.get(k).is(","));
        return k < i && opensClause ? i - k : 0;
    }

    private static int nextNonParticle(List<Token> tokens, int i, int end) {
        int k = i + 1;
        while (k < end && NAME_PARTICLES.contains(tokens.get(k).lower())) {
            k++;
        }
        return k;
    }

    /** Splits tokens [start, end] into role and name and decides the actor type. */
    public SpeakerPhrase parse(String text, List<Token> tokens, int start, int end, String appositiveRole) {
        while (start <= end && ARTICLES.contains(tokens.get(start).lower())) {
            start++;
        }
        if (start > end) {
            return null;
        }
        List<Token> words = tokens.subList(start, end + 1);
        Span span = new Span(words.get(0).begin(), words.get(words.size() - 1).end());
        String phrase = span.of(text);
        Token last = words.get(words.size() - 1);
        String lastLower = last.lower();
        boolean anyName = words.stream().anyMatch(w -> isNameToken(w) && !POSSESSIVE_DETERMINERS.contains(w.lower()));

        SpeakerPhrase principal = principalOfSpokesperson(text, tokens, start, end, span, phrase, appositiveRole);
        if (principal != null) {
            return principal;
        }
        SpeakerPhrase headed = postModifiedHead(text, tokens, start, end, span, phrase, appositiveRole);
        if (headed != null) {
            return headed;
        }
        int head = 0;
        while (head < words.size() - 1 && words.get(head).text().equals(words.get(head).lower()) && words.get(head).isWord()
                && !ORG_CONNECTORS.contains(words.get(head).lower())) {
            head++; // "nonpartisan": a description before the name; not "member of the Board"
        }
        int titledName = nameTailStart(words);
        boolean endsWithTitledName = titledName > 0 && isRoleWord(words.get(titledName - 1)); // "Bank of England Governor Mark Carney"
        if (lexicons.orgHeads().contains(words.get(head).lower()) && words.get(head).isCapitalized() && words.size() - head > 2
                && !endsWithTitledName) {
            SpeakerPhrase organisation = capitalisedOrganisation(text, tokens, start + head, end); // "Commission on Presidential Debates"
            if (organisation != null) {
                return new SpeakerPhrase(span, phrase, organisation.name(), appositiveRole, ActorType.ORG, MentionKind.NAME);
            }
        }
        boolean hasConjunction = words.stream().anyMatch(w -> w.lower().equals("and") || w.is(","));
        boolean possessive = words.stream().anyMatch(w -> w.is("'s") || w.is("\u2019s"));
        if (hasConjunction && anyName && !lexicons.organisations().contains(phrase)) {
            return new SpeakerPhrase(span, phrase, phrase, appositiveRole, ActorType.OTHER, MentionKind.GROUP);
        }
        if (lexicons.organisations().contains(phrase) || lexicons.orgHeads().contains(lastLower) && anyName || possessive) {
            return new SpeakerPhrase(span, phrase, phrase, appositiveRole, ActorType.ORG, MentionKind.NAME);
        }
        if (lexicons.places().contains(phrase)) {
            return new SpeakerPhrase(span, phrase, phrase, appositiveRole, ActorType.GPE, MentionKind.NAME);
        }
        int nameStart = nameTailStart(words);
        if (nameStart >= 0) {
            List<Token> nameTokens = words.subList(nameStart, words.size());
            String name = text.substring(nameTokens.get(0).begin(), last.end());
            if (lexicons.places().contains(name) || lexicons.nationalities().contains(name)) {
                return nameStart == 0 ? new SpeakerPhrase(span, phrase, name, appositiveRole, ActorType.GPE, MentionKind.NAME) : null;
            }
            if (lexicons.organisations().contains(name)) {
                return new SpeakerPhrase(span, phrase, name, appositiveRole, ActorType.ORG, MentionKind.NAME);
            }
            if (nameStart >= 2 && ORG_NAME_PREPOSITIONS.contains(words.get(nameStart - 1).lower())
                    && lexicons.orgHeads().contains(words.get(nameStart - 2).lower())) {
                // "Bank of England", "the harbour authority of Port Talland": the name belongs to the organisation
                int orgStart = nameStart - 2;
                while (orgStart > 0 && isNameToken(words.get(orgStart - 1)) && words.get(orgStart).isCapitalized()) {
                    orgStart--;
                }
                if (!words.get(nameStart - 2).isCapitalized()) {
                    orgStart = 0;
                }
                String org = text.substring(words.get(orgStart).begin(), last.end());
                String orgRole = orgStart == 0 ? null : TRAILING_PREPOSITION
                        .matcher(text.substring(words.get(0).begin(), words.get(orgStart - 1).end())).replaceAll("");
                return new SpeakerPhrase(span, phrase, org, join(orgRole, appositiveRole), ActorType.ORG, MentionKind.NAME);
            }
            String role = nameStart == 0 ? null : text.substring(words.get(0).begin(), words.get(nameStart - 1).end());
            role = join(role, appositiveRole);
            return new SpeakerPhrase(span, phrase, name, role, ActorType.PERSON, MentionKind.NAME);
        }
        if (lexicons.groupNouns().contains(lastLower) || lexicons.titles().contains(lastLower)) {
            boolean plural = lastLower.endsWith("s") && !lastLower.endsWith("ss");
            boolean definiteRole = !plural && tokens.get(Math.max(0, start - 1)).lower().equals("the") && words.size() <= 3
                    && lexicons.titles().contains(lastLower);
            if (definiteRole) {
                return new SpeakerPhrase(span, phrase, phrase, phrase, ActorType.PERSON, MentionKind.ROLE);
            }
            ActorType type = lexicons.orgHeads().contains(lastLower) ? ActorType.ORG : ActorType.OTHER;
            return new SpeakerPhrase(span, phrase, commonCase(words, phrase), appositiveRole, type, MentionKind.GROUP);
        }
        if (anyName) {
            return new SpeakerPhrase(span, phrase, phrase, appositiveRole, ActorType.ORG, MentionKind.NAME);
        }
        if (lexicons.orgHeads().contains(lastLower)) {
            return new SpeakerPhrase(span, phrase, phrase, appositiveRole, ActorType.ORG, MentionKind.GROUP); // "the commission"
        }
        return null;
    }

    /**
     * A phrase whose head stands before a preposition and a name, which is then not the speaker's own name:
     * "Tom Smith of the Heritage Foundation" and "Sen. Tim Kaine of Virginia" are the person, with where they are
     * from as a role; "a lawyer for Mr. Trump", "the mother of Michael Brown" and "supporters of Mr. Sanders" are
     * the whole phrase, not the person they are related to; "officials at the White House" and "a member of the Board" speak for it; "the Tax
     * Policy Center at the Urban Institute" is the centre. Null for any other shape.
     */
    private SpeakerPhrase postModifiedHead(String text, List<Token> tokens, int start, int end, Span span, String phrase,
                                           String appositiveRole) {
        int preposition = -1;
        for (int i = start + 1; i < end; i++) {
            if (POST_MODIFIERS.contains(tokens.get(i).lower())) {
                preposition = i;
                break;
            }
        }
        if (preposition < 0) {
            return null;
        }
        String prepositionWord = tokens.get(preposition).lower();
        Token head = tokens.get(preposition - 1);
        int complement = preposition + 1;
        while (complement < end && ARTICLES.contains(tokens.get(complement).lower())) {
            complement++;
        }
        if (!anyCapitalisedName(tokens, complement, end)) {
            return null; // "experts on river navigation": the whole phrase, as the rules after this one give it
        }
        boolean properComplement = isProperName(tokens, complement, end);
        String complementText = text.substring(tokens.get(complement).begin(), tokens.get(end).end());
        String headLower = head.lower();
        if (head.isCapitalized() && isNameToken(head) && !isRoleWord(head) && !lexicons.orgHeads().contains(headLower)) {
            if (!AFFILIATIONS.contains(prepositionWord) || !properComplement) {
                return null;
            }
            SpeakerPhrase person = parse(text, tokens, start, preposition - 1, null);
            boolean named = person != null && person.type() == ActorType.PERSON && person.kind() == MentionKind.NAME
                    && (person.role() != null || person.name().indexOf(' ') > 0);
            return named ? new SpeakerPhrase(span, phrase, person.name(), join(join(person.role(), complementText), appositiveRole),
                    ActorType.PERSON, MentionKind.NAME) : null;
        }
        if (head.isCapitalized() && lexicons.orgHeads().contains(headLower) && !INSIDE_ORG_NAMES.contains(prepositionWord)
                && isProperName(tokens, start, preposition - 1)) {
            String organisation = text.substring(tokens.get(start).begin(), head.end());
            return new SpeakerPhrase(span, phrase, organisation, appositiveRole, ActorType.ORG, MentionKind.NAME);
        }
        if (MEMBERS.contains(headLower) && properComplement) {
            String members = text.substring(tokens.get(start).begin(), head.end());
            return new SpeakerPhrase(span, phrase, complementText, join(members, appositiveRole), ActorType.ORG, MentionKind.NAME);
        }
        SpeakerPhrase related = parse(text, tokens, complement, end, null);
        boolean singularTitle = lexicons.titles().contains(headLower) && !headLower.endsWith("s");
        boolean relatedPerson = related != null && related.type() == ActorType.PERSON
                && (related.role() != null || related.name().indexOf(' ') > 0); // "Texas" alone is no person's name here
        if (singularTitle && properComplement && !relatedPerson) {
            return new SpeakerPhrase(span, phrase, phrase, phrase, ActorType.PERSON, MentionKind.ROLE); // "the Senator from Texas"
        }
        if (PLACE_HEADS.contains(headLower) && properComplement && related != null && related.type() == ActorType.GPE) {
            return new SpeakerPhrase(span, phrase, related.name(), appositiveRole, ActorType.GPE, MentionKind.NAME); // "the city of Phoenix"
        }
        boolean commonNoun = head.isWord() && head.text().equals(headLower) && !NOT_MODIFIERS.contains(headLower)
                && !isLyAdverb(head);
        boolean openingGroup = preposition - 1 == start && head.isCapitalized() && headLower.endsWith("s")
                && (lexicons.groupNouns().contains(headLower) || lexicons.titles().contains(headLower));
        if (!commonNoun && !openingGroup) {
            return null; // "Secretary of State John Kerry", "Bank of England Governor Mark Carney"
        }
        boolean titledRelated = related != null && related.type() == ActorType.PERSON && related.role() != null
                && !HONORIFICS.contains(related.role().toLowerCase(Locale.ROOT));
        if (titledRelated && singularTitle) {
            return null; // "the secretary of state John Kerry": one title before the name
        }
        if (titledRelated && anyOrganisationWord(related.role())) {
            return null; // "the editorial board of the Washington Post Trump said": a comma left out before the speaker
        }
        boolean definiteRole = start > 0 && tokens.get(start - 1).lower().equals("the") && lexicons.titles().contains(headLower)
                && !headLower.endsWith("s");
        return definiteRole ? new SpeakerPhrase(span, phrase, phrase, phrase, ActorType.PERSON, MentionKind.ROLE)
                : new SpeakerPhrase(span, phrase, phrase, appositiveRole, ActorType.OTHER, MentionKind.GROUP);
    }

    /** A group written at the start of a sentence ("Analysts said") has the name it has elsewhere: "analysts". */
    private String commonCase(List<Token> words, String phrase) {
        Token first = words.get(0);
        String lower = first.lower();
        boolean commonWord = (lexicons.groupNouns().contains(lower) || lexicons.titles().contains(lower) || LEFT_DETERMINERS.contains(lower))
                && !PROPER_GROUPS.contains(lower);
        boolean onlyFirstCapitalised = commonWord && first.isCapitalized() && !first.text().equals(first.text().toUpperCase(Locale.ROOT))
                && words.stream().skip(1).noneMatch(Token::isCapitalized);
        return onlyFirstCapitalised ? phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1) : phrase;
    }

    /** Whether {@code phrase} holds a capitalised organisation word ("Post" in "Washington Post"). */
    private boolean anyOrganisationWord(String phrase) {
        for (String word : phrase.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                    && lexicons.orgHeads().contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [from, to] read as one proper name: capitalised words and the small words inside names. */
    private static boolean isProperName(List<Token> tokens, int from, int to) {
        if (from > to || !tokens.get(from).isCapitalized() || !tokens.get(to).isCapitalized()) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() && !ORG_CONNECTORS.contains(t.lower()) && !t.is("'s") && !t.is("\u2019s")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code role} is an unnamed spokesperson's ("spokesman", "a chief spokeswoman"), given for whom they speak. */
    public static boolean isSpokespersonRole(String role) {
        if (role == null) {
            return false;
        }
        String lower = role.toLowerCase(Locale.ROOT);
        return SPOKESPERSONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * An unnamed spokesperson speaks for whom they represent, and a document for whom it is from: "a spokesman for
     * Siemens", "a spokesperson for the Department of Health", "the Kremlin spokesman" and "a statement from the
     * World Bank" are statements of Siemens, the Department of Health, the Kremlin and the World Bank, with the
     * spokesperson as the role; null when the phrase is no such spokesperson or document (a named spokesperson,
     * "Kremlin spokesman Dmitry Peskov", is the person).
     */
    private SpeakerPhrase principalOfSpokesperson(String text, List<Token> tokens, int start, int end, Span span,
                                                  String phrase, String appositiveRole) {
        int spokes = -1;
        for (int i = start; i <= end; i++) {
            String lower = tokens.get(i).lower();
            if (SPOKESPERSONS.contains(lower) || ((i == start || i == end) && SOURCE_DOCUMENTS.contains(lower))) {
                spokes = i;
                break;
            }
        }
        if (spokes < 0) {
            return null;
        }
        boolean document = SOURCE_DOCUMENTS.contains(tokens.get(spokes).lower());
        SpeakerPhrase represented;
        String role;
        if (spokes == end && spokes > start && anyCapitalisedName(tokens, start, spokes - 1)) {
            represented = parse(text, tokens, start, spokes - 1, null); // "the Kremlin spokesman"
            role = tokens.get(spokes).text();
        } else if (spokes + 2 <= end && SPOKESPERSON_PREPOSITIONS.contains(tokens.get(spokes + 1).lower())) {
            represented = capitalisedOrganisation(text, tokens, spokes + 2, end); // "the Department of Health"
            if (represented == null) {
                represented = parse(text, tokens, spokes + 2, end, null); // "a spokesman for Siemens"
            }
            role = text.substring(tokens.get(start).begin(), tokens.get(spokes).end());
        } else {
            return null;
        }
        if (document) {
            role = null; // "a statement from the World Bank": the bank speaks, with no role
        }
        boolean documentAfterItsSource = document && spokes == end;
        if (documentAfterItsSource && represented != null && represented.type() == ActorType.PERSON
                && !represented.name().equals(represented.name().toUpperCase(Locale.ROOT))) {
            return null; // "a New Poll", "the Mueller report": a name before a document is not surely who issued it
        }
        if (represented == null || represented.kind() == MentionKind.GROUP || represented.kind() == MentionKind.ROLE
                || represented.role() != null) {
            return null; // "a spokesman for the protesters", "a spokesman for Trump adviser Ann Lee": no one to stand for
        }
        return new SpeakerPhrase(span, phrase, represented.name(), join(role, appositiveRole), represented.type(), MentionKind.NAME);
    }

    /**
     * A capitalised organisation named by its head and what it is of: "the Department of Health", "the Ministry of
     * Defence", whose last words would otherwise read as the titles in "Health Secretary" and "Defence Minister".
     */
    private SpeakerPhrase capitalisedOrganisation(String text, List<Token> tokens, int from, int to) {
        while (from <= to && ARTICLES.contains(tokens.get(from).lower())) {
            from++;
        }
        boolean head = false;
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() && !(i > from && i < to && ORG_CONNECTORS.contains(t.lower()))) {
                return null;
            }
            head |= t.isCapitalized() && lexicons.orgHeads().contains(t.lower());
        }
        if (from > to || !head) {
            return null;
        }
        Span span = new Span(tokens.get(from).begin(), tokens.get(to).end());
        return new SpeakerPhrase(span, span.of(text), span.of(text), null, ActorType.ORG, MentionKind.NAME);
    }

    private boolean anyCapitalisedName(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (isNameToken(tokens.get(i)) && tokens.get(i).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** Index in {@code words} where the trailing personal name begins, or -1. */
    private int nameTailStart(List<Token> words) {
        int i = words.size() - 1;
        Token last = words.get(i);
        if (!isNameToken(last) || last.is("'s")) {
            return -1;
        }
        boolean lastIsTitle = isRoleWord(last);
        boolean afterHonorific = i > 0 && HONORIFICS.contains(words.get(i - 1).lower());
        if (afterHonorific) {
            return i; // "Mr. King": a surname, whatever else the word means
        }
        if (lastIsTitle && (i == 0 || isRoleWord(words.get(i - 1)) || !isNameToken(words.get(i - 1)))) {
            return -1;
        }
        int start = i;
        while (start - 1 >= 0) {
            Token prev = words.get(start - 1);
            if (isNameToken(prev) && !isRoleWord(prev) && !lexicons.orgHeads().contains(prev.lower()) && !prev.is("'s")) {
                start--;
            } else if (NAME_PARTICLES.contains(prev.lower()) && start - 2 >= 0
                    && (isNameToken(words.get(start - 2)) || NAME_PARTICLES.contains(words.get(start - 2).lower()))) {
                start--;
            } else {
                break;
            }
        }
        // a name does not begin with a particle
        while (start < i && NAME_PARTICLES.contains(words.get(start).lower())) {
            start++;
        }
        // "Governor of Texas Greg Abbott": after "title of", a place comes first; a name is two words, or three with an initial
        int link = start - 1;
        if (link >= 1 && ARTICLES.contains(words.get(link).lower())) {
            link--; // "Chancellor of the Exchequer Nigel Lawson"
        }
        boolean afterTitleOf = link >= 1 && (ORG_NAME_PREPOSITIONS.contains(words.get(link).lower())
                || words.get(link).lower().equals("from"));
        if (afterTitleOf && isRoleWord(words.get(link - 1)) && i - start >= 2) {
            boolean middleInitial = words.get(i - 1).text().matches("\\p{Lu}\\.");
            start = Math.max(start, middleInitial ? i - 2 : i - 1);
        }
        return start;
    }

    private boolean isRoleWord(Token t) {
        String lower = t.lower();
        return lexicons.titles().contains(lower) || lexicons.nationalities().contains(lower)
                || (lexicons.groupNouns().contains(lower) && (!t.isCapitalized() || (lower.endsWith("s") && !lower.endsWith("ss"))));
    }

    /** A capitalised word or an abbreviation such as "U.S.", or the possessive inside "Ukraine's Air Force". */
    public boolean isNameToken(Token t) {
        if (t.is("'s") || t.is("\u2019s")) {
            return true;
        }
        if (CALENDAR.contains(t.lower())) {
            return false; // "early Friday saying", "in May said"
        }
        int cp = t.text().codePointAt(0);
        return Character.isUpperCase(cp) && t.text().codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Whether the comma at {@code k} ends an appositive role: a participle or a relative clause follows it
     * ("chairman of Dow Chemical, adding that", "a historian, who attended").
     */
    private static boolean endsAppositive(List<Token> tokens, int k, int limit) {
        if (!tokens.get(k).is(",") || k + 1 >= limit) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.text().equals(next.lower()) && (next.lower().endsWith("ing") || APPOSITIVE_ENDS.contains(next.lower()));
    }

    private static boolean isClauseBreak(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals(";") || s.equals(":") || QuoteMarks.isQuote(s) || s.equals("?") || s.equals("!")
                || s.equals("(") || s.equals(")");
    }

    /** "an architect who said", "two officials who said": a determiner, at most one modifier and a common noun. */
    private static SpeakerPhrase commonNounBefore(String text, List<Token> tokens, int end, int limit) {
        Token noun = tokens.get(end);
        if (!noun.isWord() || !noun.text().equals(noun.lower()) || NOT_MODIFIERS.contains(noun.lower())) {
            return null;
        }
        for (int k = end - 1; k >= Math.max(limit, end - 2); k--) {
            Token t = tokens.get(k);
            if (LEFT_DETERMINERS.contains(t.lower()) || NUMBER.matcher(t.text()).matches()) {
                Span span = new Span(tokens.get(k + 1).begin(), noun.end());
                return new SpeakerPhrase(span, span.of(text), span.of(text), null, ActorType.OTHER, MentionKind.GROUP);
            }
            if (!t.isWord() || !t.text().equals(t.lower()) || NOT_MODIFIERS.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /** A pronoun speaker, subject or possessive ("he said", "her claim that"): plural ones stand for groups. */
    public static SpeakerPhrase pronoun(Token t) {
        return new SpeakerPhrase(new Span(t.begin(), t.end()), t.text(), null, null,
                PLURAL_PRONOUNS.contains(t.lower()) ? ActorType.OTHER : ActorType.PERSON, MentionKind.PRONOUN);
    }

    /** "the NATO secretary general" as a role is "NATO secretary general". */
    static String withoutArticle(String role) {
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (role.regionMatches(true, 0, article, 0, article.length())) {
                return role.substring(article.length());
            }
        }
        return role;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a + ", " + b;
    }
}
