package io.whosaid.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgTest {
    private static List<Double> barXs(String svg) {
        Matcher m = Pattern.compile("<rect class='bar' x='([0-9.]+)'").matcher(svg);
        List<Double> xs = new ArrayList<>();
        while (m.find()) {
            xs.add(Double.parseDouble(m.group(1)));
        }
        return xs;
    }

    @Test
    void daysSitOnATimeAxisSoGapsStayGaps() {
        String svg = Svg.timeline("t", List.of(new Svg.Bar("2025-05-01", 2), new Svg.Bar("2025-05-02", 1),
                new Svg.Bar("2025-05-11", 3)), List.of(0.5, -0.2, 0.1));
        List<Double> xs = barXs(svg);
        assertEquals(3, xs.size());
        double oneDay = xs.get(1) - xs.get(0);
        assertEquals(10 * oneDay, xs.get(2) - xs.get(0), 0.5, "May 11 is ten days after May 1, not the next bar: " + xs);
        assertTrue(svg.contains(">2025-05-01<") && svg.contains(">2025-05-11<"), "the axis is dated");
        assertTrue(svg.contains("class='tone'"), "the tone line is drawn");
    }

    @Test
    void aSingleDayAndNoDaysStillDraw() {
        assertEquals(1, barXs(Svg.timeline("t", List.of(new Svg.Bar("2025-05-01", 4)), null)).size());
        assertTrue(Svg.timeline("t", List.of(), null).endsWith("</svg>"));
    }
}
