package io.whosaid.statements;

import io.whosaid.text.Span;

/**
 * A quotation in a paragraph: {@code marks} from the opening mark to the closing mark
 * (inclusive of both), {@code content} inside them. An unclosed quote runs to the paragraph end,
 * the news convention for a quote that continues in the next paragraph.
 */
public record Quote(Span marks, Span content, int paragraph, boolean closed) {}
