package io.whosaid.analysis;

import io.whosaid.actors.ActorNames;
import io.whosaid.actors.ActorRoles;
import io.whosaid.actors.ArticleActors;
import io.whosaid.actors.ResolvedActor;
import io.whosaid.annotate.EntityMention;
import io.whosaid.annotate.EntityRecognizer;
import io.whosaid.annotate.PerceptronEntityRecognizer;
import io.whosaid.annotate.PerceptronNerModels;
import io.whosaid.dates.DateExpressions;
import io.whosaid.dates.StatementDate;
import io.whosaid.dates.StatementDater;
import io.whosaid.lexicon.Lexicons;
import io.whosaid.speakers.ActorType;
import io.whosaid.speakers.MentionKind;
import io.whosaid.speakers.SpeakerParser;
import io.whosaid.speakers.SpeakerPhrase;
import io.whosaid.speakers.SpeakerResolver;
import io.whosaid.statements.CueLexicon;
import io.whosaid.statements.Quote;
import io.whosaid.statements.QuoteFinder;
import io.whosaid.statements.Statement;
import io.whosaid.statements.StatementFinder;
import io.whosaid.text.Offsets;
import io.whosaid.text.Sentence;
import io.whosaid.text.SentenceSplitter;
import io.whosaid.text.Spaces;
import io.whosaid.text.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The language stages for one article, in the order of the data flow: segment, recognise
 * entities, find statements, attribute speakers, resolve actors within the article, date.
 * Plain Java: Spark calls it once per article inside mapPartitions, tests call it directly.
 */
