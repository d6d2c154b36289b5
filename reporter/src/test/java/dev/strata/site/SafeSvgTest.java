package dev.strata.site;

import dev.strata.flame.FlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SafeSvgTest {

    private static String clean(String svg) {
        return SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8)).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElse(null);
    }

    @Test
    void stratasOwnFlamegraphKeepsItsScriptAndFrames() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlameGraph.render(FoldedStacks.read(new ByteArrayInputStream("a;b<c> 3\na;d&e 2\n".getBytes(StandardCharsets.UTF_8)),
                "t", false), FlameOptions.defaults(), out);
        String cleaned = clean(out.toString(StandardCharsets.UTF_8));
        assertThat(cleaned).contains("<script><![CDATA[", "strataFlame", "b&lt;c&gt;", "d&amp;e", "data-total=", "<style>");
    }

    @Test
    void everythingActiveGoes() {
        String cleaned = clean("<svg xmlns='http://www.w3.org/2000/svg' onload='x()'><script>alert(1)</script>"
                + "<a href='javascript:x()'><text>in a link</text></a><rect style='fill:url(http://e/x)' fill='url(#g)'/>"
                + "<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject>"
                + "<set attributeName='onclick' to='x()'/><text>kept</text></svg>");
        assertThat(cleaned).contains("kept", "fill=\"url(#g)\"").doesNotContain("onload", "alert", "javascript",
                "in a link", "http://e", "foreignObject", "<set");
    }

    @Test
    void notAnSvgIsNothing() {
        assertThat(clean("<html><script>alert(1)</script></html>")).isNull();
        assertThat(clean("not xml at all")).isNull();
        assertThat(clean("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg'><text>&x;</text></svg>")).satisfiesAnyOf(
                        s -> assertThat(s).isNull(), s -> assertThat(s).doesNotContain("root:"));
    }
}
