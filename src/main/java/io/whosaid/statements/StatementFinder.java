package io.whosaid.statements;

import io.whosaid.lexicon.Lexicons;
import io.whosaid.speakers.ActorType;
import io.whosaid.speakers.MentionKind;
import io.whosaid.speakers.SpeakerParser;
import io.whosaid.speakers.SpeakerPhrase;
import io.whosaid.text.QuoteMarks;
import io.whosaid.text.Sentence;
import io.whosaid.text.Span;
import io.whosaid.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the statements of one article: direct quotes with the cue before, after or between
 * their parts, reported speech after a reporting cue, content before the cue ("C, X said"),
 * "according to X", mixed statements with quoted fragments, and quote paragraphs without a cue
 * (continuations, resolved later). It finds speaker phrases but does not resolve them.
 */
public final class StatementFinder {
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your", "'s", "\u2019s", "no", "any", "such", "whose", "every", "first", "latest", "recent", "new", "earlier", "further", "public", "joint");
    private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "been", "being", "be", "am", "'s", "get", "got", "gets");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "to", "with", "about", "for", "from", "last", "this", "earlier", "late", "early", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "while", "when", "through", "via", "over", "by", "again", "also", "separately", "later", "privately", "publicly", "repeatedly", "once");
    private static final Set<String> LISTENERS = Set.of("reporters", "journalists", "lawmakers", "him", "her", "them", "us", "me", "parliament", "congress", "supporters", "students", "delegates", "viewers", "listeners", "readers", "the");
    /** Third-person forms that are also plural nouns ("states", "reports"): a cue only after a name or pronoun. */
    /** The verbs of an attribution that closes a sentence: "..., a Ministry spokesman said." */
    private static final Set<String> CLOSING_CUES = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "reported", "reports", "noted", "notes", "stated", "explained", "commented", "confirmed", "announced",
            "argued", "argue", "warned", "predicted", "estimated", "wrote", "writes", "suggests", "suggested", "believe",
            "believes", "insisted", "claimed", "maintained", "conceded", "acknowledged");
    /** Words that make the phrase after a comma a comparison or a passive, no closing attribution. */
    private static final Set<String> NOT_IN_CLOSING_SPEAKERS = Set.of("than", "by", "not", "as", "which", "who", "based",
            "while", "when", "if", "because", "and", "but");
    /** Bare forms that are cues only after a finding subject: "one study found", "Polls show". */
    private static final Set<String> FINDING_VERBS = Set.of("found", "finds", "show");
    /** Who or what reports findings: the subjects with which a bare "found" or "show" is a cue. */
    private static final Set<String> FINDING_SUBJECTS = Set.of("study", "studies", "report", "reports", "survey", "surveys",
            "poll", "polls", "research", "analysis", "review", "audit", "investigation", "investigators", "inquiry",
            "probe", "panel", "court", "judge", "jury", "researchers", "scientists", "auditors", "regulators", "figures",
            "data", "statistics", "results", "returns", "records", "numbers", "averages", "documents", "minutes", "estimates");
    /** Words that open what qualifies a finding subject: "a study by ...", "research conducted by ...". */
    private static final Set<String> FINDING_MODIFIERS = Set.of("by", "conducted", "commissioned", "published", "released",
            "carried", "led", "funded");
    private static final int MAX_FINDING_MODIFIER = 12;
    private static final Set<String> NOUN_LIKE_FORMS = Set.of("states", "reports", "notes", "posts", "comments", "remarks",
            "questions", "signals", "pledges", "promises", "demands", "protests", "counters", "estimates", "fears", "hopes",
            "doubts", "worries", "claims", "supports", "mentions", "attacks", "blasts", "tweets", "jokes", "replies",
            "recalls", "calls", "proposals", "threatens", "praises", "welcomes", "rejects", "defends");
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("speaking", "asked", "talking", "writing",
            "addressing", "responding", "commenting", "answering", "testifying");
    /** Cues whose object is a listener when an infinitive follows: "urged employees to report". */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "warn", "encourage", "ask", "call on", "press",
            "implore", "invite", "advise", "remind", "tell", "inform", "push", "challenge", "order", "instruct", "beg");
    /** Words that open an adjunct after an object: the object ends before them. */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("because", "although", "though", "while", "when", "after",
            "before", "since", "unless", "whereas", "despite", "amid");
    private static final Set<String> SENTENCE_SUBORDINATORS = Set.of("while", "although", "though", "when", "whereas",
            "because", "since", "if", "after", "before", "once", "unless", "until");
    private static final Set<String> CALENDAR_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight");
    /** Labels that a colon follows without anyone speaking: "Note:", "Update:", "Photo:". */
    private static final Set<String> NOT_COLON_SPEAKERS = Set.of("note", "update", "updated", "correction", "editor",
            "editors", "related", "watch", "read", "photo", "photos", "video", "source", "sources", "by", "subscribe",
            "advertisement", "listen", "see", "also", "abstract", "summary", "full", "q", "a", "question", "answer",
            "warning", "breaking", "exclusive", "opinion", "analysis", "editorial", "disclosure", "credit", "caption",
            "latest", "updates");
    /** A cue followed by one of these is a noun, not a verb. */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "might", "must");
    /** A cue right after one of these is a gerund or noun, not the clause's verb: "at the forefront of questioning". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("of", "for", "about", "from", "without", "at", "into",
            "despite", "amid");
    /** Forms of saying that are never a noun, whatever follows them. */
    private static final Set<String> SAID_FORMS = Set.of("said", "says", "told", "thought", "wrote", "believes", "thinks");
    private static final int MAX_RELATIVE_SUBJECT = 5;
    /** Verbs whose gerund after "for", "after" or "aside from" reports what was said. */
    private static final Set<String> REPORTING_GERUNDS = Set.of("say", "claim", "suggest", "argue", "assert", "insist",
            "allege", "state", "declare", "warn", "predict", "admit");
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our");
    private static final int MAX_OBJECT_WORDS = 5;
    /** What a sentence-opening "In ..., " names as the source of the clause after it: "In this poll, ...". */
    private static final Set<String> LEAD_FINDING_NOUNS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "census");
    private static final int MAX_FINDING_LEAD = 14;
    /** Base forms that are nouns as often as verbs: a cue ("fear that") only after a plural subject. */
    private static final Set<String> NOUN_LIKE_BASE_FORMS = Set.of("fear", "worry", "hope", "doubt", "suspect");
    private static final Set<String> PLURAL_SUBJECT_PRONOUNS = Set.of("we", "they", "i", "you");
    private static final Set<String> SUBJECT_VERB_ADVERBS = Set.of("also", "still", "now", "increasingly", "privately",
            "openly", "already", "too");
    private static final Set<String> GROUP_SUBJECTS = Set.of("many", "some", "others", "most", "both", "few", "all");
    private static final Set<String> APPROXIMATORS = Set.of("about", "over", "around", "under");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens",
            "half", "third", "quarter");
    /** Where something was said: "in a statement", "during an interview", "in early-morning tweets". */
    private static final Set<String> MEDIUM_NOUNS = Set.of("statement", "statements", "interview", "interviews", "email",
            "e-mail", "emails", "letter", "tweet", "tweets", "post", "posts", "speech", "op-ed", "memo", "message",
            "diatribe", "remarks", "column", "essay", "editorial", "appearance", "broadcast", "briefing", "podcast",
            "conference", "call", "rally", "video", "filing", "testimony", "twitter", "facebook", "instagram");
    /** Nouns of saying and believing that take a that-clause: "her claim that", "Trump's insistence that". */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "assertion", "assertions", "argument",
            "suggestion", "insistence", "contention", "allegation", "allegations", "accusation", "charge", "warning",
            "promise", "pledge", "vow", "belief", "view", "statement", "comment", "comments", "remark", "remarks",
            "proclamation", "prediction", "admission", "complaint", "concern", "fear", "fears", "hope", "boast",
            "announcement", "declaration", "denial", "explanation", "observation", "insinuation", "implication",
            "conclusion", "finding", "findings", "position", "theory", "threat", "conviction", "reminder", "message");
    /** Reports named by their publisher: "a New York Times report that", "a Quinnipiac poll that". */
    private static final Set<String> SOURCE_NOUNS = Set.of("report", "study", "analysis", "poll", "survey",
            "investigation", "statement", "review");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my");
    /** Verbs whose subject is also the subject of the infinitive cue after them: "appeared to suggest". */
    private static final Set<String> INFINITIVE_CONTROLLERS = Set.of("appeared", "appears", "appear", "seemed", "seems",
            "seem", "tried", "tries", "try", "trying", "began", "begins", "started", "starts", "continued", "continues",
            "proceeded", "rushed", "hastened", "moved", "used", "chose", "chooses", "dared"); // not the intent cues
    /** "more support", "broad support": a quantity of the noun, not the verb. */
    private static final Set<String> QUANTIFIERS = Set.of("more", "less", "much", "little", "broad", "strong", "wide",
            "widespread", "growing", "bipartisan", "popular", "enough");
    private static final Set<String> ATTITUDE_NOUNS = Set.of("concern", "concerns", "support", "outrage", "doubt",
            "doubts", "frustration", "opposition", "dismay", "surprise", "regret", "confidence", "skepticism",
            "scepticism", "disappointment", "optimism", "interest", "anger", "alarm", "sympathy", "reservations");
    private static final Set<String> PARTICLES = Set.of("up", "into", "off", "away", "down", "bail");
    /** Adverbs of doubt between a comma and a participle: "..., perhaps hoping". */
    private static final Set<String> HEDGES = Set.of("perhaps", "possibly", "probably", "apparently", "presumably", "likely");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "would", "will", "could",
            "did", "does");
    private static final Set<String> DASHES = Set.of(",", "\u2014", "\u2013", "-", "?", "!", ":");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> SIGNATURE_DASHES = Set.of("\u2015", "\u2014", "\u2013", "--");
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "while", "as");
    private static final Set<String> VERB_COORDINATORS = Set.of("or", "and", "nor");
    private static final Set<String> ATTITUDE_PREPOSITIONS = Set.of("about", "over", "for", "at", "with", "in");
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("but", "and");
    private static final Set<String> DATELINE_DASHES = Set.of("\u2015", "\u2014", "\u2013", "--", "-");
    private static final Set<String> SINGULAR_SUBJECT_PRONOUNS = Set.of("he", "she", "it");
    private static final Set<String> NOUN_USE_PREPOSITIONS = Set.of("for", "from", "among", "of");
    private static final Set<String> NOT_NAMING_FOLLOWERS = Set.of("in", "off", "up", "back", "out", "it", "him", "her", "them", "me", "us", ".", ",");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "him", "her", "them", "me", "us");
    private static final Set<String> GO_FORMS = Set.of("went", "goes", "go", "going");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> AS_ADVERB_FOLLOWERS = Set.of("well", "much", "many", "long", "soon", "far");
    private static final Set<String> TRAILING_CLAUSE_OPENERS = Set.of("which", "although", "though");
    /** Relative words after a comma that end an object: "a pledge not to pardon Clinton, who ...", "a close contest in the state, where ...". */
    private static final Set<String> OBJECT_RELATIVES = Set.of("who", "whose", "where");
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "during", "on", "via", "through");
    private static final Set<String> MEDIUM_PHRASE_FOLLOWERS = Set.of("with", "to", "on", "at", "for", "by", "from", "after", "before", "earlier", "later", "last", "this", "that");
    private static final Set<String> PREDICATE_COORDINATORS = Set.of("and", "but", "yet");
    private static final Set<String> PREDICATE_MODIFIERS = Set.of("also", "then", "later", "still", "now", "has", "have", "had", "is", "was", "would", "will", "could", "did", "does", "not");
    private static final Set<String> ANONYMITY_PARTICIPLES = Set.of("named", "identified", "quoted");
    /** Words that make what follows a reporting verb a clause rather than an object: finite verbs, subject pronouns. */
    private static final Set<String> CLAUSE_MARKERS = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "did", "does", "do", "he", "she", "they", "we", "i");
    /** Words that open a clause right after a reporting verb ("asked whether ..."); later, "who" opens a relative clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("whether", "if", "how", "why", "what", "when", "where", "who");
    private static final Set<String> NOT_OBJECT_WORDS = Set.of("that", "and", "or", "for", "on", "in", "at", "about", "with");
    private static final Set<String> ING_NON_PARTICIPLES = Set.of("including", "according", "during", "regarding", "concerning", "excluding", "notwithstanding", "something", "nothing", "anything", "everything");
    /** A paragraph set off by a colon ("He added:") is what was said when it has this many words, up to this many sentences. */
    private static final int MIN_BLOCK_WORDS = 4;
    private static final int MAX_BLOCK_SENTENCES = 8;
    /** Tokens a lead phrase between a cue and its quote may have: "said late on Monday night, “...”". */
    private static final int MAX_LEAD_BEFORE_QUOTE = 8;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern REPORT_DAY = Pattern.compile("(on |last |late |early )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today");
    /** Of two readings of one span: the fuller speaker phrase, then the fewer content characters. */
    private static final Comparator<Statement> READING_PREFERENCE = Comparator
            .comparingInt((Statement s) -> s.speaker() == null ? 0 : -s.speaker().span().length())
            .thenComparingInt(StatementFinder::contentCharacters);

    private final CueLexicon cues;
    private final SpeakerParser speakers;
    private final io.whosaid.dates.DateExpressions dates = new io.whosaid.dates.DateExpressions();

    public StatementFinder(CueLexicon cues, Lexicons lexicons) {
        this.cues = cues;
        this.speakers = new SpeakerParser(lexicons);
    }

    public List<Statement> find(String text, List<Sentence> sentences, List<Quote> quotes, List<Span> paragraphs) {
        List<Statement> found = new ArrayList<>();
        Set<Quote> consumed = new HashSet<>();
        Sentence previous = null;
        for (Sentence sentence : sentences) {
            boolean opensParagraph = previous == null || previous.paragraph() != sentence.paragraph();
            previous = sentence;
            Statement headline = opensParagraph ? colonAttributed(text, sentence, quotes, consumed, sentences) : null;
            if (headline != null) {
                found.add(headline);
                continue;
            }
            SpeakerPhrase previousSpeaker = null;
            List<Token> tokens = sentence.tokens();
            boolean title = opensParagraph && isTitleCase(tokens) && !continuesParagraph(sentences, sentence);
            Statement pollFinding = leadFinding(text, sentence, quotes, consumed, sentences);
            if (pollFinding != null) {
                found.add(pollFinding);
                continue; // the clause after the lead phrase holds no cue of its own
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (quoteAt(quotes, tokens.get(k).begin()) != null) {
                    continue;
                }
                Statement claim = possessiveClaim(text, sentence, k, quotes, consumed, sentences);
                if (claim != null) {
                    found.add(claim);
                    k = indexAfter(tokens, claim.content().end()) - 1; // no nesting: the clause is this claim's content
                    continue;
                }
                Optional<CueLexicon.Match> match = cues.matchAt(tokens, k);
                if (match.isEmpty() || !(isVerbUse(tokens, match.get()) || (title && isTitleSpeechVerb(tokens, match.get())))) {
                    continue;
                }
                Attribution a = attribute(text, sentence, match.get(), quotes, consumed, previousSpeaker, sentences);
                if (a.statement != null && a.statement.content().begin() >= tokens.get(match.get().last()).end()
                        && opensWithAnAttribution(tokens, a.statement.content())) {
                    continue; // "Those discussions are continuing, he said": "he said" attributes what came before
                }
                if (a.speaker != null) {
                    previousSpeaker = a.speaker;
                }
                k = Math.max(k, match.get().last());
                if (a.statement != null) {
                    found.add(a.statement);
                    Span content = a.statement.content();
                    if (content.begin() > tokens.get(k).begin() && content.end() <= sentence.span().end()) {
                        // a cue inside what was said is part of it, not a statement of its own (no nesting)
                        k = Math.max(k, indexAfter(tokens, content.end()) - 1);
                    }
                }
            }
        }
        for (Quote quote : quotes) {
            if (consumed.contains(quote) || overlapsAny(found, quote)) {
                continue;
            }
            Sentence sentence = sentenceAt(sentences, quote.marks().begin());
            if (sentence == null) {
                continue;
            }
            Span paragraph = paragraphs.get(quote.paragraph());
            boolean opensParagraph = quote.marks().begin() == paragraph.begin();
            String words = quote.content().of(text);
            boolean sentenceLike = Character.isUpperCase(words.codePointAt(0)) && wordCount(words) >= 5 && !isTitle(words);
            Statement dashed = dashAttributed(text, quote, sentences);
            if (dashed != null) {
                found.add(dashed);
            } else if (opensParagraph || sentenceLike) {
                found.add(new Statement(quote.content(), words, Kind.DIRECT, null, null, null, opensParagraph,
                        quote.paragraph(), sentence.index(), sentencesCovering(sentences, quote.marks()), List.of()));
            }
        }
        found.sort(Comparator.comparingInt((Statement s) -> s.content().begin()));
        return oneReadingPerSpan(found);
    }

    /**
     * Whether {@code content} opens with a speaker and a speech cue of its own ("he said", "Smith told reporters"):
     * then it is no content but the attribution of what came before it.
     */
    private boolean opensWithAnAttribution(List<Token> tokens, Span content) {
        int first = indexAt(tokens, content.begin());
        if (first < 0) {
            return false;
        }
        for (int j = first + 1; j < Math.min(tokens.size(), first + 5); j++) {
            Token before = tokens.get(j - 1);
            if (!(before.isCapitalized() || SUBJECT_PRONOUNS.contains(before.lower()) || before.lower().equals("it"))) {
                return false;
            }
            Optional<CueLexicon.Match> cue = cues.matchAt(tokens, j);
            if (cue.isPresent() && (cue.get().frame() == Frame.SPEECH || cue.get().frame() == Frame.TELL)) {
                // only the attribution, nothing said after it: not "she thinks America is strongest"
                int after = cue.get().last() + 1;
                return after >= tokens.size() || tokens.get(after).begin() >= content.end() || isSentenceEnd(tokens, after);
            }
        }
        return false;
    }

    /**
     * Two readings of the same words are one statement, whose id is its span: "..., informed sources
     * said" read with the cue "informed" and with "said", or "..., the board said, adding, ..." with
     * either cue. The reading with the fuller speaker phrase stays, then the one with the fewer content
     * characters (the tighter parts), then the first found.
     */
    private static List<Statement> oneReadingPerSpan(List<Statement> found) {
        Map<Span, Statement> bySpan = new LinkedHashMap<>();
        for (Statement s : found) {
            bySpan.merge(s.content(), s, (kept, other) -> READING_PREFERENCE.compare(other, kept) < 0 ? other : kept);
        }
        return bySpan.size() == found.size() ? found : new ArrayList<>(bySpan.values());
    }

    private static int contentCharacters(Statement s) {
        if (s.fragments().isEmpty()) {
            return s.content().length();
        }
        return s.fragments().stream().mapToInt(Span::length).sum();
    }

    private record Attribution(Statement statement, SpeakerPhrase speaker) {}

    /**
     * "In this poll, Trump rose 1 percentage point": a poll, survey or study named in a phrase that opens the
     * sentence is the source of the clause after it, when that clause has no cue of its own ("In a survey,
     * 40 percent said ..." is theirs). The lead may carry a participle phrase ("In the previous national poll,
     * conducted in early September, Clinton led ...").
     */
    private Statement leadFinding(String text, Sentence sentence, List<Quote> quotes, Set<Quote> consumed,
                                  List<Sentence> sentences) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        if (n < 6 || !tokens.get(0).lower().equals("in") || !tokens.get(0).isCapitalized()) {
            return null;
        }
        int comma = firstComma(tokens, 1, MAX_FINDING_LEAD);
        if (comma < 2 || comma + 1 >= n || !LEAD_FINDING_NOUNS.contains(tokens.get(comma - 1).lower())) {
            return null;
        }
        int contentStart = comma + 1;
        Token afterComma = tokens.get(contentStart);
        if (afterComma.lower().endsWith("ed") && afterComma.text().equals(afterComma.lower())) {
            // ", conducted in early September,": the content follows the participle phrase
            int close = firstComma(tokens, comma + 2, comma + MAX_FINDING_LEAD);
            if (close < 0) {
                return null;
            }
            contentStart = close + 1;
        }
        int contentEnd = clauseEnd(tokens, contentStart, false);
        if (contentEnd < contentStart || wordTokens(tokens, contentStart, contentEnd) < 3
                || quoteAt(quotes, tokens.get(contentStart).begin()) != null) {
            return null;
        }
        for (int k = contentStart; k < n; k++) {
            Optional<CueLexicon.Match> cue = cues.matchAt(tokens, k);
            if (cue.isPresent() && isVerbUse(tokens, cue.get())) {
                return null;
            }
        }
        SpeakerPhrase speaker = speakers.parse(text, tokens, 1, comma - 1, null);
        if (speaker == null) {
            return null;
        }
        Span content = extendOverQuotes(quotes, new Span(tokens.get(contentStart).begin(), tokens.get(contentEnd).end()));
        Span cue = new Span(tokens.get(0).begin(), tokens.get(0).end());
        return statement(text, sentences, content, content.of(text), kindOf(quotes, content, consumed), cue,
                tokens.get(0).text(), speaker, sentence);
    }

    /**
     * "Trump's claim that ...", "his insistence that ...": a noun of saying or believing with a possessive
     * source and a that-clause (not a relative clause: "his claim that was rejected"), or null.
     */
    private Statement possessiveClaim(String text, Sentence sentence, int k, List<Quote> quotes, Set<Quote> consumed,
                                      List<Sentence> sentences) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        String noun = tokens.get(k).lower();
        if (k < 1 || k + 3 >= n || !(CLAIM_NOUNS.contains(noun) || SOURCE_NOUNS.contains(noun))
                || !tokens.get(k + 1).lower().equals("that")) {
            return null;
        }
        Token next = tokens.get(k + 2);
        String nextLower = next.lower();
        if (BE_FORMS.contains(nextLower) || AUXILIARIES.contains(nextLower) || NOUN_FOLLOWERS.contains(nextLower)
                || (nextLower.endsWith("ed") && next.text().equals(nextLower))) {
            return null;
        }
        Token owner = tokens.get(k - 1);
        SpeakerPhrase speaker;
        if (POSSESSIVE_PRONOUNS.contains(owner.lower())) {
            speaker = SpeakerParser.pronoun(owner);
        } else if ((owner.is("'s") || owner.is("\u2019s")) && k >= 2 && tokens.get(k - 2).isCapitalized()) {
            speaker = speakers.leftOf(text, tokens, k - 1, 0);
        } else if (owner.isCapitalized() && speakers.isNameToken(owner) && SOURCE_NOUNS.contains(noun)) {
            int first = k - 1;
            while (first > 0 && speakers.isNameToken(tokens.get(first - 1)) && tokens.get(first - 1).isCapitalized()) {
                first--;
            }
            if (first == 0 || !ARTICLES.contains(tokens.get(first - 1).lower())) {
                return null;
            }
            speaker = speakers.parse(text, tokens, first, k - 1, null); // "a New York Times report that ..."
        } else {
            return null;
        }
        int end = clauseEnd(tokens, k + 2, false);
        for (int i = k + 3; i <= end; i++) {
            if (tokens.get(i).is(",")) {
                end = i - 1; // "Contrary to his claim that ..., the records show": the noun phrase ends the clause
                break;
            }
        }
        if (speaker == null || end < k + 2 || wordTokens(tokens, k + 2, end) < 3) {
            return null;
        }
        Span content = extendOverQuotes(quotes, new Span(tokens.get(k + 1).begin(), tokens.get(end).end()));
        Kind kind = kindOf(quotes, content, consumed);
        Span cue = new Span(tokens.get(k).begin(), tokens.get(k).end());
        return statement(text, sentences, content, content.of(text), kind, cue, cue.of(text), speaker, sentence);
    }

    /**
     * "Pence: Gennifer Flowers Won't Be at Debate": a short name, a colon and what was said,
     * opening a paragraph, as headlines and transcripts write it.
     */
    private Statement colonAttributed(String text, Sentence sentence, List<Quote> quotes, Set<Quote> consumed,
                                      List<Sentence> sentences) {
        List<Token> tokens = sentence.tokens();
        int first = !tokens.isEmpty() && QuoteMarks.isQuote(tokens.get(0).text()) ? 1 : 0; // "\"PENCE: Well, look, ..."
        int colon = -1;
        for (int k = first; k < Math.min(tokens.size(), first + 5); k++) {
            if (tokens.get(k).is(":")) {
                colon = k;
                break;
            }
        }
        if (colon < first + 1 || NOT_COLON_SPEAKERS.contains(tokens.get(first).lower())
                || NOT_COLON_SPEAKERS.contains(tokens.get(colon - 1).lower()) // "The Latest:"
                || wordTokens(tokens, colon + 1, tokens.size() - 1) < 3) {
            return null;
        }
        for (int k = first; k < colon; k++) {
            if (!speakers.isNameToken(tokens.get(k))) {
                return null;
            }
        }
        SpeakerPhrase speaker = speakers.parse(text, tokens, first, colon - 1, null);
        if (speaker == null || speaker.type() == ActorType.GPE) {
            return null;
        }
        // a transcript turn runs to the end of its paragraph
        Sentence last = sentence;
        while (last.index() + 1 < sentences.size() && sentences.get(last.index() + 1).paragraph() == sentence.paragraph()) {
            last = sentences.get(last.index() + 1);
        }
        List<Token> lastTokens = last.tokens();
        int end = lastTokens.size() - 1;
        while (end > 0 && (isTrailingPunctuation(lastTokens.get(end)) || (first == 1 && QuoteMarks.isQuote(lastTokens.get(end).text())))) {
            end--;
        }
        Span content = new Span(tokens.get(colon + 1).begin(), lastTokens.get(end).end());
        Quote whole = quoteAt(quotes, content.begin());
        if (whole != null && whole.marks().begin() == content.begin() && whole.marks().end() >= content.end()) {
            content = whole.content();
        }
        Kind kind = kindOf(quotes, content, consumed);
        Span cue = new Span(tokens.get(colon).begin(), tokens.get(colon).end());
        return statement(text, sentences, content, content.of(text), kind, cue, ":", speaker, sentence);
    }

    /** "“...” ― Francisco Herrero": a quote signed with a dash and a name that ends the paragraph. */
    private Statement dashAttributed(String text, Quote quote, List<Sentence> sentences) {
        Sentence sentence = sentenceAt(sentences, quote.marks().end() - 1);
        if (sentence == null) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int k = indexAfter(tokens, quote.marks().end());
        if (k >= tokens.size() || !SIGNATURE_DASHES.contains(tokens.get(k).text())) {
            return null;
        }
        SpeakerPhrase speaker = speakers.rightOf(text, tokens, k, tokens.size());
        if (speaker == null || speaker.kind() != MentionKind.NAME
                || !isSentenceEnd(tokens, indexAfter(tokens, speaker.span().end()))) {
            return null;
        }
        Span dash = new Span(tokens.get(k).begin(), tokens.get(k).end());
        return statement(text, sentences, quote.content(), quote.content().of(text), Kind.DIRECT, dash, dash.of(text),
                speaker, sentence);
    }

    private Attribution attribute(String text, Sentence sentence, CueLexicon.Match cue, List<Quote> quotes,
                                  Set<Quote> consumed, SpeakerPhrase previousSpeaker, List<Sentence> sentences) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        int leftLimit = 0;
        for (int k = cue.first() - 1; k >= 0; k--) {
            if (quoteAt(quotes, tokens.get(k).begin()) != null) {
                leftLimit = k + 1;
                break;
            }
        }
        SpeakerPhrase speaker;
        boolean inverted = false;
        int afterCue = cue.last() + 1;
        if (cue.frame() == Frame.ACCORDING) {
            speaker = speakers.sourceAfter(text, tokens, cue.last(), n);
            inverted = true;
        } else {
            boolean byParticiple = cue.isParticiple() && cue.first() > 1 && tokens.get(cue.first() - 1).lower().equals("by");
            int gerundLead = reportingGerundLead(tokens, cue);
            speaker = gerundLead >= 0 ? gerundSpeaker(text, tokens, cue, gerundLead, leftLimit) : byParticiple
                    ? speakers.clauseOpeningSubject(text, tokens, leftLimit) // "Obama responded by saying ...": the clause's subject
                    : speakers.leftOf(text, tokens, subjectSlot(tokens, cue.first()), leftLimit);
            if (cue.isParticiple() && !byParticiple && gerundLead < 0) {
                SpeakerPhrase clauseSubject = subjectOfClauseBefore(text, tokens, cue.first(), leftLimit, previousSpeaker);
                if (clauseSubject != null) {
                    speaker = clauseSubject; // "Chastened by the defeat, Trump revised his plan, promising ...": Trump
                }
            }
            if (speaker == null && cue.isParticiple() && previousSpeaker != null) {
                speaker = previousSpeaker; // "Scholz defended the decision, saying ..."
            }
            if (speaker == null && !cue.isParticiple() && cue.first() > 0 && isInversionPoint(tokens.get(cue.first() - 1))) {
                speaker = speakers.rightOf(text, tokens, cue.last(), n);
                inverted = speaker != null;
            }
            boolean speechVerb = cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL || cue.frame() == Frame.NAMING;
            if (speaker == null && previousSpeaker != null && cue.first() > 0
                    && (tokens.get(cue.first() - 1).is(",") || tokens.get(cue.first() - 1).lower().equals("and"))) {
                speaker = previousSpeaker; // "..., arguing that", "rebuked X and emphasized Y"
            }
            int andBefore = cue.first() - 1;
            while (andBefore > 0 && AUXILIARIES.contains(tokens.get(andBefore).lower())) {
                andBefore--; // "and has called for"
            }
            boolean afterAnd = andBefore > 0 && tokens.get(andBefore).lower().equals("and");
            if (speaker == null && afterAnd && !cue.isParticiple() && cue.frame() != Frame.ACCORDING) {
                speaker = speakers.clauseOpeningSubject(text, tokens, leftLimit); // "Cruz exhorted Republicans ... and said ..."
                if (speaker == null && leftLimit > 0) {
                    speaker = speakers.clauseOpeningSubject(text, tokens, 0); // "Cruz urged them to "vote your conscience" and said ..."
                }
            }
            if (speaker == null && cue.isParticiple() && cue.first() > 1 && tokens.get(cue.first() - 1).is(",")) {
                speaker = speakers.clauseOpeningSubject(text, tokens, leftLimit); // "The company cut 500 jobs, saying ..."
            }
        }
        if (speaker == null) {
            return new Attribution(null, null);
        }
        if (inverted && cue.frame() != Frame.ACCORDING && cue.first() > 0 && tokens.get(cue.first() - 1).is(",")) {
            // "..., said Brian Baker, a longtime adviser."
            return contentBefore(text, sentence, sentences, cue, cueText(text, tokens, cue), speaker, cue.first(), quotes, consumed);
        }
        if (speaker == null) {
            return new Attribution(null, null);
        }
        if (inverted) {
            afterCue = indexAfter(tokens, speaker.span().end());
        }
        int groupStart = inverted ? cue.first() : Math.min(cue.first(), indexAt(tokens, speaker.span().begin()));
        String cueText = cueText(text, tokens, cue);
        if (cue.frame() == Frame.TELL && !inverted) {
            int listenerEnd = listenerEnd(tokens, afterCue);
            if (listenerEnd >= afterCue) {
                cueText = text.substring(tokens.get(cue.first()).begin(), tokens.get(listenerEnd).end());
            }
        }

        // A) a quote right before the speaker and cue: "...," Macron told reporters.
        Quote before = quoteEndingBefore(text, quotes, consumed, tokens, groupStart, sentence);
        if (before == null && groupStart == 0) {
            before = questionEndingBefore(quotes, consumed, sentences, sentence); // "“...?” Clinton said."
        }
        if (before != null && !quoteOpensClause(text, sentence, before) && isPrepositionalLead(tokens.get(0))
                && isTitle(before.content().of(text))) {
            before = null; // "In an interview on CBS's "Face the Nation," Ryan said": a title, not content
        }
        if (before != null && cue.frame() != Frame.ACCORDING) {
            consumed.add(before);
            boolean quoteOpensClause = quoteOpensClause(text, sentence, before);
            Span content = quoteOpensClause ? before.content() : new Span(Math.min(sentence.span().begin(), before.marks().begin()), before.content().end());
            Kind kind = quoteOpensClause ? Kind.DIRECT : Kind.MIXED;
            String contentText = content.of(text);
            Span cueSpan = new Span(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
            Quote continued = quoteContinuingAfter(text, quotes, consumed, tokens, afterCue, sentences, sentence);
            if (continued != null) {
                // "...," she said, "...": one statement in two parts around its cue; a paraphrase with a quoted
                // end ("Mills "got immunity," Jordan said, and still "got to ..."") goes on the same way
                consumed.add(continued);
                Span covering = new Span(content.begin(), continued.content().end());
                Statement s = statement(text, sentences, covering, contentText + " \u2026 " + continued.content().of(text),
                        kind, cueSpan, cueText, speaker, sentence);
                return new Attribution(withFragments(s, List.of(content, continued.content())), speaker);
            }
            return new Attribution(statement(text, sentences, content, contentText, kind, cueSpan, cueText, speaker, sentence), speaker);
        }

        int contentStart = afterCue;
        if (cue.frame() == Frame.INTENT) {
            contentStart = cue.last(); // "to" opens the content
            cueText = cueText(text, tokens, new CueLexicon.Match(cue.form(), cue.first(), cue.last() - 1));
        }
        List<String> cueWords = cue.form().words();
        if (cue.last() > cue.first() && cueWords.get(cueWords.size() - 1).equals("that") && !inverted) {
            contentStart = cue.last(); // "found that ...": the cue asks for the complementiser, which opens the content
            cueText = cueText(text, tokens, new CueLexicon.Match(cue.form(), cue.first(), cue.last() - 1));
        }
        if (cue.frame() == Frame.TELL) {
            int listenerEnd = listenerEnd(tokens, afterCue);
            if (listenerEnd < afterCue) {
                return new Attribution(null, speaker);
            }
            cueText = text.substring(tokens.get(cue.first()).begin(), tokens.get(listenerEnd).end());
            contentStart = listenerEnd + 1;
        }
        if (cue.frame() == Frame.ACCORDING) {
            if (cue.first() == 0 || (cue.first() == 1 && tokens.get(0).lower().equals("but"))) {
                contentStart = afterCue;
                if (contentStart < n && tokens.get(contentStart).is(",")) {
                    contentStart++;
                }
            } else {
                return contentBefore(text, sentence, sentences, cue, cueText, speaker, cue.first(), quotes, consumed);
            }
        } else if (contentStart < n && isPrepositionalLead(tokens.get(contentStart)) && !isApproximateNumber(tokens, contentStart)
                && cue.frame() != Frame.OBJECT
                && cue.frame() != Frame.NAMING && cue.frame() != Frame.INTENT) {
            int that = findThat(tokens, contentStart);
            if (that < 0) {
                that = subjectAfterLead(tokens, contentStart); // "said on Tuesday he wants ..."
            }
            if (that < 0 && (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL)) {
                that = quoteAfterLead(tokens, quotes, consumed, contentStart); // "said on Monday, “...”"
            }
            if (that < 0) {
                if (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL) {
                    return contentBefore(text, sentence, sentences, cue, cueText, speaker, groupStart, quotes, consumed);
                }
                return new Attribution(null, speaker);
            }
            contentStart = that;
        }
        if (contentStart + 1 < n && tokens.get(contentStart).is(",") && (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL)
                && CLAUSE_CONJUNCTIONS.contains(tokens.get(contentStart + 1).lower())) {
            // "..., he said, and intense wrangling could follow"
            return contentBefore(text, sentence, sentences, cue, cueText, speaker, groupStart, quotes, consumed);
        }
        // "The average weekly benefit, it says, would be $300": the cue and speaker interrupt the content
        if (!inverted && (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL) && contentStart + 2 < n
                && tokens.get(contentStart).is(",") && groupStart >= 4 && tokens.get(groupStart - 1).is(",")
                && quoteAt(quotes, tokens.get(groupStart - 2).begin()) == null && quoteAt(quotes, tokens.get(contentStart + 1).begin()) == null) {
            Attribution split = interrupted(text, sentence, sentences, cue, cueText, speaker, groupStart, contentStart + 1, quotes, consumed);
            if (split != null) {
                return split;
            }
        }
        boolean thatClause = contentStart < n && tokens.get(contentStart).lower().equals("that");
        while (contentStart < n && (tokens.get(contentStart).lower().equals("that") || tokens.get(contentStart).is(",")
                || tokens.get(contentStart).is(":"))) {
            contentStart++;
        }
        if (contentStart >= n || isSentenceEnd(tokens, contentStart)) {
            Quote next = contentStart > 0 && tokens.get(contentStart - 1).is(":") ? quoteOpeningNextParagraph(quotes, consumed, sentence) : null;
            if (next != null) {
                // "Limbaugh continued:" and the quote in the next paragraph
                consumed.add(next);
                Span cueSpan = new Span(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
                Sentence target = sentenceAt(sentences, next.marks().begin());
                return new Attribution(statement(text, sentences, next.content(), next.content().of(text), Kind.DIRECT, cueSpan,
                        cueText, speaker, target == null ? sentence : target), speaker);
            }
            Span block = next == null && contentStart > 0 && tokens.get(contentStart - 1).is(":")
                    && (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL) ? paragraphAfter(sentences, sentence) : null;
            if (block != null) {
                // "The governor added:" and his words as the next paragraph, without quotation marks
                Span cueSpan = new Span(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
                Sentence target = sentenceAt(sentences, block.begin());
                return new Attribution(statement(text, sentences, block, block.of(text), Kind.INDIRECT, cueSpan, cueText,
                        speaker, target == null ? sentence : target), speaker);
            }
            if (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL) {
                return contentBefore(text, sentence, sentences, cue, cueText, speaker, groupStart, quotes, consumed);
            }
            return new Attribution(null, speaker);
        }

        // B) the cue opens a quote: Scholz said, "...".
        Quote after = quoteAt(quotes, tokens.get(contentStart).begin());
        Span cueSpan = new Span(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
        if (after != null && !consumed.contains(after) && after.marks().begin() == tokens.get(contentStart).begin()) {
            int afterQuote = indexAfter(tokens, after.marks().end());
            boolean quoteEndsSentence = afterQuote >= n || isSentenceEnd(tokens, afterQuote);
            if (quoteEndsSentence || !after.closed()) {
                consumed.add(after);
                return new Attribution(statement(text, sentences, after.content(), after.content().of(text), Kind.DIRECT,
                        cueSpan, cueText, speaker, sentence), speaker);
            }
        }

        if (cue.frame() == Frame.OBJECT && contentStart + 2 < n && VERB_COORDINATORS.contains(tokens.get(contentStart).lower())
                && tokens.get(contentStart + 1).isWord() && tokens.get(contentStart + 1).text().equals(tokens.get(contentStart + 1).lower())) {
            contentStart += 2; // "support or encourage Kyiv's strikes": the object the two verbs share
        }
        // "expressed deep concern about the policy": the attitude belongs to the cue, its object is the content
        if (cue.frame() == Frame.OBJECT && cue.form().lemma().equals("express")) {
            for (int k = contentStart; k < Math.min(n - 2, contentStart + 3); k++) {
                if (ATTITUDE_NOUNS.contains(tokens.get(k).lower())
                        && ATTITUDE_PREPOSITIONS.contains(tokens.get(k + 1).lower())) {
                    cueText = text.substring(tokens.get(cue.first()).begin(), tokens.get(k + 1).end());
                    contentStart = k + 2;
                    break;
                }
            }
        }
        // "urged employees to report ...", "encouraged Americans to check out ...": the listener is not what was said;
        // a that-clause is content as a whole ("warned that prices were going to rise")
        if (OBJECT_CONTROL.contains(cue.form().lemma()) && !thatClause) {
            int to = infinitiveAfterObject(tokens, contentStart);
            if (to > 0) {
                contentStart = to;
            }
        }

        // C) reported speech up to the end of its clause.
        // an object or an infinitive ("urged them to act") ends before adjuncts that a clause would keep
        boolean objectContent = !thatClause && (cue.frame() == Frame.OBJECT || cue.frame() == Frame.INTENT
                || tokens.get(contentStart).lower().equals("to"));
        int contentEnd = endOfSubordinateClause(tokens, cue, contentStart, clauseEnd(tokens, contentStart, objectContent));
        if (contentEnd < contentStart || wordTokens(tokens, contentStart, contentEnd) < 2) {
            return new Attribution(null, speaker);
        }
        // the complementiser belongs to the reported clause, as PARC and PolNeAR annotate it
        int contentBegin = thatClause && tokens.get(contentStart - 1).lower().equals("that") ? contentStart - 1 : contentStart;
        Span content = new Span(tokens.get(contentBegin).begin(), tokens.get(contentEnd).end());
        content = withoutTrailingDate(text, extendOverQuotes(quotes, content));
        Kind kind = kindOf(quotes, content, consumed);
        return new Attribution(statement(text, sentences, content, content.of(text), kind, cueSpan, cueText, speaker, sentence), speaker);
    }

    /**
     * "While a federal judge found that action unconstitutional, his decision was overturned": a reported
     * clause inside a subordinate clause that opens the sentence ends at the comma where the main clause
     * begins; the content keeps its end when that would leave fewer than two words.
     */
    private static int endOfSubordinateClause(List<Token> tokens, CueLexicon.Match cue, int contentStart, int contentEnd) {
        int first = LEADING_CONJUNCTIONS.contains(tokens.get(0).lower()) ? 1 : 0; // "But while ..."
        if (first >= cue.first() || !SENTENCE_SUBORDINATORS.contains(tokens.get(first).lower())
                || tokens.get(contentStart - 1).is(",")) {
            return contentEnd; // "As the minister said, the talks failed": the content is the main clause
        }
        if (firstComma(tokens, first + 1, cue.first()) >= 0) {
            return contentEnd; // "When it rains, he said, the roads flood": the cue is in the main clause
        }
        int comma = firstComma(tokens, contentStart + 1, contentEnd + 1);
        if (comma < 0) {
            return contentEnd;
        }
        int last = lastWordBefore(tokens, comma);
        return wordTokens(tokens, contentStart, last) >= 2 ? last : contentEnd;
    }

    /**
     * The comma or colon after a short lead phrase ("said on Monday, “...”", "said on the other hand, “...”")
     * when a quote opens right after it, else -1.
     */
    private static int quoteAfterLead(List<Token> tokens, List<Quote> quotes, Set<Quote> consumed, int lead) {
        for (int k = lead + 1; k < Math.min(tokens.size() - 1, lead + MAX_LEAD_BEFORE_QUOTE); k++) {
            Token t = tokens.get(k);
            if (quoteAt(quotes, t.begin()) != null || isSentenceEnd(tokens, k)) {
                return -1;
            }
            if (t.is(",") || t.is(":")) {
                Quote quote = quoteAt(quotes, tokens.get(k + 1).begin());
                boolean opens = quote != null && !consumed.contains(quote) && quote.marks().begin() == tokens.get(k + 1).begin();
                return opens ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999": one statement in two
     * fragments around the speaker and cue, or null when either side is too short to be a clause part.
     */
    private Attribution interrupted(String text, Sentence sentence, List<Sentence> sentences, CueLexicon.Match cue,
                                    String cueText, SpeakerPhrase speaker, int groupStart, int resume, List<Quote> quotes,
                                    Set<Quote> consumed) {
        List<Token> tokens = sentence.tokens();
        int start = afterDateline(tokens, groupStart - 1);
        if (LEADING_CONJUNCTIONS.contains(tokens.get(start).lower())) {
            start++;
        }
        int end = clauseEnd(tokens, resume, false);
        if (wordTokens(tokens, start, groupStart - 2) < 2 || end < resume || wordTokens(tokens, resume, end) < 2
                || PARTICIPLE_OPENERS.contains(tokens.get(start).lower())) {
            return null;
        }
        Span before = new Span(tokens.get(start).begin(), tokens.get(groupStart - 2).end());
        Span after = new Span(tokens.get(resume).begin(), tokens.get(end).end());
        Span covering = new Span(before.begin(), after.end());
        Kind kind = kindOf(quotes, covering, consumed);
        Span cueSpan = new Span(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
        Statement s = statement(text, sentences, covering, before.of(text) + " \u2026 " + after.of(text), kind, cueSpan, cueText,
                speaker, sentence);
        return new Attribution(withFragments(s, List.of(before, after)), speaker);
    }

    /** "The assault began ..., Ukraine's Air Force said." The content is the clause before the speaker. */
    private Attribution contentBefore(String text, Sentence sentence, List<Sentence> sentences, CueLexicon.Match cue,
                                      String cueText, SpeakerPhrase speaker, int groupStart, List<Quote> quotes,
                                      Set<Quote> consumed) {
        List<Token> tokens = sentence.tokens();
        int rest = Math.max(cue.last() + 1, indexAfter(tokens, speaker.span().end()));
        // "..., he said, and intense wrangling could follow": a new clause after the cue does not belong to it
        boolean newClause = false;
        for (int k = rest; k + 1 < Math.min(tokens.size(), rest + 4); k++) {
            if (tokens.get(k).is(",")) {
                newClause = CLAUSE_CONJUNCTIONS.contains(tokens.get(k + 1).lower());
                break;
            }
        }
        // "..., said Jeffrey N. Trimble, a senior official with ...": the rest describes the speaker
        boolean appositive = speaker.span().begin() > tokens.get(cue.last()).begin() && rest < tokens.size()
                && tokens.get(rest).is(",");
        newClause |= appositive;
        if ((!newClause && wordTokens(tokens, rest, tokens.size() - 1) > 8) || PARTICIPLE_OPENERS.contains(tokens.get(0).lower())) {
            return new Attribution(null, speaker); // the cue does not end the clause: "Peskov commented on ..."
        }
        int comma = groupStart - 1;
        while (comma > 0 && ARTICLES.contains(tokens.get(comma).lower())) {
            comma--; // ", the Tax Foundation said"
        }
        if (comma < 1 || !(tokens.get(comma).is(",") || tokens.get(comma).is("\u2014"))) {
            return new Attribution(null, speaker);
        }
        int start = afterDateline(tokens, comma);
        if (tokens.get(start).lower().equals("but") || tokens.get(start).lower().equals("and")) {
            start++;
        }
        if (start >= comma || wordTokens(tokens, start, comma - 1) < 3) {
            return new Attribution(null, speaker);
        }
        Span content = new Span(tokens.get(start).begin(), tokens.get(comma - 1).end());
        Kind kind = kindOf(quotes, content, consumed);
        Span cueSpan = new Span(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
        return new Attribution(statement(text, sentences, content, content.of(text), kind, cueSpan, cueText, speaker, sentence), speaker);
    }

    /**
     * The subject of the clause that a participle after a comma adjoins ("Trump revised his plan, promising"),
     * when that clause, from the comma, semicolon, quote or dateline before it, opens with a subject and goes
     * on with a predicate; else null. After an earlier cue in the sentence, the participle goes with that cue's
     * speaker ("Hall said the company would ..., adding", "said Paul Oreffice, chairman of Dow, adding"), which
     * this returns when it lies in the clause and leaves to the caller otherwise.
     */
    private SpeakerPhrase subjectOfClauseBefore(String text, List<Token> tokens, int participle, int leftLimit,
                                                SpeakerPhrase previousSpeaker) {
        int comma = participle - 1;
        while (comma > leftLimit && HEDGES.contains(tokens.get(comma).lower())) {
            comma--; // "..., perhaps hoping"
        }
        if (comma <= leftLimit || !tokens.get(comma).is(",")) {
            return null;
        }
        int start = comma;
        while (start > leftLimit && !isClauseBoundary(tokens.get(start - 1))) {
            start--;
            if (tokens.get(start).is(")")) {
                int open = start;
                while (open > leftLimit && !tokens.get(open).is("(")) {
                    open--;
                }
                start = tokens.get(open).is("(") ? open : start; // "the U.N. Economic Commission for Africa (ECA)"
            }
        }
        start = Math.max(start, afterDateline(tokens, comma));
        for (int k = start; k < Math.min(comma, start + 4); k++) {
            if (DATELINE_DASHES.contains(tokens.get(k).text())) {
                start = k + 1; // "JENKINGTOWN, Penn., March 16 - <Video Shopping Mall Inc> said ..."
                break;
            }
        }
        if (start >= comma - 1 || AUXILIARIES.contains(tokens.get(start).lower())) {
            return null;
        }
        Span clause = new Span(tokens.get(start).begin(), tokens.get(comma - 1).end());
        if (previousSpeaker != null) {
            // "Hall said the company would have strong margins, adding ...": the participle goes with the sentence's cue
            boolean insideClause = clause.begin() <= previousSpeaker.span().begin() && previousSpeaker.span().end() < clause.end();
            return insideClause ? previousSpeaker : null;
        }
        SpeakerPhrase subject = speakers.clauseOpeningSubject(text, tokens, start);
        return subject != null && subject.span().end() < clause.end() ? subject : null;
    }

    private static boolean isClauseBoundary(Token t) {
        return t.is(",") || t.is(";") || t.is(":") || t.is("(") || QuoteMarks.isQuote(t.text());
    }

    /** "WASHINGTON ― Donald Trump's ...": the first token after a capitalised dateline and its dash, else 0. */
    private static int afterDateline(List<Token> tokens, int limit) {
        for (int k = 1; k < Math.min(limit, 8); k++) {
            String t = tokens.get(k).text();
            if (DATELINE_DASHES.contains(t)) {
                return k + 1;
            }
            boolean datelineWord = t.equals(t.toUpperCase(java.util.Locale.ROOT)) || t.equals(",") || t.equals("(")
                    || t.equals(")") || tokens.get(k - 1).is("(");
            if (!datelineWord) {
                return 0;
            }
        }
        return 0;
    }

    private Statement statement(String text, List<Sentence> sentences, Span content, String contentText, Kind kind,
                                Span cue, String cueText, SpeakerPhrase speaker, Sentence sentence) {
        int begin = Math.min(content.begin(), sentence.span().begin());
        int end = Math.max(content.end(), sentence.span().end());
        Span covering = sentencesCovering(sentences, new Span(begin, end));
        Sentence first = sentenceAt(sentences, covering.begin());
        return new Statement(content, contentText.strip(), kind, cue, cueText, speaker, false, sentence.paragraph(),
                first == null ? sentence.index() : first.index(), covering, List.of());
    }

    private static Statement withFragments(Statement s, List<Span> fragments) {
        return new Statement(s.content(), s.contentText(), s.kind(), s.cue(), s.cueText(), s.speaker(), s.continuation(),
                s.paragraph(), s.firstSentence(), s.sentences(), fragments);
    }

    private boolean isVerbUse(List<Token> tokens, CueLexicon.Match cue) {
        int k = cue.first();
        Token first = tokens.get(k);
        if (cue.frame() == Frame.ACCORDING) {
            return true;
        }
        if (!first.text().equals(first.lower())) {
            return false; // "Asked about ..." opens a sentence, "the United States" is no cue
        }
        if (k > 0) {
            String prev = tokens.get(k - 1).lower();
            if (NOUN_MARKERS.contains(prev) || (prev.equals("to") && subjectSlot(tokens, k) == k)
                    || (GERUND_PREPOSITIONS.contains(prev) && reportingGerundLead(tokens, cue) < 0)) {
                return false;
            }
            if (BE_FORMS.contains(prev) && !cue.isParticiple()) {
                return false; // passive: "was called", "is said"
            }
            if (k > 1 && BE_FORMS.contains(tokens.get(k - 2).lower()) && SpeakerParser.isLyAdverb(tokens.get(k - 1)) && !cue.isParticiple()) {
                return false; // passive: "was heavily criticised"
            }
            if (prev.equals("so") || prev.equals("so-called") || (cue.frame() == Frame.OBJECT && QUANTIFIERS.contains(prev))) {
                return false;
            }
        }
        if (k > 0 && cue.form().words().size() == 1 && NOUN_LIKE_FORMS.contains(first.lower())) {
            Token prev = tokens.get(k - 1);
            boolean subjectBefore = (prev.isCapitalized() && prev.isWord()) || SINGULAR_SUBJECT_PRONOUNS.contains(prev.lower())
                    || QuoteMarks.isClosing(prev.text()) || prev.is(",");
            if (!subjectBefore) {
                return false; // "member states would meet", "the reports show"
            }
        }
        if (k > 0 && cue.form().words().size() == 2 && NOUN_LIKE_BASE_FORMS.contains(first.lower())) {
            int p = k - 1;
            while (p > 0 && SUBJECT_VERB_ADVERBS.contains(tokens.get(p).lower())) {
                p--; // "police also fear that"
            }
            Token prev = tokens.get(p);
            boolean subjectBefore = (prev.isCapitalized() && prev.isWord()) || PLURAL_SUBJECT_PRONOUNS.contains(prev.lower())
                    || GROUP_SUBJECTS.contains(prev.lower()) || (prev.lower().endsWith("s") && prev.text().equals(prev.lower()))
                    || (p < k - 1 && prev.isWord()); // "police also fear": an adverb comes after a subject, not in a noun phrase
            if (!subjectBefore) {
                return false; // "widespread fear that", "the hope that": a noun, not the verb of "investors fear that"
            }
        }
        int after = cue.last() + 1;
        if (after < tokens.size() && cue.frame() != Frame.INTENT) {
            String next = tokens.get(after).lower();
            boolean nounUse = NOUN_FOLLOWERS.contains(next) && !cue.isParticiple() && !inRelativeWithSubjectGap(tokens, cue)
                    || (cue.frame() == Frame.OBJECT && NOUN_USE_PREPOSITIONS.contains(next));
            if (nounUse) {
                return false; // a noun: "the plans were", "reports are", "support for", "praise from"
            }
        }
        if (asksAnonymity(tokens, cue.frame() == Frame.INTENT ? cue.last() : after)) {
            return false; // "who declined to be named", "asked not to be identified": a source's anonymity, not what they said
        }
        if (cue.frame() == Frame.INTENT && (after >= tokens.size() || !tokens.get(after).isWord()
                || !tokens.get(after).text().equals(tokens.get(after).lower()) || NOUN_MARKERS.contains(tokens.get(after).lower()))) {
            return false; // "agreed to the deal" is no infinitive
        }
        if (after < tokens.size() && cue.form().words().size() == 1 && cue.frame() != Frame.INTENT
                && PARTICLES.contains(tokens.get(after).lower())) {
            return false; // a phrasal verb that is no saying: "showed up", "called into a radio show", "posted bail"
        }
        if (FINDING_VERBS.contains(first.lower()) && cue.form().words().size() == 1 && !isFindingSubjectBefore(tokens, k)) {
            return false; // "one study found", "Polls show"; not "police found the car" or "credit markets show signs"
        }
        if (cue.isParticiple() && inLeadMediumPhrase(tokens, k)) {
            return false; // "In a statement announcing the pick, the union called Clinton ...": the medium, not a saying
        }
        if (cue.frame() == Frame.NAMING) {
            int next = cue.last() + 1;
            if (next >= tokens.size() || (NOT_NAMING_FOLLOWERS.contains(tokens.get(next).lower()) && !namesAnObject(tokens, next))) {
                return false; // "called him on Tuesday", "called off the talks"
            }
        }
        return true;
    }

    /**
     * Whether the comma at {@code comma} opens the attribution that closes the sentence: a speaker and a verb
     * of saying with at most a short adjunct after it ("..., economists said on Friday."). What comes before
     * it is then that speaker's, and a clause reported there ends at the comma: "Figures indicated the targets
     * are in reach, the governor said" holds two statements, one inside the other.
     */
    private boolean opensClosingAttribution(List<Token> tokens, int comma) {
        if (!tokens.get(comma).is(",")) {
            return false; // called for every token of a reported clause: the cheap test first
        }
        int last = tokens.size() - 1;
        while (last > comma && isTrailingPunctuation(tokens.get(last))) {
            last--;
        }
        if (last - comma > 12) {
            return false;
        }
        for (int k = comma + 1; k <= last; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
            if (NOT_IN_CLOSING_SPEAKERS.contains(tokens.get(k).lower())) {
                return false; // "..., a bigger fall than expected", "..., a claim denied by the minister"
            }
            Optional<CueLexicon.Match> m = cues.matchAt(tokens, k);
            if (m.isPresent() && CLOSING_CUES.contains(tokens.get(k).lower()) && isVerbUse(tokens, m.get())) {
                return k > comma + 1 && last - m.get().last() <= 3 && onlyWords(tokens, m.get().last() + 1, last);
            }
        }
        return false;
    }

    /** Whether tokens [from, to] are all words and none is "that" (an adjunct such as "on Friday", no clause). */
    private static boolean onlyWords(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!tokens.get(i).isWord() || tokens.get(i).lower().equals("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word before the "found" or "show" at {@code k}, after a year ("in 2001") or a time ("last year"), is a
     * body or document whose findings are reported: "one study found", "an arbitration panel in 2001 found".
     */
    private static boolean isFindingSubjectBefore(List<Token> tokens, int k) {
        int j = k - 1;
        if (j >= 1 && YEAR.matcher(tokens.get(j).text()).matches() && tokens.get(j - 1).lower().equals("in")) {
            j -= 2;
        } else if (j >= 1 && (tokens.get(j).lower().equals("year") || tokens.get(j).lower().equals("week")
                || tokens.get(j).lower().equals("month")) && tokens.get(j - 1).lower().equals("last")) {
            j -= 2;
        }
        if (j >= 0 && FINDING_SUBJECTS.contains(tokens.get(j).lower())) {
            return true;
        }
        // "A 2014 study by Loyola Law School professor Justin Levitt found", "research conducted by the Center ... found"
        for (int i = k - 2; i >= Math.max(0, k - MAX_FINDING_MODIFIER); i--) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            if (FINDING_SUBJECTS.contains(tokens.get(i).lower()) && FINDING_MODIFIERS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code k} follows a medium noun in a phrase that opens the sentence and that
     * a comma closes: "In a statement announcing the pick, ...", "During a speech marking the anniversary, ...".
     */
    private static boolean inLeadMediumPhrase(List<Token> tokens, int k) {
        if (k < 2 || !MEDIUM_NOUNS.contains(tokens.get(k - 1).lower()) || !MEDIUM_PREPOSITIONS.contains(tokens.get(0).lower())) {
            return false;
        }
        for (int i = 1; i < k; i++) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        for (int i = k + 1; i < Math.min(tokens.size(), k + 12); i++) {
            if (tokens.get(i).is(",")) {
                return true;
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "called him a genius", "called it \u201cdisgraceful\u201d": an object pronoun at {@code k} and then what it was called, an
     * article or a quotation; not "called him on Tuesday" or "called it off".
     */
    private static boolean namesAnObject(List<Token> tokens, int k) {
        if (!OBJECT_PRONOUNS.contains(tokens.get(k).lower()) || k + 2 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.lower().equals("a") || next.lower().equals("an") || next.lower().equals("the") || QuoteMarks.isQuote(next.text());
    }

    /** "to be named", "not to be identified" from {@code k} on (k at the "to" or the "not"). */
    private static boolean asksAnonymity(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).lower().equals("not")) {
            k++;
        }
        return k + 2 < tokens.size() && tokens.get(k).lower().equals("to") && tokens.get(k + 1).lower().equals("be")
                && ANONYMITY_PARTICIPLES.contains(tokens.get(k + 2).lower());
    }

    /** A headline in title case capitalises its verb: "Obama Says Museum Will Open", "..., Former Doctor Says." */
    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 3 && !QuoteMarks.isQuote(t.text())) {
                words++;
                capitalised += t.isCapitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitalised >= 0.8 * words;
    }

    /** A short quote with its longer words capitalised names a show or a book: "Face the Nation". */
    private static boolean isTitle(String quoted) {
        String[] words = WHITESPACE.split(quoted.strip());
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean continuesParagraph(List<Sentence> sentences, Sentence sentence) {
        int next = sentence.index() + 1;
        return next < sentences.size() && sentences.get(next).paragraph() == sentence.paragraph();
    }

    /** A capitalised "Says", "Tells", "Warns" or "Calls" inside a title: the verb of the headline, never at its start. */
    private boolean isTitleSpeechVerb(List<Token> tokens, CueLexicon.Match cue) {
        return cue.first() > 0 && (cue.frame() == Frame.SPEECH || cue.frame() == Frame.TELL || cue.frame() == Frame.NAMING)
                && tokens.get(cue.first() - 1).isWord() && tokens.get(cue.first() - 1).isCapitalized()
                && cue.form().words().get(0).endsWith("s");
    }

    /**
     * Where the subject of a cue ends: before "appeared to" in "Trump appeared to suggest that", "tried to"
     * or "went on to" (the cue's subject is the raising or control verb's); else the cue itself.
     */
    private static int subjectSlot(List<Token> tokens, int cue) {
        if (cue >= 2 && tokens.get(cue - 1).lower().equals("to")) {
            int verb = cue - 2;
            if (verb >= 1 && tokens.get(verb).lower().equals("on") && GO_FORMS
                    .contains(tokens.get(verb - 1).lower())) {
                return verb - 1; // "went on to say"
            }
            if (INFINITIVE_CONTROLLERS.contains(tokens.get(verb).lower())) {
                return verb;
            }
        }
        return cue;
    }

    private static boolean isInversionPoint(Token previous) {
        String t = previous.text();
        return t.equals(",") || QuoteMarks.isClosing(t) || t.equals("\u2014") || t.equals("?") || t.equals("!");
    }

    /** A quote that closes just before token {@code groupStart}, with only a comma or dash between. */
    private static Quote quoteEndingBefore(String text, List<Quote> quotes, Set<Quote> consumed, List<Token> tokens,
                                           int groupStart, Sentence sentence) {
        int k = groupStart - 1;
        while (k >= 0 && (DASHES.contains(tokens.get(k).text()) || ARTICLES.contains(tokens.get(k).lower()))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        Token mark = tokens.get(k);
        for (Quote q : quotes) {
            if (q.closed() && q.marks().end() == mark.end() && !consumed.contains(q)) {
                return q;
            }
        }
        return null;
    }

    /**
     * A quote that ends the previous sentence of the paragraph with "?" or "!": the splitter
     * ends a sentence there, though the cue after it ("“How many times ...?” Clinton said.") belongs to it.
     */
    private static Quote questionEndingBefore(List<Quote> quotes, Set<Quote> consumed, List<Sentence> sentences, Sentence sentence) {
        if (sentence.index() == 0) {
            return null;
        }
        Sentence previous = sentences.get(sentence.index() - 1);
        List<Token> tokens = previous.tokens();
        int n = tokens.size();
        if (previous.paragraph() != sentence.paragraph() || n < 2 || !QuoteMarks.isClosing(tokens.get(n - 1).text())
                || !(tokens.get(n - 2).is("?") || tokens.get(n - 2).is("!"))) {
            return null;
        }
        for (Quote q : quotes) {
            if (q.closed() && q.marks().end() == tokens.get(n - 1).end() && !consumed.contains(q)) {
                return q;
            }
        }
        return null;
    }

    /** A quote does not open its clause when words of the sentence stand before it: "Tougher sanctions "should ..."". */
    private static boolean quoteOpensClause(String text, Sentence sentence, Quote quote) {
        if (quote.marks().begin() <= sentence.span().begin()) {
            return true;
        }
        for (Token t : sentence.tokens()) {
            if (t.begin() >= quote.marks().begin()) {
                break;
            }
            if (t.isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "...," she said, "and the second part." The quote that resumes right after the cue. */
    private static Quote quoteContinuingAfter(String text, List<Quote> quotes, Set<Quote> consumed, List<Token> tokens,
                                              int afterCue, List<Sentence> sentences, Sentence sentence) {
        int n = tokens.size();
        int k = afterCue;
        int openAt = -1;
        int resume = resumingQuote(tokens, afterCue);
        if (resume >= 0) {
            openAt = tokens.get(resume).begin(); // "...," she said, "...", "...," he said at a rally in Ohio, "but ..."
        } else {
            // "...," he said at a rally on Monday. "...": the next sentence of the paragraph opens with a quote
            for (int i = afterCue; i < n; i++) {
                if (QuoteMarks.isQuote(tokens.get(i).text())) {
                    return null;
                }
            }
            Sentence next = sentenceAt(sentences, sentence.span().end() + 1);
            if (next == null || next.paragraph() != sentence.paragraph() || tokens.get(n - 1).isWord()) {
                return null;
            }
            openAt = next.span().begin();
            Quote q = unconsumedAt(quotes, consumed, openAt);
            // a long appositive ("said Kevin Barrett, a lawyer at ..., who represents ...") still hands the
            // quote on when that quote makes up its own sentence: nobody else is named for it
            int maxGap = q != null && standsAlone(sentences, q) ? 40 : 10;
            return wordTokens(tokens, afterCue, n - 1) > maxGap ? null : q;
        }
        return unconsumedAt(quotes, consumed, openAt);
    }

    /**
     * The opening mark of a quote that resumes in the same sentence after the cue: right after its comma,
     * after a short adjunct ("said during a rally in Kenansville, N.C., "but ..."") or after "and"
     * ("said, and still "got to ...""); or -1.
     */
    private static int resumingQuote(List<Token> tokens, int afterCue) {
        int n = tokens.size();
        for (int k = afterCue; k + 1 < n && k < afterCue + 12; k++) {
            Token t = tokens.get(k);
            boolean abbreviation = t.is(".") && tokens.get(k + 1).is(","); // "in Dover, Del., \"but ..."
            if (QuoteMarks.isQuote(t.text()) || (t.is(".") && !abbreviation) || t.is(";") || t.is("?") || t.is("!")) {
                return -1;
            }
            if (t.is(",") || t.is(":")) {
                int q = k + 1;
                if (q + 1 < n && LEADING_CONJUNCTIONS.contains(tokens.get(q).lower())) {
                    q++;
                    if (q + 1 < n && !QuoteMarks.isQuote(tokens.get(q).text()) && tokens.get(q).isWord()
                            && tokens.get(q).text().equals(tokens.get(q).lower())) {
                        q++; // "and still"
                    }
                }
                if (QuoteMarks.isQuote(tokens.get(q).text())) {
                    return q;
                }
            }
        }
        return -1;
    }

    private static Quote unconsumedAt(List<Quote> quotes, Set<Quote> consumed, int openAt) {
        for (Quote q : quotes) {
            if (q.marks().begin() == openAt && !consumed.contains(q)) {
                return q;
            }
        }
        return null;
    }

    /** A closed quote with no words after it in the sentence where it closes: no cue of its own. */
    private static boolean standsAlone(List<Sentence> sentences, Quote quote) {
        Sentence last = sentenceAt(sentences, quote.marks().end() - 1);
        if (!quote.closed() || last == null) {
            return false;
        }
        for (Token t : last.tokens()) {
            if (t.begin() >= quote.marks().end() && t.isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole paragraph after {@code sentence} when the sentence ends its own paragraph and the next one holds no
     * quotation marks (a quote there is the quote path's): a block of what was said, set off by a colon. Null when
     * it is too short to be what someone said or too long to be one speaker's block.
     */
    private static Span paragraphAfter(List<Sentence> sentences, Sentence sentence) {
        int i = sentences.indexOf(sentence);
        if (i < 0 || i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != sentence.paragraph() + 1) {
            return null;
        }
        int last = i + 1;
        while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == sentence.paragraph() + 1) {
            last++;
        }
        int words = 0;
        for (int k = i + 1; k <= last; k++) {
            for (Token t : sentences.get(k).tokens()) {
                if (QuoteMarks.isQuote(t.text())) {
                    return null;
                }
                words += t.isWord() ? 1 : 0;
            }
        }
        if (words < MIN_BLOCK_WORDS || last - i > MAX_BLOCK_SENTENCES) {
            return null;
        }
        return new Span(sentences.get(i + 1).span().begin(), sentences.get(last).span().end());
    }

    private static Quote quoteOpeningNextParagraph(List<Quote> quotes, Set<Quote> consumed, Sentence sentence) {
        for (Quote q : quotes) {
            if (q.paragraph() == sentence.paragraph() + 1 && !consumed.contains(q)) {
                return q;
            }
        }
        return null;
    }

    /** Index of the last token of the listener after "told": "reporters", "NBC News", "the Economist". */
    private int listenerEnd(List<Token> tokens, int start) {
        int n = tokens.size();
        if (start >= n) {
            return start - 1;
        }
        Token first = tokens.get(start);
        for (int k = start; k < Math.min(n, start + 8); k++) {
            String t = tokens.get(k).lower();
            if (t.equals("that") && k > start) {
                return k - 1; // "told co-host Joe Scarborough that"
            }
            if (t.equals(",") || t.equals(".") || t.equals(":") || QuoteMarks.isQuote(t)) {
                break;
            }
        }
        if (!LISTENERS.contains(first.lower()) && !speakers.isNameToken(first)) {
            return start - 1;
        }
        int end = start;
        if (first.lower().equals("the") || speakers.isNameToken(first)) {
            while (end + 1 < n && (speakers.isNameToken(tokens.get(end + 1))
                    || (tokens.get(end + 1).lower().equals("of") && end + 2 < n && speakers.isNameToken(tokens.get(end + 2))))) {
                end++;
            }
            if (first.lower().equals("the") && end == start && start + 1 < n && tokens.get(start + 1).isWord()) {
                end++; // "the newspaper"
            }
        }
        return end;
    }

    /**
     * "his donations, which he said were accompanied by favors", "amounting to what the senators said was
     * gerrymandering": a relative clause whose reported clause lacks its subject, so that the verb after
     * the cue opens the content. Only where the sentence's own verb cannot follow ("what he says is true"
     * opens a sentence; "Everything Trump says is a lie" has no relative word).
     */
    private static boolean inRelativeWithSubjectGap(List<Token> tokens, CueLexicon.Match cue) {
        String form = tokens.get(cue.last()).lower();
        if (cue.form().words().size() != 1 || !(form.endsWith("ed") || SAID_FORMS.contains(form))) {
            return false;
        }
        for (int r = cue.first() - 2; r >= Math.max(1, cue.first() - 1 - MAX_RELATIVE_SUBJECT); r--) {
            Token t = tokens.get(r);
            if (t.lower().equals("which") || t.lower().equals("who")) {
                return tokens.get(r - 1).is(",");
            }
            if (t.lower().equals("what")) {
                Token before = tokens.get(r - 1);
                return before.isWord() && before.text().equals(before.lower()) && !CLAUSE_CONJUNCTIONS.contains(before.lower());
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The preposition before a gerund of saying that reports what was said: "apologized for saying that ...",
     * "After saying the talks had failed, ...", "aside from saying he wants ..."; -1 for any other cue.
     * "stopped short of saying" and "refrained from saying" report nothing said.
     */
    private static int reportingGerundLead(List<Token> tokens, CueLexicon.Match cue) {
        int lead = cue.first() - 1;
        if (lead < 0 || !cue.isParticiple() || cue.form().words().size() != 1 || !REPORTING_GERUNDS.contains(cue.form().lemma())) {
            return -1;
        }
        String preposition = tokens.get(lead).lower();
        if (preposition.equals("for")) {
            return lead;
        }
        if (preposition.equals("from")) {
            return lead > 0 && (tokens.get(lead - 1).lower().equals("aside") || tokens.get(lead - 1).lower().equals("apart")) ? lead : -1;
        }
        if (preposition.equals("after") || preposition.equals("before")) {
            return lead == 0 || tokens.get(lead - 1).is(",") || (lead == 1 && LEADING_CONJUNCTIONS.contains(tokens.get(0).lower()))
                    ? lead : -1;
        }
        return -1;
    }

    /**
     * Who said what a gerund after a preposition reports: the clause's subject after a sentence-opening
     * "After saying ..., the minister left"; the object before "for" ("attacked the minister for saying"),
     * else the clause's subject ("The minister apologized for saying", "refused to comment, aside from saying").
     */
    private SpeakerPhrase gerundSpeaker(String text, List<Token> tokens, CueLexicon.Match cue, int lead, int leftLimit) {
        boolean opensSentence = lead == 0 || (lead == 1 && LEADING_CONJUNCTIONS.contains(tokens.get(0).lower()));
        if (opensSentence) {
            int comma = firstComma(tokens, cue.last() + 1, tokens.size() - 1);
            return comma < 0 ? null : speakers.clauseOpeningSubject(text, tokens, comma + 1);
        }
        if (tokens.get(lead).lower().equals("for") && lead > leftLimit) {
            SpeakerPhrase object = objectBefore(text, tokens, lead, leftLimit);
            if (object != null) {
                return object;
            }
        }
        return speakers.clauseOpeningSubject(text, tokens, leftLimit);
    }

    /** The object right before {@code k}: "attacked him", "thanked the voters", "sued Acme Corp", or null. */
    private SpeakerPhrase objectBefore(String text, List<Token> tokens, int k, int leftLimit) {
        Token last = tokens.get(k - 1);
        if (OBJECT_PRONOUNS.contains(last.lower()) && !last.lower().equals("it")) {
            return SpeakerParser.pronoun(last);
        }
        for (int j = k - 1; j > leftLimit && j >= k - MAX_OBJECT_WORDS; j--) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return null;
            }
            Token verb = tokens.get(j - 1);
            boolean afterVerb = verb.isWord() && verb.text().equals(verb.lower()) && (verb.lower().endsWith("ed")
                    || verb.lower().endsWith("s")) && !BE_FORMS.contains(verb.lower());
            boolean opens = OBJECT_DETERMINERS.contains(t.lower()) || (t.isCapitalized() && afterVerb);
            if (opens && afterVerb) {
                return speakers.parse(text, tokens, j, k - 1, null);
            }
        }
        return null;
    }

    /** Whether {@code k} opens "for saying", "aside from saying": a gerund that reports a statement of its own. */
    private boolean opensReportingGerund(List<Token> tokens, int k, int end) {
        String t = tokens.get(k).lower();
        boolean aside = t.equals("aside") || t.equals("apart");
        int gerund = aside ? k + 2 : k + 1;
        if (gerund > end || !(aside || t.equals("for") || t.equals("after") || t.equals("before"))) {
            return false;
        }
        return cues.matchAt(tokens, gerund).filter(m -> reportingGerundLead(tokens, m) >= 0).isPresent();
    }

    /** The first comma among tokens [from, to), or -1. */
    private static int firstComma(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
            if (tokens.get(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isPrepositionalLead(Token token) {
        return PREPOSITIONS.contains(token.lower());
    }

    /** "about 20 people", "over a hundred": a number the reported clause opens with, not a lead phrase. */
    private static boolean isApproximateNumber(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !APPROXIMATORS.contains(tokens.get(k).lower())) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (Character.isDigit(next.text().codePointAt(0)) || NUMBER_WORDS.contains(next.lower())) {
            return true;
        }
        return (next.lower().equals("a") || next.lower().equals("half")) && k + 2 < tokens.size()
                && NUMBER_WORDS.contains(tokens.get(k + 2).lower());
    }

    /** The token after a "that" within the next few words (past a date or place phrase), or -1. */
    private static int findThat(List<Token> tokens, int start) {
        for (int k = start; k < Math.min(tokens.size(), start + 10); k++) {
            String t = tokens.get(k).lower();
            if (t.equals("that")) {
                return k + 1;
            }
            if (t.equals(".") || t.equals(";") || QuoteMarks.isQuote(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A pronoun that opens the reported clause after a short time or place phrase with no "that":
     * "said after the convention he would", "told African-Americans this weekend he would"; or -1.
     */
    private static int subjectAfterLead(List<Token> tokens, int start) {
        for (int k = start + 1; k < Math.min(tokens.size() - 1, start + 7); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return -1;
            }
            if (SUBJECT_PRONOUNS.contains(t.lower()) && !PREPOSITIONS.contains(tokens.get(k - 1).lower())
                    && tokens.get(k + 1).isWord()) {
                return k;
            }
        }
        return -1;
    }

    /** The last token of the clause that starts at {@code start}. */
    private int clauseEnd(List<Token> tokens, int start, boolean objectContent) {
        int n = tokens.size();
        int end = n - 1;
        while (end >= start && isTrailingPunctuation(tokens.get(end))) {
            end--;
        }
        for (int k = start + 1; k <= end; k++) {
            Token t = tokens.get(k);
            if (t.is(";")) {
                return k - 1;
            }
            if (t.lower().equals("as") && k > start + 2 && tokens.get(k - 1).is(",") && k + 1 <= end
                    && !AS_ADVERB_FOLLOWERS.contains(tokens.get(k + 1).lower())) {
                return lastWordBefore(tokens, k); // "..., as he did again during the debate"
            }
            if (TRAILING_CLAUSE_OPENERS.contains(t.lower()) && k > start + 3 && tokens.get(k - 1).is(",")) {
                return lastWordBefore(tokens, k); // "... from her bout with pneumonia, which forced her to leave"
            }
            boolean commaBefore = tokens.get(k - 1).is(",") || (QuoteMarks.isClosing(tokens.get(k - 1).text())
                    && k - 2 > start && tokens.get(k - 2).is(",")); // '... a gun," but he said'
            if (t.lower().equals("but") && k > start + 2 && commaBefore) {
                return lastWordBefore(tokens, k); // "..., but analysts agreed it was still a top-heavy plan"
            }
            if (objectContent && k > start + 1 && tokens.get(k - 1).is(",") && OBJECT_RELATIVES.contains(t.lower())) {
                return lastWordBefore(tokens, k); // "demanded a pledge not to pardon Clinton, who has not been charged"
            }
            if (k > start + 1 && !(t.lower().equals("for") && tokens.get(start).lower().equals("to"))
                    && opensReportingGerund(tokens, k, end)) {
                // "attacked the minister for saying that ...": what he said is his own statement; not in "to apologize for saying"
                return lastWordBefore(tokens, k);
            }
            if (k > start + 1 && isMediumAdjunct(tokens, k)) {
                return lastWordBefore(tokens, k); // "called for more investment in a statement", "said as much in an interview"
            }
            if (objectContent && k > start && isCoordinatedPredicate(tokens, k)) {
                return lastWordBefore(tokens, k); // "attacked loopholes, and has called for ...", "demands X, yet refuses to ..."
            }
            if (objectContent && k > start + 1 && (ADJUNCT_OPENERS.contains(t.lower())
                    || (CALENDAR_DAYS.contains(t.lower()) && tokens.get(k - 1).isWord()))) {
                return lastWordBefore(tokens, k); // "called the hearing because they felt ...", "blasted Clinton Wednesday on ..."
            }
            if (k > start + 1 && opensClosingAttribution(tokens, k)) {
                return lastWordBefore(tokens, k); // "... are in reach, the governor said."
            }
            if (t.is(",") && k + 1 <= end && k - start >= 3 && isParticipleAdjunct(tokens.get(k + 1))) {
                return k - 1; // "to sign up 5 million people, focusing on ...": an adjunct, not the reported words
            }
            boolean commaOrAnd = t.is(",") || t.lower().equals("and") || t.lower().equals("but");
            if (commaOrAnd && k + 1 <= end) {
                int next = k + 1;
                if (tokens.get(next).lower().equals("and") || tokens.get(next).lower().equals("but")) {
                    next++;
                }
                if (next <= end) {
                    Optional<CueLexicon.Match> m = cues.matchAt(tokens, next).filter(x -> isVerbUse(tokens, x));
                    // in a reported clause, "and refused to drop the gun" goes on with the clause's own subject;
                    // only a verb of saying ("and noted that") turns back to the speaker
                    boolean namesAPronoun = m.isPresent() && m.get().frame() == Frame.NAMING && m.get().last() + 1 <= end
                            && OBJECT_PRONOUNS.contains(tokens.get(m.get().last() + 1).lower()); // "and called it a common ailment"
                    boolean speechVerb = m.isPresent() && m.get().frame() != Frame.ACCORDING
                            && (m.get().frame() != Frame.NAMING || namesAPronoun)
                            && (objectContent || m.get().frame() == Frame.SPEECH || m.get().frame() == Frame.TELL || namesAPronoun)
                            && tokens.get(next).text().equals(tokens.get(next).lower());
                    if (m.isPresent() && (m.get().isParticiple() || m.get().frame() == Frame.ACCORDING
                            || ((t.lower().equals("and") || t.lower().equals("but")) && speechVerb
                                && !tokens.get(next).lower().equals("that")))) {
                        return lastWordBefore(tokens, k); // "... and emphasized that", "... but noted that"
                    }
                    if ((t.lower().equals("and") || t.lower().equals("but") || t.is(",")) && startsNewSpeaker(tokens, next, end)) {
                        return lastWordBefore(tokens, k); // "... and Democrats accused the GOP"
                    }
                    if (t.is(",") && next + 1 <= end && SpeakerParser.PRONOUNS.contains(tokens.get(next).lower())
                            && cues.matchAt(tokens, next + 1).isPresent()) {
                        return lastWordBefore(tokens, k); // "..., he said."
                    }
                    if (t.lower().equals("and") && DATELINE_DASHES.contains(tokens.get(k - 1).text()) && next + 1 <= end
                            && SpeakerParser.PRONOUNS.contains(tokens.get(next).lower())
                            && cues.matchAt(tokens, next + 1).filter(c -> isVerbUse(tokens, c)).isPresent()) {
                        return lastWordBefore(tokens, k - 1); // "... would be more intense — and he noted that ..."
                    }
                }
            }
        }
        return end;
    }

    /**
     * "in a statement", "in early-morning tweets", "during an interview with Fox": where or how something
     * was said, an adjunct of the cue rather than part of what was said.
     */
    private static boolean isMediumAdjunct(List<Token> tokens, int k) {
        if (!MEDIUM_PREPOSITIONS.contains(tokens.get(k).lower()) || (k > 0 && BE_FORMS.contains(tokens.get(k - 1).lower()))) {
            return false; // "officials are in possession of the video": a predicate of the reported clause
        }
        for (int i = k + 1; i < Math.min(tokens.size(), k + 5); i++) {
            Token t = tokens.get(i);
            if ((!t.isWord() && !t.is("-")) || t.lower().equals("of")) {
                return false;
            }
            boolean nextIsMedium = i + 1 < tokens.size() && MEDIUM_NOUNS.contains(tokens.get(i + 1).lower());
            if (MEDIUM_NOUNS.contains(t.lower()) && !nextIsMedium) {
                return i + 1 >= tokens.size() || !tokens.get(i + 1).isWord() || MEDIUM_PHRASE_FOLLOWERS.contains(tokens.get(i + 1).lower());
            }
        }
        return false;
    }

    /**
     * "..., and has called for", "and downplayed the risk", "yet refuses to": a second predicate of the
     * speaker after an object, which ends the object (a noun phrase cannot go on with a verb).
     */
    private static boolean isCoordinatedPredicate(List<Token> tokens, int k) {
        String t = tokens.get(k).lower();
        int next = k + 1;
        if (tokens.get(k).is(",") || tokens.get(k).is("\u2014")) {
            if (next >= tokens.size() || !PREDICATE_COORDINATORS.contains(tokens.get(next).lower())) {
                return false;
            }
            next++;
        } else if (!PREDICATE_COORDINATORS.contains(t)) {
            return false;
        }
        while (next < tokens.size() && (PREDICATE_MODIFIERS.contains(tokens.get(next).lower())
                || (tokens.get(next).lower().endsWith("ly") && tokens.get(next).text().equals(tokens.get(next).lower())))) {
            if (AUXILIARIES.contains(tokens.get(next).lower())) {
                return true; // "and has ...": only a predicate goes on with an auxiliary
            }
            next++;
        }
        if (next + 1 >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(next);
        String after = tokens.get(next + 1).lower();
        boolean finite = verb.text().equals(verb.lower()) && verb.text().length() > 4
                && (verb.text().endsWith("ed") || verb.text().endsWith("es") && t.equals("yet"));
        return finite && (NOUN_MARKERS.contains(after) || after.equals("to") || SpeakerParser.PRONOUNS.contains(after));
    }

    /** "employees to report": the "to" after a short object noun phrase, when a verb follows it; else -1. */
    private static int infinitiveAfterObject(List<Token> tokens, int start) {
        for (int k = start; k < Math.min(tokens.size() - 1, start + 6); k++) {
            Token t = tokens.get(k);
            if (k > start && t.lower().equals("to")) {
                Token verb = tokens.get(k + 1);
                return verb.isWord() && verb.text().equals(verb.lower()) && !NOUN_MARKERS.contains(verb.lower()) ? k : -1;
            }
            if (k > start && (!t.isWord() || NOT_OBJECT_WORDS.contains(t.lower()))) {
                return -1;
            }
            // a clause, not an object: its "to" is inside what was said ("told reporters the president had no plans to
            // travel", "warned prices were going to rise", "asked whether he planned to stay")
            if (CLAUSE_MARKERS.contains(t.lower()) || (k == start && CLAUSE_OPENERS.contains(t.lower()))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isParticipleAdjunct(Token t) {
        String w = t.text();
        return w.length() > 5 && w.endsWith("ing") && w.equals(t.lower()) && !ING_NON_PARTICIPLES.contains(w);
    }

    /** A short capitalised or group noun phrase followed by a reporting cue: a new clause with its own speaker. */
    private boolean startsNewSpeaker(List<Token> tokens, int start, int end) {
        if (start > end || !tokens.get(start).isCapitalized() || !tokens.get(start).isWord()) {
            return false;
        }
        for (int k = start + 1; k <= Math.min(end, start + 4); k++) {
            Optional<CueLexicon.Match> m = cues.matchAt(tokens, k);
            if (m.isPresent()) {
                return isVerbUse(tokens, m.get());
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static int lastWordBefore(List<Token> tokens, int k) {
        int e = k - 1;
        while (e >= 0 && tokens.get(e).is(",")) {
            e--;
        }
        return e;
    }

    private static boolean isTrailingPunctuation(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals(",") || s.equals(";") || s.equals(":")
                || s.equals("\u2026");
    }

    private static boolean isSentenceEnd(List<Token> tokens, int k) {
        for (int i = k; i < tokens.size(); i++) {
            String s = tokens.get(i).text();
            if (!(isTrailingPunctuation(tokens.get(i)) || QuoteMarks.isClosing(s) || s.equals(")"))) {
                return false;
            }
        }
        return true;
    }

    /** "rejected the idea on Sunday": the date at the end tells when it was said, it is not what was said. */
    private Span withoutTrailingDate(String text, Span content) {
        for (io.whosaid.dates.DateMention m : dates.find(text, content, java.time.LocalDate.of(2000, 1, 1))) {
            String said = m.span().of(text).toLowerCase(java.util.Locale.ROOT);
            boolean reportDay = REPORT_DAY.matcher(said).matches();
            // only a weekday or a relative day: "talks in Istanbul on May 15" is the content's own date
            if (reportDay && m.span().end() == content.end() && m.span().begin() > content.begin()) {
                int end = m.span().begin();
                String before = text.substring(content.begin(), end).stripTrailing();
                for (String preposition : new String[] {" on", " in", " last", " this", " since"}) {
                    if (before.endsWith(preposition)) {
                        before = before.substring(0, before.length() - preposition.length()).stripTrailing();
                    }
                }
                while (before.endsWith(",")) {
                    before = before.substring(0, before.length() - 1).stripTrailing();
                }
                if (wordCount(before) >= 2) {
                    return new Span(content.begin(), content.begin() + before.length());
                }
            }
        }
        return content;
    }

    /** A content span that ends inside a quote is extended to the quote's end. */
    private static Span extendOverQuotes(List<Quote> quotes, Span content) {
        int end = content.end();
        for (Quote q : quotes) {
            if (q.marks().contains(end - 1) && q.marks().end() > end && q.marks().begin() >= content.begin()) {
                end = q.marks().end();
            }
        }
        return new Span(content.begin(), end);
    }

    private static Kind kindOf(List<Quote> quotes, Span content, Set<Quote> consumed) {
        boolean any = false;
        boolean whole = false;
        for (Quote q : quotes) {
            if (q.marks().overlaps(content)) {
                consumed.add(q);
                any = true;
                whole |= q.marks().contains(content);
            }
        }
        return whole ? Kind.DIRECT : any ? Kind.MIXED : Kind.INDIRECT;
    }

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (q.marks().contains(offset)) {
                return q;
            }
        }
        return null;
    }

    private static boolean overlapsAny(List<Statement> statements, Quote quote) {
        for (Statement s : statements) {
            if (s.content().overlaps(quote.content())) {
                return true;
            }
        }
        return false;
    }

    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset < s.span().end()) {
                return offset >= s.span().begin() || s.span().begin() - offset < 3 ? s : null;
            }
        }
        return null;
    }

    private static Span sentencesCovering(List<Sentence> sentences, Span span) {
        int begin = span.begin();
        int end = span.end();
        for (Sentence s : sentences) {
            if (s.span().overlaps(span)) {
                begin = Math.min(begin, s.span().begin());
                end = Math.max(end, s.span().end());
            }
        }
        return new Span(begin, end);
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int indexAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int wordTokens(List<Token> tokens, int from, int to) {
        int count = 0;
        for (int i = Math.max(0, from); i <= to && i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                count++;
            }
        }
        return count;
    }

    private static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }

    private String cueText(String text, List<Token> tokens, CueLexicon.Match cue) {
        return text.substring(tokens.get(cue.first()).begin(), tokens.get(cue.last()).end());
    }
}
