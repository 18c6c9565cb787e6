package io.whosaid.actors;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@code actor_role} column shows: a title or role as written ("NATO Secretary General",
 * "a lawyer for the family"), not the rest of a long appositive that the speaker rules carried along.
 */
public final class ActorRoles {
    /** A longer appositive is a description or a clause, not a title: it keeps its first part or nothing. */
    static final int MAX_WORDS = 12;
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** Openers of an example list ("lawmakers, such as ..."): the people named there are not the speaker's role. */
    private static final Set<String> LIST_OPENERS = Set.of("such as", "including", "like", "among them");

    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "that", "where", "whom");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "in", "on", "at", "for", "from", "with", "to", "as");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "that", "this");
    /** A part that opens with these says where the speaker lives ("of Ashton"), not what they are. */
    private static final Set<String> RESIDENCE_PREPOSITIONS = Set.of("of", "from");
    /** A part that opens with these is an adjunct ("during Bill Clinton's presidency"), not a role. */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("during", "in", "at", "since", "until", "after",
            "before", "under", "with", "when", "while", "on");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("\\s+(and|or|but)$");

    private ActorRoles() {}

    /** The role to write for {@code role} as the rules found it; null when nothing of it is a role. */
    public static String clean(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String text = withoutAsides(role.strip());
        if (text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String opener : LIST_OPENERS) {
            if (lower.startsWith(opener + " ")) {
                return null;
            }
        }
        if (words(text) <= MAX_WORDS) {
            return text;
        }
        int comma = text.indexOf(',');
        String first = comma < 0 ? "" : text.substring(0, comma).strip();
        return !first.isEmpty() && words(first) <= MAX_WORDS ? first : null;
    }

    /**
     * The parts of an appositive that name a role, without an age ("62"), a relative clause ("who chairs the
     * committee", "a nurse who has lived there for 20 years") or a participle phrase ("published by the World Bank"):
     * those tell about the speaker, they are no title.
     */
    private static String withoutAsides(String role) {
        StringBuilder kept = new StringBuilder();
        boolean afterResidence = false;
        for (String part : role.split(",")) {
            String p = part.strip();
            String[] words = WORDS.split(p.toLowerCase(Locale.ROOT));
            boolean residence = RESIDENCE_PREPOSITIONS.contains(words[0]);
            boolean verbPhrase = words.length > 1 && words[0].endsWith("ed")
                    && (PARTICIPLE_PREPOSITIONS.contains(words[1]) || DETERMINERS.contains(words[1]));
            if (residence) {
                afterResidence = true; // "59, of Ashton, Md.": where the speaker lives, and its state
                continue;
            }
            boolean stateAfterResidence = afterResidence && !p.isEmpty() && words.length <= 2 && Character.isUpperCase(p.charAt(0));
            if (p.isEmpty() || AGE.matcher(p).matches() || RELATIVES.contains(words[0]) || verbPhrase
                    || ADJUNCT_PREPOSITIONS.contains(words[0]) || CONJUNCTIONS.contains(words[0]) || stateAfterResidence) {
                continue;
            }
            afterResidence = false;
            for (String relative : RELATIVES) {
                int at = (" " + p.toLowerCase(Locale.ROOT) + " ").indexOf(" " + relative + " ");
                if (at > 0) {
                    p = p.substring(0, at - 1).strip(); // "a nurse who has lived ...": the nurse
                }
            }
            p = TRAILING_CONJUNCTION.matcher(p).replaceAll("");
            if (!p.isEmpty()) {
                kept.append(kept.length() == 0 ? "" : ", ").append(p);
            }
        }
        return kept.toString();
    }

    private static int words(String text) {
        return WORDS.split(text).length;
    }
}
