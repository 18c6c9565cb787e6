package io.whosaid.speakers;

import io.whosaid.actors.ActorNames;
import io.whosaid.actors.ArticleActors;
import io.whosaid.actors.ResolvedActor;
import io.whosaid.statements.Kind;
import io.whosaid.statements.Statement;
import io.whosaid.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves each statement's speaker to an actor of the article: names through the article's
 * full names, "he"/"she" to the last person who spoke (else the last person named before),
 * "they" to the last group or organisation that spoke, "the president" to the last person with
 * that role, and a quote paragraph without a cue to the speaker of the paragraph before it.
 * A quote the text gives no speaker for stays unattributed.
 */
public final class SpeakerResolver {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> SINGULAR_PERSON_PRONOUNS = Set.of("he", "she", "i", "his", "her", "my");

    /** Nouns that, after "the", stand for an organisation the article has named: "the company", "the bank". */
    private static final Set<String> DEFINITE_ORGANISATIONS = Set.of("company", "firm", "corporation", "group", "bank",
            "agency", "department", "ministry", "airline", "carrier", "insurer", "lender", "retailer", "bureau", "commission");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "corporation");
    /** A company's name: a legal suffix or a word that says so ("Texaco Inc", "Ford Motor Co.", "Acme Holdings"). */
    private static final Pattern COMPANY_NAME = Pattern.compile(
            "(?i).*\\b(inc|corp|co|ltd|plc|llc|ag|sa|nv|se|group|holdings|company|corporation|industries|bancorp)\\.?$");

    /** A person named in the article, for pronouns with no earlier speaker. */
    public record PersonMention(Span span, String name) {}

    /** An organisation named in the article, for "the company" with no earlier organisation that spoke. */
    public record OrganisationMention(Span span, String name) {}

    public List<ResolvedActor> resolve(String text, List<Statement> statements, ArticleActors actors,
                                       List<PersonMention> persons) {
        return resolve(text, statements, actors, persons, List.of());
    }

    /**
     * As {@link #resolve(String, List, ArticleActors, List)}, and "the company", "the bank" to the last organisation of
     * that kind that spoke before, else to the last one named before (in {@code organisations}).
     */
    public List<ResolvedActor> resolve(String text, List<Statement> statements, ArticleActors actors,
                                       List<PersonMention> persons, List<OrganisationMention> organisations) {
        List<ResolvedActor> resolved = new ArrayList<>(statements.size());
        List<ResolvedActor> organisationsSpoken = new ArrayList<>();
        ResolvedActor lastPerson = null;
        ResolvedActor lastGroup = null;
        List<ResolvedActor> peopleWithRoles = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            SpeakerPhrase speaker = s.speaker();
            ResolvedActor actor = null;
            if (speaker == null) {
                ResolvedActor sameParagraph = null;
                for (int k = i - 1; k >= 0 && statements.get(k).paragraph() == s.paragraph(); k--) {
                    if (resolved.get(k) != null) {
                        sameParagraph = resolved.get(k);
                        break;
                    }
                }
                if (sameParagraph != null) {
                    actor = sameParagraph; // a further quote in the paragraph of an attributed one
                } else if (s.continuation() && i > 0) {
                    Statement previous = statements.get(i - 1);
                    ResolvedActor previousActor = resolved.get(i - 1);
                    boolean adjacent = previous.paragraph() == s.paragraph() - 1 || previous.paragraph() == s.paragraph();
                    if (adjacent && previousActor != null && previous.kind() != Kind.INDIRECT) {
                        // a quote paragraph continues a quote, not a paraphrase
                        actor = previousActor;
                    }
                }
            } else if (speaker.kind() == MentionKind.PRONOUN) {
                String p = speaker.text().toLowerCase(Locale.ROOT);
                if (p.equals("they") || p.equals("we") || p.equals("their") || p.equals("our")) {
                    actor = lastGroup;
                } else if (SINGULAR_PERSON_PRONOUNS.contains(p)) { // possessives: "his claim that"
                    actor = lastPerson != null ? lastPerson : lastPersonNamedBefore(persons, speaker.span().begin(), actors);
                }
            } else if (speaker.kind() == MentionKind.ROLE) {
                actor = lastWithRole(peopleWithRoles, speaker.text());
                if (actor == null) {
                    actor = new ResolvedActor(io.whosaid.actors.ActorNames.actorId(ActorType.OTHER, speaker.text()),
                            speaker.text(), ActorType.OTHER, speaker.role());
                }
            } else {
                actor = definiteOrganisation(text, speaker, organisationsSpoken, organisations);
                if (actor == null) {
                    actor = companyByFirstWord(speaker, organisationsSpoken, organisations);
                }
                if (actor == null) {
                    actor = actors.resolve(speaker);
                }
            }
            resolved.add(actor);
            if (actor != null && actor.type() == ActorType.ORG && speaker != null
                    && speaker.kind() == MentionKind.NAME) {
                organisationsSpoken.add(actor);
            }
            if (actor != null) {
                if (actor.type() == ActorType.PERSON) {
                    lastPerson = actor;
                    if (actor.role() != null) {
                        peopleWithRoles.add(actor);
                    }
                } else if (actor.type() == ActorType.ORG || actor.type() == ActorType.OTHER) {
                    lastGroup = actor;
                }
            }
        }
        // a quote left open at a paragraph end continues in the next paragraph, whose cue names the speaker
        for (int i = statements.size() - 2; i >= 0; i--) {
            Statement s = statements.get(i);
            Statement next = statements.get(i + 1);
            if (resolved.get(i) == null && resolved.get(i + 1) != null && s.kind() == Kind.DIRECT
                    && next.paragraph() == s.paragraph() + 1 && openAtParagraphEnd(text, s)) {
                resolved.set(i, resolved.get(i + 1));
            }
        }
        return resolved;
    }

    private static boolean openAtParagraphEnd(String text, Statement s) {
        int end = s.content().end();
        int newline = text.indexOf('\n', end);
        String rest = text.substring(end, newline < 0 ? text.length() : newline);
        return rest.indexOf('"') < 0 && rest.indexOf('\u201d') < 0;
    }

    private static ResolvedActor lastPersonNamedBefore(List<PersonMention> persons, int offset, ArticleActors actors) {
        PersonMention best = null;
        for (PersonMention p : persons) {
            if (p.span().end() <= offset) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        String name = actors.fullName(best.name());
        return new ResolvedActor(io.whosaid.actors.ActorNames.actorId(ActorType.PERSON, name), name, ActorType.PERSON, null);
    }

    private static ResolvedActor lastWithRole(List<ResolvedActor> people, String rolePhrase) {
        String[] words = WHITESPACE.split(rolePhrase.toLowerCase(Locale.ROOT));
        String head = words[words.length - 1];
        for (int i = people.size() - 1; i >= 0; i--) {
            ResolvedActor p = people.get(i);
            if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(head)) {
                return p;
            }
        }
        return null;
    }

    /**
     * "The company said" after "Texaco Inc said": the organisation of that kind that spoke last, else the one named last
     * before the speaker; null for any other speaker, or when the article names no such organisation before it.
     */
    private static ResolvedActor definiteOrganisation(String text, SpeakerPhrase speaker, List<ResolvedActor> spoken,
                                                      List<OrganisationMention> named) {
        if (speaker.kind() != MentionKind.GROUP || speaker.type() != ActorType.ORG) {
            return null;
        }
        String noun = speaker.text().toLowerCase(Locale.ROOT);
        int begin = speaker.span().begin();
        boolean definite = begin >= 4 && text.regionMatches(true, begin - 4, "the ", 0, 4);
        if (!DEFINITE_ORGANISATIONS.contains(noun) || !definite) {
            return null;
        }
        ResolvedActor spokeLast = lastSpoken(spoken, name -> isOfKind(name, noun));
        if (spokeLast != null) {
            return spokeLast;
        }
        for (int k = named.size() - 1; k >= 0; k--) {
            OrganisationMention m = named.get(k);
            if (m.span().end() <= begin && isOfKind(m.name(), noun)) {
                return organisation(m);
            }
        }
        return null;
    }

    /**
     * "Chrysler said" in an article about "Chrysler Corp": a one-word name that the rules took for a person is the
     * company whose name it begins, when the article names one with a company's suffix; else null.
     */
    private static ResolvedActor companyByFirstWord(SpeakerPhrase speaker, List<ResolvedActor> spoken, List<OrganisationMention> named) {
        if (speaker.kind() != MentionKind.NAME || speaker.type() != ActorType.PERSON || speaker.role() != null
                || speaker.name() == null || WHITESPACE.split(speaker.name().trim()).length != 1) {
            return null;
        }
        String word = speaker.name().trim();
        ResolvedActor spokeLast = lastSpoken(spoken, name -> isCompanyBeginningWith(name, word));
        if (spokeLast != null) {
            return spokeLast;
        }
        for (OrganisationMention m : named) {
            if (isCompanyBeginningWith(m.name(), word)) {
                return organisation(m);
            }
        }
        return null;
    }

    /** The organisation that spoke last in the article whose name matches, or null. */
    private static ResolvedActor lastSpoken(List<ResolvedActor> spoken, Predicate<String> nameMatches) {
        for (int k = spoken.size() - 1; k >= 0; k--) {
            if (nameMatches.test(spoken.get(k).name())) {
                return spoken.get(k);
            }
        }
        return null;
    }

    private static ResolvedActor organisation(OrganisationMention m) {
        return new ResolvedActor(ActorNames.actorId(ActorType.ORG, m.name()), m.name(), ActorType.ORG, null);
    }

    private static boolean isCompanyBeginningWith(String name, String word) {
        String[] words = WHITESPACE.split(name.trim());
        return words.length >= 2 && words[0].equalsIgnoreCase(word) && COMPANY_NAME.matcher(name).matches();
    }

    private static boolean isOfKind(String name, String noun) {
        if (WHITESPACE.split(name.trim()).length < 2) {
            return false; // "Bank", "Co": a recogniser's fragment, not a name to give the statement
        }
        if (COMPANY_NOUNS.contains(noun)) {
            return COMPANY_NAME.matcher(name).matches();
        }
        for (String word : WHITESPACE.split(name.toLowerCase(Locale.ROOT))) {
            if (word.equals(noun)) {
                return true; // "the bank": "Bank of England"
            }
        }
        return false;
    }
}
