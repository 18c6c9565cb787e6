package io.whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans article text before annotation. It only removes: markup, control characters, and the
 * page furniture that scrapes carry (section headers such as "Most Popular" with the list of
 * other headlines after them, share and subscribe lines). Plain text that needs no cleaning
 * comes out exactly as it went in, so offsets stay valid for the input text too.
 */
public final class TextCleaner {
    private static final Pattern TAG = Pattern.compile("<(script|style)[^>]*>.*?</\\1\\s*>|<!--.*?-->|<[a-zA-Z/!][^<>]{0,2000}>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(p|div|br|li|h[1-6]|tr|blockquote|article|section)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    /** Lines that open a block of links to other stories; the headlines after them go too. */
    private static final Set<String> SECTION_HEADERS = Set.of(
            "most popular", "most read", "editors' picks", "editors’ picks", "editor's picks", "editor’s picks",
            "related", "related:", "related articles", "related stories", "related news", "read more", "read more:",
            "read also", "read also:", "see also", "see also:", "more from", "more stories", "more news",
            "recommended", "recommended for you", "you may also like", "trending", "trending now", "latest news",
            "top stories", "popular", "also read", "also read:", "what to read next", "further reading");

    /** Single lines of furniture: dropped wherever they stand. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^\\s*(share( this( article| story)?)?( on \\w+)?|subscribe( to our newsletter| now| here)?.*|sign up( for| to).*newsletter.*"
                    + "|advertisement|advertising|sponsored( content)?|click here.*|follow us on.*|share on (facebook|twitter|x|linkedin|whatsapp)"
                    + "|tweet|email|print|copy link|comments?|\\(?photo:.*|image:.*|getty images|all rights reserved.*|©.*"
                    + "|read more:.*|related:.*|see also:.*|also read:.*)\\s*$");

    private final int maxChars;

    public TextCleaner(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public record Cleaned(String text, boolean truncated) {}

    public Cleaned clean(String raw) {
        String text = raw == null ? "" : raw;
        if (text.indexOf('<') >= 0 && TAG.matcher(text).find()) {
            text = BLOCK_TAG.matcher(text).replaceAll("\n");
            text = TAG.matcher(text).replaceAll("");
        }
        if (text.indexOf('&') >= 0) {
            text = decodeEntities(text);
        }
        text = removeControlCharacters(text);
        text = removeFurniture(text);
        boolean truncated = false;
        if (text.length() > maxChars) {
            int cut = maxChars;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
            truncated = true;
        }
        return new Cleaned(text, truncated);
    }

    private static String removeControlCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\uFEFF'
                    || (Character.isSurrogate(c) && !validSurrogate(text, i));
            if (c == '\r') {
                control = true;
            }
            if (control && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (out != null && !control) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String removeFurniture(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean changed = false;
        boolean inLinkBlock = false;
        for (String line : lines) {
            String trimmed = line.strip();
            String key = trimmed.toLowerCase(Locale.ROOT);
            if (SECTION_HEADERS.contains(key)) {
                inLinkBlock = true;
                changed = true;
                continue;
            }
            if (inLinkBlock) {
                if (trimmed.isEmpty() || looksLikeHeadline(trimmed)) {
                    changed |= !trimmed.isEmpty();
                    if (trimmed.isEmpty()) {
                        kept.add(line);
                    }
                    continue;
                }
                inLinkBlock = false;
            }
            if (!trimmed.isEmpty() && trimmed.length() < 120 && FURNITURE_LINE.matcher(trimmed).matches()) {
                changed = true;
                continue;
            }
            kept.add(line);
        }
        if (!changed) {
            return text;
        }
        // collapse the blank lines that removed blocks leave behind
        String joined = String.join("\n", kept);
        return BLANK_LINES.matcher(joined).replaceAll("\n\n").strip();
    }

    /** A headline in a list of links: no closing sentence punctuation. */
    private static boolean looksLikeHeadline(String line) {
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':';
        return !sentenceEnd && line.length() < 200;
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(e.substring(2), 16));
            } else if (e.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(e.substring(1)));
            } else {
                replacement = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "mdash" -> "\u2014";
                    case "ndash" -> "\u2013";
                    case "lsquo" -> "\u2018";
                    case "rsquo" -> "\u2019";
                    case "ldquo" -> "\u201c";
                    case "rdquo" -> "\u201d";
                    case "hellip" -> "\u2026";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
    }
}