public final class ArticleAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final StatementFinder statementFinder;
    private final EntityRecognizer entityRecognizer;
    private final SpeakerResolver speakerResolver = new SpeakerResolver();
    private final StatementDater dater = new StatementDater();

    /** With the bundled NER model. */
    public ArticleAnalyzer(Lexicons lexicons, CueLexicon cues) {
        this(lexicons, cues, new PerceptronEntityRecognizer(PerceptronNerModels.bundled(), lexicons.titles()));
    }

    public ArticleAnalyzer(Lexicons lexicons, CueLexicon cues, EntityRecognizer entityRecognizer) {
        this.statementFinder = new StatementFinder(cues, lexicons);
        this.entityRecognizer = java.util.Objects.requireNonNull(entityRecognizer, "entity recognizer");
    }

    /**
     * @param text      cleaned article text; every offset refers to it
     * @param published publication date, or null
     */
    public AnalyzedArticle analyze(String articleId, String text, LocalDate published) {
        List<Sentence> sentences = splitter.split(text);
        List<Span> paragraphs = splitter.paragraphs(text);
        List<Quote> quotes = quoteFinder.find(text, paragraphs);
        List<EntityMention> mentions = entityRecognizer.recognize(text, sentences);
        List<Statement> statements = typedByEntities(statementFinder.find(text, sentences, quotes, paragraphs), mentions);

        List<String> personNames = new ArrayList<>();
        List<SpeakerResolver.PersonMention> persons = new ArrayList<>();
        List<SpeakerResolver.OrganisationMention> organisations = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.type().equals("PERSON") && !DateExpressions.isDayWord(firstWord(m.text()))) {
                // not "Yesterday Citicorp", which would give "Citicorp said" that name
                personNames.add(m.text());
                persons.add(new SpeakerResolver.PersonMention(m.span(), m.text()));
            } else if (m.type().equals("ORG")) {
                organisations.add(new SpeakerResolver.OrganisationMention(m.span(), m.text()));
            }
        }
        for (Statement s : statements) {
            SpeakerPhrase sp = s.speaker();
            if (sp != null && sp.type() == ActorType.PERSON && sp.name() != null) {
                personNames.add(sp.name());
            }
        }
        ArticleActors actors = new ArticleActors(personNames);
        List<ResolvedActor> resolved = speakerResolver.resolve(text, statements, actors, persons, organisations);

        Offsets offsets = new Offsets(text);
        List<AnalyzedEntity> entities = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            entities.add(new AnalyzedEntity(m.sentenceIndex(), offsets.toCodePoint(m.span().begin()),
                    offsets.toCodePoint(m.span().end()), m.text(), m.type(), entityActorId(m, actors)));
        }
        List<Span> quoteSpans = quotes.stream().map(Quote::marks).toList();
        List<AnalyzedStatement> rows = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            ResolvedActor actor = resolved.get(i);
            StatementDate date = dater.date(text, s.sentences(), s.content(), quoteSpans, s.cue(), published);
            int begin = offsets.toCodePoint(s.content().begin());
            int end = offsets.toCodePoint(s.content().end());
            SpeakerPhrase sp = s.speaker();
            rows.add(new AnalyzedStatement(
                    Ids.hash(articleId, Integer.toString(begin), Integer.toString(end)),
                    s.firstSentence(), begin, end, s.contentText(), s.sentences().of(text), s.kind().label(), s.cueText(),
                    sp == null ? null : sp.text(),
                    sp == null ? null : offsets.toCodePoint(sp.span().begin()),
                    sp == null ? null : offsets.toCodePoint(sp.span().end()),
                    actor == null ? null : actor.id(),
                    actor == null ? null : Spaces.oneSpaced(actor.name()),
                    actor == null ? null : actor.type().name(),
                    actor == null ? null : ActorRoles.clean(Spaces.oneSpaced(actor.role())),
                    date.date(), date.precision() == null ? null : date.precision().label(), date.source(),
                    mentionedActors(s, mentions, actors, actor),
                    s.fragments().stream().map(f -> new int[] {offsets.toCodePoint(f.begin()), offsets.toCodePoint(f.end())}).toList()));
        }
        return new AnalyzedArticle(text, false, sentences.size(), rows, entities);
    }

    /** The first word of a mention: "Yesterday" of "Yesterday Citicorp". */
    private static String firstWord(String mention) {
        int k = 0;
        while (k < mention.length() && !Spaces.isSpace(mention.charAt(k))) {
            k++;
        }
        return mention.substring(0, k);
    }

    /**
     * A one-word name the speaker rules take for a person is an organisation when the entity recogniser tags it so
     * in the article, no person's name in it has that word, and either it is written in capitals ("NAACP", "IMF") or
     * a spokesperson speaks for it ("a spokesman for Siemens"). A plain surname stays a person even when the
     * recogniser disagrees ("Costa said"), so that it can meet the full name in other articles.
     */
    private static List<Statement> typedByEntities(List<Statement> statements, List<EntityMention> mentions) {
        Set<String> organisations = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type().equals("ORG")) {
                organisations.add(m.text());
            } else if (m.type().equals("PERSON")) {
                personWords.addAll(List.of(m.text().split(" ")));
            }
        }
        if (organisations.isEmpty()) {
            return statements;
        }
        List<Statement> typed = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            SpeakerPhrase sp = s.speaker();
            boolean organisation = sp != null && sp.type() == ActorType.PERSON && sp.kind() == MentionKind.NAME
                    && sp.name() != null && sp.name().indexOf(' ') < 0 && organisations.contains(sp.name())
                    && !personWords.contains(sp.name())
                    && (isAcronym(sp.name()) || (sp.role() != null && SpeakerParser.isSpokespersonRole(sp.role())));
            typed.add(organisation ? s.withSpeaker(sp.withType(ActorType.ORG)) : s);
        }
        return typed;
    }

    private static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static String entityActorId(EntityMention m, ArticleActors actors) {
        return switch (m.type()) {
            case "PERSON" -> ActorNames.actorId(ActorType.PERSON, actors.fullName(m.text()));
            case "ORG" -> ActorNames.actorId(ActorType.ORG, m.text());
            case "LOC" -> ActorNames.actorId(ActorType.GPE, m.text());
            default -> null;
        };
    }

    /** Actor ids of the persons, organisations and places named in the content, the speaker excluded. */
    private static List<String> mentionedActors(Statement s, List<EntityMention> mentions, ArticleActors actors,
                                                ResolvedActor speaker) {
        Set<String> ids = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            if (s.content().contains(m.span())) {
                String id = entityActorId(m, actors);
                if (id != null && (speaker == null || !id.equals(speaker.id()))) {
                    ids.add(id);
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
